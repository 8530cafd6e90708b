// Who holds a lock: a pid alone is no identity, since the kernel hands a dead process's pid to
// the next one. The start time (field 22 of /proc/<pid>/stat, clock ticks since boot) is fixed
// for a process's life, and the boot id tells ticks of this boot from those of an earlier one,
// so pid + start time + boot id names one process, alive or not, on this machine.
import { readFile } from 'node:fs/promises';

export interface ProcessIdentity {
  pid: number;
  /** null where /proc is not available: the pid alone is then all we know */
  start_time: string | null;
  boot_id: string | null;
}

async function bootId(): Promise<string | null> {
  const id = await readFile('/proc/sys/kernel/random/boot_id', 'utf8').catch(() => '');
  return id.trim() || null;
}

interface Stat {
  state: string;
  startTime: string;
}

async function readStat(pid: number): Promise<Stat | null> {
  const text = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  if (text === null) return null;
  // field 2 (comm) is in parentheses and may contain spaces or ')': fields 3.. follow the last ')'
  const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const state = rest[0];
  const startTime = rest[22 - 3];
  return state === undefined || startTime === undefined ? null : { state, startTime };
}

export async function currentProcess(): Promise<ProcessIdentity> {
  return {
    pid: process.pid,
    start_time: (await readStat(process.pid))?.startTime ?? null,
    boot_id: await bootId(),
  };
}

function pidExists(pid: number): boolean {
  // never 0 or negative: those address process groups, or every process
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, it is only not ours to signal
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True while the process that `who` names runs (a zombie has exited). */
export async function isRunning(who: ProcessIdentity): Promise<boolean> {
  if (!Number.isSafeInteger(who.pid) || who.pid <= 0) return false;
  const boot = await bootId();
  if (who.boot_id !== null && boot !== null && who.boot_id !== boot) return false;
  if (who.start_time === null) return pidExists(who.pid);
  const stat = await readStat(who.pid);
  if (stat === null) return !(await procAvailable()) && pidExists(who.pid);
  return stat.startTime === who.start_time && stat.state !== 'Z';
}

async function procAvailable(): Promise<boolean> {
  return (await readStat(process.pid)) !== null;
}

export function sameProcess(a: ProcessIdentity, b: ProcessIdentity): boolean {
  return a.pid === b.pid && a.start_time === b.start_time && a.boot_id === b.boot_id;
}
