// The local agent's pid, kept in the data dir. A manager that was killed (SIGKILL, a crash)
// leaves its agent running and serving the data dir's socket, and a new agent cannot bind
// there; the next start finds that orphan through this file and stops it first.
import { readFile, rm, writeFile } from 'node:fs/promises';

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

export async function writeAgentPid(pidFile: string, pid: number): Promise<void> {
  await writeFile(pidFile, `${pid}\n`, { mode: 0o600 });
}

export async function removeAgentPid(pidFile: string): Promise<void> {
  await rm(pidFile, { force: true });
}

/** Stops the agent of an earlier run if it still runs; returns its pid when there was one. */
export async function stopOrphanAgent(pidFile: string, program: string): Promise<number | null> {
  const pid = Number((await readFile(pidFile, 'utf8').catch(() => '')).trim());
  if (!Number.isSafeInteger(pid) || pid <= 0 || !(await runs(pid, program))) {
    await removeAgentPid(pidFile);
    return null;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + GRACE_MS;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (alive(pid)) process.kill(pid, 'SIGKILL');
  await removeAgentPid(pidFile);
  return pid;
}
