// Runs the agent as a process of its own: `node --import tsx src/main.ts` (or, from the
// production build, `node dist/agent/main.js`), under
// `ip netns exec <netns>` when given a namespace, its configuration passed as HEARTH_*
// variables, its output appended to a log file. The launch resolves once the agent answers
// an authenticated call, and fails with the log's tail when the process exits first or the
// deadline passes. The all-in-one, the manager's test stack and the agent's own tests all
// start agents through here; it depends on nothing of the agent but its HTTP contract.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { type AgentSettings, agentEnv, type EnvHygiene } from './agent-env.ts';
import { removePidFile, stopOrphan, writePidFile } from './pid-file.ts';
import { answersAuthenticated } from './readiness.ts';

// Defined only in the production bundle (scripts/build.mjs, esbuild `define`): the agent's
// bundle, relative to the checkout. Run from source (tsx) it is not defined at all. The build
// keeps each module's import.meta.url its source file's, so CHECKOUT is the checkout in both.
declare const HEARTH_BUILT_AGENT: string;
const BUILT_AGENT = typeof HEARTH_BUILT_AGENT === 'string' ? HEARTH_BUILT_AGENT : null;
const CHECKOUT = new URL('../../../../', import.meta.url);

/** The agent's entry point: the built bundle from the build, else src/main.ts. */
export const AGENT_MAIN_PATH = fileURLToPath(
  BUILT_AGENT === null ? new URL('../main.ts', import.meta.url) : new URL(BUILT_AGENT, CHECKOUT),
);
/** How node runs it: the sources through tsx, the bundle (plain JavaScript) as it is. */
const AGENT_NODE_ARGS =
  BUILT_AGENT === null ? ['--import', 'tsx', AGENT_MAIN_PATH] : [AGENT_MAIN_PATH];
// `--import tsx` is resolved from the working directory: the agent's package finds it.
const AGENT_PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));

const DEFAULT_READY_TIMEOUT_MS = 20_000;
const DEFAULT_STOP_GRACE_MS = 5_000;
const PROBE_TIMEOUT_MS = 2_000;
const PROBE_INTERVAL_MS = 100;
const LOG_TAIL_LINES = 30;

export interface LaunchAgentOptions extends Omit<AgentSettings, 'token'>, EnvHygiene {
  /** generated (random, 32 characters) when absent */
  token?: string;
  /** the agent's stdout and stderr are appended here; its directory is created */
  logPath: string;
  /** run the agent inside this network namespace (`ip netns exec`, needs root) */
  netns?: string | null;
  /**
   * Keep the agent's pid in this file: an agent of an earlier run named there (and still
   * running the agent's main.ts) is stopped before this one starts, and the file is removed
   * when this agent exits. For a parent that may be killed and leave its agent behind.
   */
  pidFile?: string;
  /** how long the agent may take to answer; from source, tsx compiles it first (default 20 s) */
  readyTimeoutMs?: number;
  /** stop(): how long after SIGTERM before SIGKILL (default 5 s) */
  stopGraceMs?: number;
}

export interface AgentExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunningAgent {
  /** `unix:/path/agent.sock`, as the manager addresses agents */
  addr: string;
  socketPath: string;
  token: string;
  pid: number;
  logPath: string;
  /** the earlier run's agent that was still running and had to be stopped (with pidFile) */
  orphanPid: number | null;
  /** true once the process has exited, for whatever reason */
  exited(): boolean;
  /** resolves when the process has exited */
  whenExited(): Promise<AgentExit>;
  /** SIGTERM, then SIGKILL after the grace. VMMs are detached and keep running. */
  stop(): Promise<AgentExit>;
  /** SIGKILL: no chance to clean up, like a crash. */
  kill(): Promise<AgentExit>;
}

export class AgentLaunchError extends Error {
  constructor(
    message: string,
    readonly logPath: string,
  ) {
    super(message);
    this.name = 'AgentLaunchError';
  }
}

export async function launchAgent(options: LaunchAgentOptions): Promise<RunningAgent> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const { logPath, socketPath, pidFile } = options;
  const env = agentEnv({ ...options, token }, options);
  await mkdir(dirname(logPath), { recursive: true });
  const orphanPid = pidFile ? await stopOrphan(pidFile, AGENT_MAIN_PATH) : null;

  const node = [process.execPath, ...AGENT_NODE_ARGS];
  const [command, args] = options.netns
    ? ['ip', ['netns', 'exec', options.netns, ...node]]
    : [process.execPath, node.slice(1)];
  const logFd = openSync(logPath, 'a');
  let child: ChildProcess;
  try {
    child = spawn(command, args, { cwd: AGENT_PACKAGE_DIR, env, stdio: ['ignore', logFd, logFd] });
  } finally {
    closeSync(logFd);
  }

  let exit: AgentExit | null = null;
  const processExit = new Promise<AgentExit>((resolve) => {
    child.once('exit', (code, signal) => {
      exit = { code, signal };
      resolve(exit);
    });
  });
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  const pid = child.pid;
  if (pid === undefined) {
    const err = await spawnError;
    throw new AgentLaunchError(
      `The agent could not be spawned (${command}): ${err.message}`,
      logPath,
    );
  }
  if (pidFile) await writePidFile(pidFile, pid);
  // settles once the process is gone, and its pid file with it
  const exitPromise = pidFile
    ? processExit.then(async (how) => {
        await removePidFile(pidFile, pid).catch(() => {});
        return how;
      })
    : processExit;

  const signal = async (sig: NodeJS.Signals) => {
    if (exit === null) child.kill(sig);
    return exitPromise;
  };
  const grace = options.stopGraceMs ?? DEFAULT_STOP_GRACE_MS;
  const agent: RunningAgent = {
    addr: `unix:${socketPath}`,
    socketPath,
    token,
    pid,
    logPath,
    orphanPid,
    exited: () => exit !== null,
    whenExited: () => exitPromise,
    stop: async () => {
      if (exit !== null) return exit;
      const killer = setTimeout(() => child.kill('SIGKILL'), grace);
      try {
        return await signal('SIGTERM');
      } finally {
        clearTimeout(killer);
      }
    },
    kill: () => signal('SIGKILL'),
  };

  const timeoutMs = options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const remaining = deadline - Date.now();
    const ready = await answersAuthenticated(
      socketPath,
      token,
      Math.max(1, Math.min(PROBE_TIMEOUT_MS, remaining)),
    );
    const exited: AgentExit | null = exit;
    if (exited !== null) {
      throw new AgentLaunchError(
        `The agent exited (${describeExit(exited)}) before it was ready. The end of its log (${logPath}):\n${await logTail(logPath)}`,
        logPath,
      );
    }
    if (ready) return agent;
    if (Date.now() >= deadline) {
      await agent.stop();
      throw new AgentLaunchError(
        `The agent did not answer on ${socketPath} within ${timeoutMs / 1000} s. The end of its log (${logPath}):\n${await logTail(logPath)}`,
        logPath,
      );
    }
    await sleep(PROBE_INTERVAL_MS);
  }
}

function describeExit(exit: AgentExit): string {
  return exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`;
}

async function logTail(path: string): Promise<string> {
  const text = await readFile(path, 'utf8').catch(() => '');
  return text.trimEnd().split('\n').slice(-LOG_TAIL_LINES).join('\n');
}
