// The all-in-one's agent: the real agent program (packages/agent/src/main.ts) as its own
// process, serving on a Unix socket in the data dir, so the manager reaches it exactly as it
// reaches a remote agent (one code path). With a network namespace it runs under
// `ip netns exec`, so every TAP and VMM it creates lives in that namespace.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AGENT_MAIN_PATH } from '@hearth/agent/host-probe';
import { AgentClient } from '../agents/agent-client.ts';
import { removeAgentPid, stopOrphanAgent, writeAgentPid } from './agent-pid-file.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
// tsx compiles the agent on first start; a cold cache on a slow disk takes several seconds.
const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;
// Variables of a remote agent's self-registration: the manager registers its local agent
// itself, so they must not leak from the manager's environment into the agent's.
const NOT_INHERITED = ['HEARTH_MANAGER_URL', 'HEARTH_JOIN_TOKEN', 'HEARTH_AGENT_ADVERTISE_ADDR'];

export interface LocalAgentOptions {
  dataDir: string;
  storageRoot: string;
  allowedPaths: string[];
  firecrackerBin: string;
  /** run the agent inside this network namespace (needs root) */
  netns: string | null;
  env?: NodeJS.ProcessEnv;
}

export interface LocalAgent {
  addr: string;
  token: string;
  pid: number;
  logPath: string;
  /** the agent of an earlier run that was still running and had to be stopped first */
  orphanPid: number | null;
  /** true once the process has exited, for whatever reason */
  exited(): boolean;
  /** SIGTERM, then SIGKILL after a grace period. VMMs are detached and keep running. */
  stop(): Promise<void>;
}

export class LocalAgentError extends Error {}

export async function startLocalAgent(opts: LocalAgentOptions): Promise<LocalAgent> {
  const token = randomBytes(24).toString('base64url');
  const socketPath = join(opts.dataDir, 'agent.sock');
  const logPath = join(opts.dataDir, 'logs', 'agent.log');
  const pidFile = join(opts.dataDir, 'agent.pid');
  await mkdir(join(opts.dataDir, 'logs'), { recursive: true });
  const orphanPid = await stopOrphanAgent(pidFile, AGENT_MAIN_PATH);

  const env: NodeJS.ProcessEnv = { ...(opts.env ?? process.env) };
  for (const name of NOT_INHERITED) delete env[name];
  Object.assign(env, {
    HEARTH_AGENT_LISTEN: `unix:${socketPath}`,
    HEARTH_AGENT_TOKEN: token,
    HEARTH_STORAGE_ROOT: opts.storageRoot,
    HEARTH_ALLOWED_PATHS: opts.allowedPaths.join(':'),
    HEARTH_FIRECRACKER_BIN: opts.firecrackerBin,
  });

  const node = [process.execPath, '--import', 'tsx', AGENT_MAIN_PATH];
  const [command, ...args] = opts.netns ? ['ip', 'netns', 'exec', opts.netns, ...node] : node;
  const logFd = openSync(logPath, 'a');
  let child: ChildProcess;
  try {
    child = spawn(command!, args, { cwd: REPO_ROOT, env, stdio: ['ignore', logFd, logFd] });
  } finally {
    closeSync(logFd);
  }
  const exit = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `code ${code}`));
    child.once('error', (err) => resolve(err.message));
  });
  let exitedWith: string | null = null;
  void exit.then((how) => {
    exitedWith = how;
    void removeAgentPid(pidFile);
  });
  const pid = child.pid;
  if (pid === undefined) {
    throw new LocalAgentError(`The local agent could not be spawned: ${await exit}`);
  }
  await writeAgentPid(pidFile, pid);

  const agent: LocalAgent = {
    addr: `unix:${socketPath}`,
    token,
    pid,
    logPath,
    orphanPid,
    exited: () => exitedWith !== null,
    stop: async () => {
      if (exitedWith !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exit;
      clearTimeout(killer);
    },
  };

  const client = new AgentClient({ addr: agent.addr, token }, 2_000);
  try {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (true) {
      if (exitedWith !== null) {
        throw new LocalAgentError(
          `The local agent exited (${exitedWith}) before it was ready. Its log (${logPath}):\n${await logTail(logPath)}`,
        );
      }
      // An authenticated call: a stale agent of an earlier run may still answer the health
      // probe on this socket, but only ours knows this token.
      if (
        await client.hostInfo().then(
          () => true,
          () => false,
        )
      )
        break;
      if (Date.now() > deadline) {
        await agent.stop();
        throw new LocalAgentError(
          `The local agent did not answer on ${socketPath} within ${READY_TIMEOUT_MS / 1000} s. Its log (${logPath}):\n${await logTail(logPath)}`,
        );
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await client.close();
  }
  return agent;
}

async function logTail(path: string, lines = 20): Promise<string> {
  const text = await readFile(path, 'utf8').catch(() => '');
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
