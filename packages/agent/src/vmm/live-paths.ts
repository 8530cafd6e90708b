// Firecracker opened each drive by its real path (launch/launch-files.ts); the manager knows
// the path it sent. The live view speaks the manager's terms, so a drive named through a
// symlink compares equal to its row instead of looking changed forever. It also adds what
// Firecracker does not report: the size of each file when the VMM opened it.
import type { LiveDrive, LiveVmConfig } from '../contract/index.ts';
import type { RecordedDrive } from '../state/vmm-state-file.ts';

export function inManagerTerms(
  config: LiveVmConfig,
  recorded: readonly RecordedDrive[],
): LiveVmConfig {
  if (!Array.isArray(config.drives)) return config;
  const byId = new Map(recorded.map((d) => [d.drive_id, d]));
  return { ...config, drives: config.drives.map((drive) => liveDrive(drive, byId)) };
}

/** One drive in the manager's terms, with size_bytes (null when the record does not know). */
export function liveDrive(
  drive: LiveDrive,
  recorded: ReadonlyMap<string, RecordedDrive>,
): LiveDrive {
  const sent = recorded.get(drive.drive_id);
  // a record naming another file than the VMM has would speak of the wrong file: not used
  if (!sent || drive.path_on_host !== sent.real_path) return { ...drive, size_bytes: null };
  return { ...drive, path_on_host: sent.path_on_host, size_bytes: sent.size_bytes };
}
