// The supervisor's durable record of one VMM: <storage root>/<vm-id>/vmm.json. It is what
// lets a restarted agent find the VMMs it launched (and tell them from recycled pids), and
// which TAPs to remove when it stops one. Written atomically (temp file + rename) so a crash
// mid-write never leaves a half record that would orphan a running VM.
import { randomUUID } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isVmId } from '../validation.ts';

export const STATE_FILE_NAME = 'vmm.json';

export interface VmmStateRecord {
  vm_id: string;
  pid: number;
  /** /proc/<pid>/stat field 22 at spawn time */
  process_start_time: string;
  socket_path: string;
  tap_names: string[];
  started_at: string;
  binary: string;
  /** set once the agent saw the process end (as its parent, or when re-attaching) */
  exited_at: string | null;
  /** known only when the agent was the parent that saw the exit */
  exit_code: number | null;
  exit_signal: string | null;
  /**
   * every drive as Firecracker opened it (real path, read-only flag), so later launches know
   * what a running VMM holds; [] in records of agents that did not write it
   */
  drives?: RecordedDrive[];
}

export interface RecordedDrive {
  drive_id: string;
  /** as the manager sent it */
  path_on_host: string;
  /** what it resolved to at launch (or the last live update): the file Firecracker opened */
  real_path: string;
  is_read_only: boolean;
  /**
   * the file's size when Firecracker opened it (launch.drives, or a live update of the path):
   * the size the guest sees, which a grown file no longer has; null in older records
   */
  size_bytes: number | null;
}

export async function writeVmmState(path: string, record: VmmStateRecord): Promise<void> {
  const temp = `${path}.${randomUUID()}.tmp`;
  try {
    await writeFile(temp, `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/** null when the file does not exist; throws on a file that is not a state record. */
export async function readVmmState(path: string): Promise<VmmStateRecord | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  const value = JSON.parse(text) as Partial<VmmStateRecord>;
  if (
    typeof value.vm_id !== 'string' ||
    typeof value.pid !== 'number' ||
    typeof value.process_start_time !== 'string' ||
    typeof value.socket_path !== 'string' ||
    !Array.isArray(value.tap_names)
  ) {
    throw new Error(`${path} is not a VMM state record`);
  }
  const drives = Array.isArray(value.drives)
    ? value.drives.map((drive) => ({ ...drive, size_bytes: drive.size_bytes ?? null }))
    : [];
  return {
    exited_at: null,
    exit_code: null,
    exit_signal: null,
    started_at: '',
    binary: '',
    ...value,
    drives,
  } as VmmStateRecord;
}

/** VM ids that have a directory with a state file under the storage root. */
export async function listVmIdsWithState(storageRoot: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(storageRoot);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const ids: string[] = [];
  for (const name of names.filter(isVmId).sort()) {
    try {
      await readFile(join(storageRoot, name, STATE_FILE_NAME));
      ids.push(name);
    } catch {
      // a VM directory without a VMM record: storage only, never launched (or stopped and cleaned)
    }
  }
  return ids;
}

export async function removeVmmState(path: string): Promise<void> {
  await rm(path, { force: true });
}
