// A launched agent's pid, kept in a file beside its socket. A parent that was killed (SIGKILL,
// a crash) leaves its agent running and serving the socket, and a new agent cannot bind
// there; the next launch finds that orphan through this file and stops it first.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

const GRACE_MS = 5_000;

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

export async function writePidFile(pidFile: string, pid: number): Promise<void> {
  await writeFile(pidFile, `${pid}\n`, { mode: 0o600 });
}

/** Removes the pid file; with `pid`, only while it still names that process. */
export async function removePidFile(pidFile: string, pid?: number): Promise<void> {
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
export async function stopOrphan(pidFile: string, program: string): Promise<number | null> {
  const pid = Number((await readFile(pidFile, 'utf8').catch(() => '')).trim());
  if (!Number.isSafeInteger(pid) || pid <= 0 || !(await runs(pid, program))) {
    await removePidFile(pidFile);
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
  await removePidFile(pidFile);
  return pid;
}
