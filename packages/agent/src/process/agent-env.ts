// The agent's configuration as a typed object, turned into the HEARTH_* variables its
// main.ts reads (packages/agent/src/config.ts is the other side of this mapping).

export interface AgentSettings {
  /** absolute path of the Unix socket the agent serves its API on */
  socketPath: string;
  /** the bearer token every call but /health needs (at least 16 characters) */
  token: string;
  /** where the agent keeps each VM's directory */
  storageRoot: string;
  /** directories outside the storage root the agent may read images and disks from */
  allowedPaths?: string[];
  /** the VMM binary: a path or a name on PATH (the simulator in tests) */
  firecrackerBin?: string;
  /** the bridge TAPs are attached to; touched only when a VM has NICs */
  bridge?: string;
  /** how long a guest gets to shut down before its VMM is killed */
  stopTimeoutMs?: number;
  /** pino level: fatal, error, warn, info, debug, trace */
  logLevel?: string;
  /** more variables, applied last (e.g. HEARTH_NAT_CIDR, or a test's HEARTH_SIM_* knobs) */
  env?: Record<string, string>;
}

export interface EnvHygiene {
  /**
   * true (the default): the agent inherits `baseEnv`; false: it gets only PATH from it,
   * so nothing of the parent's environment changes what the agent does.
   */
  inheritEnv?: boolean;
  /** variables removed from the inherited environment (ignored without inheritEnv) */
  dropEnv?: readonly string[];
  /** the environment inherited from; process.env by default */
  baseEnv?: NodeJS.ProcessEnv;
}

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export function agentEnv(settings: AgentSettings, hygiene: EnvHygiene = {}): NodeJS.ProcessEnv {
  const base = hygiene.baseEnv ?? process.env;
  const env: NodeJS.ProcessEnv =
    hygiene.inheritEnv === false ? { PATH: base.PATH || DEFAULT_PATH } : { ...base };
  if (hygiene.inheritEnv !== false) for (const name of hygiene.dropEnv ?? []) delete env[name];

  env.HEARTH_AGENT_LISTEN = `unix:${settings.socketPath}`;
  env.HEARTH_AGENT_TOKEN = settings.token;
  env.HEARTH_STORAGE_ROOT = settings.storageRoot;
  if (settings.allowedPaths !== undefined) {
    const unsayable = settings.allowedPaths.find((p) => p.includes(':'));
    if (unsayable !== undefined) {
      throw new Error(`HEARTH_ALLOWED_PATHS is ':'-separated: "${unsayable}" cannot be allowed`);
    }
    env.HEARTH_ALLOWED_PATHS = settings.allowedPaths.join(':');
  }
  if (settings.firecrackerBin !== undefined) env.HEARTH_FIRECRACKER_BIN = settings.firecrackerBin;
  if (settings.bridge !== undefined) env.HEARTH_BRIDGE = settings.bridge;
  if (settings.stopTimeoutMs !== undefined) {
    env.HEARTH_STOP_TIMEOUT_MS = String(settings.stopTimeoutMs);
  }
  if (settings.logLevel !== undefined) env.HEARTH_LOG_LEVEL = settings.logLevel;
  return { ...env, ...settings.env };
}
