// Finds VMM processes by the API socket they were started with: the supervisor spawns every
// VMM as `<binary> --api-sock <path> --id <vm-id>`. An agent killed between spawning a VMM and
// writing its record (vmm.json) leaves a process that no record names; its command line is
// then the only trace of which VM it serves, and it must not outlive that fact unnoticed.
import { readdir, readFile } from 'node:fs/promises';
import { readProcessStat } from './proc-stat.ts';

export interface SocketProcess {
  pid: number;
  startTime: string;
  /** the --api-sock argument, as given at spawn */
  apiSocket: string;
}

/** Live processes (not zombies) whose --api-sock argument satisfies `wanted`. */
export async function findProcessesByApiSocket(
  wanted: (apiSocket: string) => boolean,
): Promise<SocketProcess[]> {
  const pids = (await readdir('/proc')).filter((e) => /^\d+$/.test(e)).map(Number);
  const found = await Promise.all(
    pids.map(async (pid): Promise<SocketProcess | null> => {
      if (pid === process.pid) return null;
      const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
      const args = cmdline.split('\0');
      const at = args.indexOf('--api-sock');
      const apiSocket = at >= 0 ? args[at + 1] : undefined;
      if (apiSocket === undefined || !wanted(apiSocket)) return null;
      const stat = await readProcessStat(pid);
      if (stat === null || stat.state === 'Z') return null;
      return { pid, startTime: stat.startTime, apiSocket };
    }),
  );
  return found.filter((proc): proc is SocketProcess => proc !== null);
}
