// The agent's configuration, read once from HEARTH_* environment variables. Every value is
// validated here so a misconfigured agent refuses to start with a sentence naming the variable,
// instead of failing later on its first request.
import { isAbsolute } from 'node:path';
import { parseGatewayCidr } from './network/nat.ts';
import { isTapName } from './validation.ts';

export type ListenTarget =
  | { kind: 'tcp'; host: string; port: number }
  | { kind: 'unix'; path: string };

export type VmmLauncher = 'plain' | 'systemd-run';

export interface AgentConfig {
  listen: ListenTarget;
  token: string;
  storageRoot: string;
  allowedRoots: string[];
  /** HEARTH_FIRECRACKER_BIN when set (path or name); otherwise `firecracker` on PATH */
  firecrackerBin: string | null;
  bridge: string;
  stopTimeoutMs: number;
  /** how long a spawned VMM may take to accept connections on its API socket */
  socketTimeoutMs: number;
  launcher: VmmLauncher;
  /** HEARTH_NAT_CIDR: the bridge's gateway address; set = masquerade the guests' traffic */
  natGatewayCidr: string | null;
  /**
   * HEARTH_SIMULATOR_FALLBACK=1: without a usable Firecracker (binary or /dev/kvm), run Hearth's
   * simulator instead. Only the all-in-one demo sets it: a production agent fails its launches
   * rather than pretend.
   */
  simulatorFallback: boolean;
  /** HEARTH_DEMO_IMAGES_DIR: where a simulator agent writes (and reports) its demo images */
  demoImagesDir: string | null;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

const DEFAULT_LISTEN = '127.0.0.1:9091';
const DEFAULT_STORAGE_ROOT = '/srv/fc/vms';
const DEFAULT_BRIDGE = 'fcbr0';
const DEFAULT_STOP_TIMEOUT_MS = 5000;
// Real Firecracker binds its socket within milliseconds, the simulator (a Node process) in
// tens of them; a loaded host can stretch either to seconds.
const DEFAULT_SOCKET_TIMEOUT_MS = 15_000;
// A short token is guessable; the manager generates long random ones.
const MIN_TOKEN_LENGTH = 16;

export function parseListen(value: string): ListenTarget {
  if (value.startsWith('unix:')) {
    const path = value.slice('unix:'.length);
    if (!isAbsolute(path)) {
      throw new ConfigError(
        'HEARTH_AGENT_LISTEN',
        `unix socket path must be absolute, got "${path}"`,
      );
    }
    return { kind: 'unix', path };
  }
  const match = /^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/.exec(value);
  const port = match ? Number(match[2]) : Number.NaN;
  if (!match || port > 65535) {
    throw new ConfigError(
      'HEARTH_AGENT_LISTEN',
      `expected "host:port" (e.g. ${DEFAULT_LISTEN}) or "unix:/absolute/path.sock", got "${value}"`,
    );
  }
  const host = (match[1] ?? '').replace(/^\[(.*)\]$/, '$1');
  return { kind: 'tcp', host, port };
}

function absolutePath(variable: string, value: string): string {
  if (!isAbsolute(value)) throw new ConfigError(variable, `path must be absolute, got "${value}"`);
  return value.replace(/\/+$/, '') || '/';
}

function positiveInt(variable: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) <= 0) {
    throw new ConfigError(variable, `expected a positive integer (milliseconds), got "${value}"`);
  }
  return Number(value);
}

function launcher(value: string): VmmLauncher {
  if (value === 'plain') return 'plain';
  if (value === 'systemd-run') {
    // Placing VMMs in their own systemd scopes is designed but not built yet: refuse rather
    // than silently run them in the plain mode an operator did not ask for.
    throw new ConfigError(
      'HEARTH_VMM_LAUNCHER',
      '"systemd-run" is not supported yet by this agent version; use "plain"',
    );
  }
  throw new ConfigError('HEARTH_VMM_LAUNCHER', `expected "plain" or "systemd-run", got "${value}"`);
}

function flag(variable: string, value: string | undefined): boolean {
  if (value === undefined || value === '' || value === '0' || value === 'false') return false;
  if (value === '1' || value === 'true') return true;
  throw new ConfigError(variable, `expected 1 or 0, got "${value}"`);
}

function natCidr(value: string): string {
  try {
    parseGatewayCidr(value);
    return value;
  } catch (err) {
    throw new ConfigError('HEARTH_NAT_CIDR', (err as Error).message);
  }
}

export function loadAgentConfig(env: NodeJS.ProcessEnv = process.env): AgentConfig {
  const token = env.HEARTH_AGENT_TOKEN ?? '';
  if (token === '') {
    throw new ConfigError(
      'HEARTH_AGENT_TOKEN',
      'is required: the agent never serves its API without a bearer token',
    );
  }
  if (token.length < MIN_TOKEN_LENGTH || /\s/.test(token)) {
    throw new ConfigError(
      'HEARTH_AGENT_TOKEN',
      `must be at least ${MIN_TOKEN_LENGTH} characters without whitespace`,
    );
  }

  const bridge = env.HEARTH_BRIDGE || DEFAULT_BRIDGE;
  if (!isTapName(bridge)) {
    throw new ConfigError('HEARTH_BRIDGE', `"${bridge}" is not a valid Linux interface name`);
  }

  const allowedRoots = (env.HEARTH_ALLOWED_PATHS ?? '')
    .split(':')
    .filter((p) => p !== '')
    .map((p) => absolutePath('HEARTH_ALLOWED_PATHS', p));

  return {
    listen: parseListen(env.HEARTH_AGENT_LISTEN || DEFAULT_LISTEN),
    token,
    storageRoot: absolutePath(
      'HEARTH_STORAGE_ROOT',
      env.HEARTH_STORAGE_ROOT || DEFAULT_STORAGE_ROOT,
    ),
    allowedRoots,
    // a path, or a command name looked up on PATH (resolveFirecrackerBinary does that)
    firecrackerBin: env.HEARTH_FIRECRACKER_BIN?.trim() || null,
    bridge,
    stopTimeoutMs: env.HEARTH_STOP_TIMEOUT_MS
      ? positiveInt('HEARTH_STOP_TIMEOUT_MS', env.HEARTH_STOP_TIMEOUT_MS)
      : DEFAULT_STOP_TIMEOUT_MS,
    socketTimeoutMs: env.HEARTH_VMM_SOCKET_TIMEOUT_MS
      ? positiveInt('HEARTH_VMM_SOCKET_TIMEOUT_MS', env.HEARTH_VMM_SOCKET_TIMEOUT_MS)
      : DEFAULT_SOCKET_TIMEOUT_MS,
    launcher: launcher(env.HEARTH_VMM_LAUNCHER || 'plain'),
    natGatewayCidr: env.HEARTH_NAT_CIDR ? natCidr(env.HEARTH_NAT_CIDR) : null,
    simulatorFallback: flag('HEARTH_SIMULATOR_FALLBACK', env.HEARTH_SIMULATOR_FALLBACK),
    demoImagesDir: env.HEARTH_DEMO_IMAGES_DIR
      ? absolutePath('HEARTH_DEMO_IMAGES_DIR', env.HEARTH_DEMO_IMAGES_DIR)
      : null,
  };
}
