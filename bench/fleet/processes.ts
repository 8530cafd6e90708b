// The fleet's processes: manager replicas (packages/manager/src/main.ts, HEARTH_LOCAL_AGENT=off,
// PostgreSQL) and agents (packages/agent/src/main.ts registering themselves with the join
// token), each run as `ip netns exec <ns> node --import tsx ...` with its output in a log
// file. `ip netns exec` execs node, so the child's pid is node's.
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const MANAGER_MAIN = fileURLToPath(
  new URL('../../packages/manager/src/main.ts', import.meta.url),
);
export const AGENT_MAIN = fileURLToPath(
  new URL('../../packages/agent/src/main.ts', import.meta.url),
);

export interface Proc {
  name: string;
  child: ChildProcess;
  logPath: string;
  exited(): boolean;
}

/** Only PATH and what `env` says: nothing of the bench's environment leaks into the fleet. */
export function spawnIn(
  netns: string,
  name: string,
  main: string,
  env: Record<string, string>,
  logPath: string,
): Proc {
  const fd = openSync(logPath, 'a');
  let child: ChildProcess;
  try {
    child = spawn('ip', ['netns', 'exec', netns, process.execPath, '--import', 'tsx', main], {
      cwd: REPO,
      env: { PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin', ...env },
      stdio: ['ignore', fd, fd],
    });
  } finally {
    closeSync(fd);
  }
  return {
    name,
    child,
    logPath,
    exited: () => child.exitCode !== null || child.signalCode !== null,
  };
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves once every process has exited. */
export async function stopAll(procs: Proc[], graceMs = 5000): Promise<void> {
  await Promise.all(
    procs.map(async (p) => {
      if (p.exited()) return;
      const exited = new Promise((r) => p.child.once('exit', r));
      p.child.kill('SIGTERM');
      const timer = setTimeout(() => p.child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    }),
  );
}

/** Resident memory (VmRSS, KiB) of a pid, 0 when gone. */
export async function rssKib(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

/** Anonymous resident memory (RssAnon, KiB): what a process costs beyond shared files. */
export async function rssAnonKib(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Number(/RssAnon:\s+(\d+)/.exec(status)?.[1] ?? 0);
}
