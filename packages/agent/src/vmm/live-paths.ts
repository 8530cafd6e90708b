// Firecracker opened each drive by its real path (launch/launch-files.ts); the manager knows
// the path it sent. The live view speaks the manager's terms, so a drive named through a
// symlink compares equal to its row instead of looking changed forever.
import type { LiveVmConfig } from '../contract/index.ts';
import type { RecordedDrive } from '../state/vmm-state-file.ts';

export function inManagerTerms(
  config: LiveVmConfig,
  recorded: readonly RecordedDrive[],
): LiveVmConfig {
  if (recorded.length === 0 || !Array.isArray(config.drives)) return config;
  const byId = new Map(recorded.map((d) => [d.drive_id, d]));
  return {
    ...config,
    drives: config.drives.map((drive) => {
      const sent = byId.get(drive.drive_id);
      return sent && drive.path_on_host === sent.real_path
        ? { ...drive, path_on_host: sent.path_on_host }
        : drive;
    }),
  };
}
