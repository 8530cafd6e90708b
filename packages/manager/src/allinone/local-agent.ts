// The all-in-one's agent: the real agent program as its own process, launched through the
// agent's launcher (`@hearth/agent/process`) and serving on a Unix socket in the data dir,
// so the manager reaches it exactly as it reaches a remote agent (one code path). With a
// network namespace it runs under `ip netns exec`, so every TAP and VMM it creates lives
// in that namespace. A manager that was killed leaves its agent behind: the pid file in the
// data dir lets the next start stop that orphan before it launches a new one. While the
// manager runs, agent-supervisor.ts launches a new agent on the same socket and token when
// this one dies.
import { join } from 'node:path';
import { launchAgent, type RunningAgent } from '@hearth/agent/process';

// From source, tsx compiles the agent on first start: a cold cache on a slow disk takes
// several seconds. The production build's agent is plain JavaScript and answers sooner.
const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;
// Variables of a remote agent's self-registration: the manager registers its local agent
// itself, so they must not leak from the manager's environment into the agent's.
const NOT_INHERITED = ['HEARTH_MANAGER_URL', 'HEARTH_JOIN_TOKEN', 'HEARTH_AGENT_ADVERTISE_ADDR'];

export interface LocalAgentOptions {
  dataDir: string;
  storageRoot: string;
  allowedPaths: string[];
  /** null: the agent looks for `firecracker` on PATH (and falls back as it is told) */
  firecrackerBin: string | null;
  /** run the agent inside this network namespace (needs root) */
  netns: string | null;
  /** the environment the agent inherits (process.env by default), less NOT_INHERITED */
  env?: NodeJS.ProcessEnv;
  /** the agent's token; a random one when absent (a restarted agent keeps its predecessor's) */
  token?: string;
}

/** `orphanPid` is the agent of an earlier run that was still running and was stopped first. */
export type LocalAgent = RunningAgent;

/** Where the local agent serves: the host row's address, the same across restarts. */
export function localAgentSocketPath(dataDir: string): string {
  return join(dataDir, 'agent.sock');
}

export function startLocalAgent(opts: LocalAgentOptions): Promise<LocalAgent> {
  return launchAgent({
    socketPath: localAgentSocketPath(opts.dataDir),
    ...(opts.token === undefined ? {} : { token: opts.token }),
    logPath: join(opts.dataDir, 'logs', 'agent.log'),
    pidFile: join(opts.dataDir, 'agent.pid'),
    storageRoot: opts.storageRoot,
    allowedPaths: opts.allowedPaths,
    ...(opts.firecrackerBin === null ? {} : { firecrackerBin: opts.firecrackerBin }),
    netns: opts.netns,
    baseEnv: opts.env ?? process.env,
    dropEnv: NOT_INHERITED,
    readyTimeoutMs: READY_TIMEOUT_MS,
    stopGraceMs: STOP_GRACE_MS,
  });
}
