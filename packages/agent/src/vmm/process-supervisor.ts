// Starts and ends Firecracker processes. A VMM is started detached (its own session, stdio
// to a log file, unref'd) so that neither an agent restart nor a signal to the agent's
// process group ever takes a running VM down with it. A process is identified by pid AND
// start time, so a pid recycled by the kernel is never mistaken for (or killed as) a VMM.
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { lstat, open, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { AgentError } from '../errors.ts';
import { isSameProcessAlive, readProcessStat } from '../state/proc-stat.ts';

export interface VmmProcess {
  pid: number;
  startTime: string;
}

export interface SpawnVmmOptions {
  binary: string;
  vmId: string;
  apiSocket: string;
  /** receives the process's stdout and stderr (appended) */
  consoleLog: string;
}

export interface ExitStatus {
  code: number | null;
  signal: string | null;
}

export interface ProcessSupervisor {
  spawn(options: SpawnVmmOptions): Promise<VmmProcess>;
  isAlive(proc: VmmProcess): Promise<boolean>;
  /** Known only for processes this agent spawned and saw exit; null otherwise. */
  exitStatus(proc: VmmProcess): ExitStatus | null;
  /** Synchronous liveness for processes this agent spawned (false once their exit was seen). */
  isChildRunning(proc: VmmProcess): boolean;
  /** Resolves true when the process ended within timeoutMs. */
  waitForExit(proc: VmmProcess, timeoutMs: number): Promise<boolean>;
  /** SIGKILL, only if the process is still the one identified; resolves once it is gone. */
  kill(proc: VmmProcess): Promise<void>;
  /**
   * Firecracker refuses to start on an existing socket path, and leaves its socket behind
   * when killed. Removes such a leftover, but refuses (409) when a process still accepts
   * connections on it.
   */
  removeStaleSocket(socketPath: string): Promise<void>;
  lastLogLines(logPath: string, count: number): Promise<string[]>;
}

const EXIT_POLL_MS = 20;
const KILL_WAIT_MS = 5000;
const LOG_TAIL_BYTES = 64 * 1024;

interface ChildEntry {
  startTime: string;
  exit: ExitStatus | null;
  exited: Promise<void>;
}

// Between the kernel turning a child into a zombie and Node reaping it (its 'exit' event)
// the child is already dead; this bounds the wait for the exit status in that window.
const REAP_WAIT_MS = 1000;

type ExitListener = (vmId: string, proc: VmmProcess, status: ExitStatus) => void;

export class DetachedProcessSupervisor implements ProcessSupervisor {
  /** children spawned by this agent process, keyed by pid */
  readonly #children = new Map<number, ChildEntry>();
  readonly #onExit: ExitListener;

  constructor(options: { onExit?: ExitListener } = {}) {
    this.#onExit = options.onExit ?? (() => {});
  }

  async spawn({ binary, vmId, apiSocket, consoleLog }: SpawnVmmOptions): Promise<VmmProcess> {
    const logFd = openSync(consoleLog, 'a', 0o640);
    let child: ChildProcess;
    try {
      child = spawn(binary, ['--api-sock', apiSocket, '--id', vmId], {
        detached: true,
        stdio: ['ignore', logFd, logFd],
        env: vmmEnvironment(process.env),
      });
    } finally {
      closeSync(logFd);
    }
    const spawnError = await new Promise<Error | null>((resolve) => {
      child.once('spawn', () => resolve(null));
      child.once('error', resolve);
    });
    if (spawnError || child.pid === undefined) {
      throw new AgentError(
        'HOST_PRECONDITION_FAILED',
        `Could not start the VMM binary ${binary}: ${spawnError?.message ?? 'no pid'}.`,
        { path: binary },
      );
    }
    child.unref();
    const pid = child.pid;
    const stat = await readProcessStat(pid);
    // The kernel fixes the start time at fork, so reading it after spawn is exact; a process
    // that already exited and was reaped has no stat, and is recorded with an empty one.
    const startTime = stat?.startTime ?? '';
    let markExited = () => {};
    const entry: ChildEntry = {
      startTime,
      exit: null,
      exited: new Promise((resolve) => {
        markExited = resolve;
      }),
    };
    this.#children.set(pid, entry);
    child.once('exit', (code, signal) => {
      entry.exit = { code, signal };
      markExited();
      this.#onExit(vmId, { pid, startTime }, entry.exit);
    });
    return { pid, startTime };
  }

  /** For a child of this agent, false only once its exit status is known. */
  async isAlive(proc: VmmProcess): Promise<boolean> {
    const child = this.#children.get(proc.pid);
    const ours = child !== undefined && child.startTime === proc.startTime;
    if (ours && child.exit) return false;
    const alive = proc.startTime !== '' && (await isSameProcessAlive(proc.pid, proc.startTime));
    if (!alive && ours) await Promise.race([child.exited, sleep(REAP_WAIT_MS)]);
    return alive;
  }

  isChildRunning(proc: VmmProcess): boolean {
    const child = this.#children.get(proc.pid);
    return child !== undefined && child.startTime === proc.startTime && child.exit === null;
  }

  exitStatus(proc: VmmProcess): ExitStatus | null {
    const child = this.#children.get(proc.pid);
    return child && child.startTime === proc.startTime ? child.exit : null;
  }

  async waitForExit(proc: VmmProcess, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (await this.isAlive(proc)) {
      if (Date.now() >= deadline) return false;
      await sleep(EXIT_POLL_MS);
    }
    return true;
  }

  async kill(proc: VmmProcess): Promise<void> {
    if (!(await this.isAlive(proc))) return;
    try {
      process.kill(proc.pid, 'SIGKILL');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
    }
    if (!(await this.waitForExit(proc, KILL_WAIT_MS))) {
      throw new AgentError('INTERNAL', `VMM process ${proc.pid} survived SIGKILL.`, {
        pid: proc.pid,
      });
    }
  }

  async removeStaleSocket(socketPath: string): Promise<void> {
    try {
      await lstat(socketPath);
    } catch {
      return;
    }
    if (await acceptsConnections(socketPath)) {
      throw new AgentError(
        'VMM_ALREADY_RUNNING',
        `A process still serves the API socket ${socketPath}; it was not started by this agent's records.`,
        { path: socketPath },
      );
    }
    await rm(socketPath, { force: true });
  }

  async lastLogLines(logPath: string, count: number): Promise<string[]> {
    let handle: Awaited<ReturnType<typeof open>>;
    try {
      handle = await open(logPath, 'r');
    } catch {
      return [];
    }
    try {
      const { size } = await handle.stat();
      const length = Math.min(size, LOG_TAIL_BYTES);
      const buffer = Buffer.alloc(length);
      await handle.read(buffer, 0, length, size - length);
      const lines = buffer.toString('utf8').split('\n');
      if (length < size) lines.shift(); // first line is cut
      return lines.filter((line) => line !== '').slice(-count);
    } finally {
      await handle.close();
    }
  }
}

/** True when a process accepts connections on this Unix socket. */
export function acceptsConnections(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(socketPath);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * What a VMM process gets of the agent's environment: PATH (the simulator is a
 * `#!/usr/bin/env node` script) and the simulator's HEARTH_SIM_* test knobs. Nothing else:
 * the agent's token and the manager's address have no business in a VMM's /proc/PID/environ,
 * and Node variables such as NODE_EXTRA_CA_CERTS (a CA bundle read at every Node start,
 * ~40 ms on a small host) only slow the simulator down. Firecracker itself reads none.
 */
export function vmmEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const kept: NodeJS.ProcessEnv = { PATH: env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin' };
  for (const [name, value] of Object.entries(env)) {
    if (name.startsWith('HEARTH_SIM_')) kept[name] = value;
  }
  return kept;
}
