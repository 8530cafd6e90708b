// A launched agent's pid, kept in a file beside its socket. A parent that was killed (SIGKILL,
// a crash) leaves its agent running and serving the socket, and a new agent cannot bind
// there; the next launch finds that orphan through this file and stops it first.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

const GRACE_MS = 5_000;

// One queue per pid file: an agent launched by this process removes its pid file when it
// exits, and that read-compare-remove must not interleave with the next launch stopping it
// as an orphan and writing its own pid (it would delete the new agent's file).
const queues = new Map<string, Promise<unknown>>();

function serialized<T>(pidFile: string, work: () => Promise<T>): Promise<T> {
  const run = (queues.get(pidFile) ?? Promise.resolve()).then(work, work);
  const settled = run.catch(() => {});
  queues.set(pidFile, settled);
  void settled.then(() => {
    if (queues.get(pidFile) === settled) queues.delete(pidFile);
  });
  return run;
}

function alive(pid: number): boolean {
  // never 0 or negative: those signal whole process groups, or every process
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** True only for a live process running `program`: a recycled pid is left alone. */
async function runs(pid: number, program: string): Promise<boolean> {
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  return cmdline.split('\0').includes(program);
}

export function writePidFile(pidFile: string, pid: number): Promise<void> {
  return serialized(pidFile, () => writeFile(pidFile, `${pid}\n`, { mode: 0o600 }));
}

/** Removes the pid file; with `pid`, only while it still names that process. */
export function removePidFile(pidFile: string, pid?: number): Promise<void> {
  return serialized(pidFile, () => removeUnlocked(pidFile, pid));
}

async function removeUnlocked(pidFile: string, pid?: number): Promise<void> {
  if (pid !== undefined) {
    const named = Number((await readFile(pidFile, 'utf8').catch(() => '')).trim());
    if (named !== pid) return;
  }
  await rm(pidFile, { force: true });
}

/**
 * Stops the process of an earlier run named in `pidFile` if it still runs `program`
 * (SIGTERM, then SIGKILL after a grace); returns its pid when there was one.
 */
export function stopOrphan(pidFile: string, program: string): Promise<number | null> {
  return serialized(pidFile, () => stopOrphanUnlocked(pidFile, program));
}

async function stopOrphanUnlocked(pidFile: string, program: string): Promise<number | null> {
  const pid = Number((await readFile(pidFile, 'utf8').catch(() => '')).trim());
  if (!Number.isSafeInteger(pid) || pid <= 0 || !(await runs(pid, program))) {
    await removeUnlocked(pidFile);
    return null;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + GRACE_MS;
  while (alive(pid) && Date.now() < deadline) await sleep(100);
  if (alive(pid)) {
    process.kill(pid, 'SIGKILL');
    // gone within milliseconds; until then it still holds the socket
    for (let i = 0; i < 50 && alive(pid); i++) await sleep(20);
  }
  await removeUnlocked(pidFile);
  return pid;
}
