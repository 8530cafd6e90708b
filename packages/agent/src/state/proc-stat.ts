// Process identity from /proc. A pid alone is not an identity: after a VMM dies the kernel
// may hand its pid to an unrelated process. The start time (field 22 of /proc/<pid>/stat,
// clock ticks since boot) is fixed for a process's life, so pid + start time is.
import { readdir, readFile } from 'node:fs/promises';

export interface ProcessStat {
  /** one-letter state: R, S, D, Z (zombie), ... */
  state: string;
  /** field 22, kept as a string: it is compared, never computed with */
  startTime: string;
}

/** null when no such process exists. */
export async function readProcessStat(pid: number): Promise<ProcessStat | null> {
  let text: string;
  try {
    text = await readFile(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // Field 2 (comm) is in parentheses and may itself contain spaces or ')': split after the
  // last ')' so the remaining fields start at field 3.
  const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const state = rest[0];
  const startTime = rest[22 - 3];
  if (state === undefined || startTime === undefined) return null;
  return { state, startTime };
}

/**
 * True when the process with this pid is the one that started at startTime and has not
 * exited. A zombie has exited: it only waits for its parent (possibly an init that does not
 * reap) to collect its status. But a multi-threaded process (Firecracker, the simulator)
 * shows its main thread as a zombie while its other threads are still being torn down, and
 * its files (the API socket) stay open until the last one is gone: that is still alive.
 */
export async function isSameProcessAlive(pid: number, startTime: string): Promise<boolean> {
  const stat = await readProcessStat(pid);
  if (stat === null || stat.startTime !== startTime) return false;
  if (stat.state !== 'Z') return true;
  const threads = await readdir(`/proc/${pid}/task`).catch(() => []);
  return threads.length > 1;
}
