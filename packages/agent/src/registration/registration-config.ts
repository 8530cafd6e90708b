// The environment of an agent's self-registration. All of HEARTH_MANAGER_URL,
// HEARTH_JOIN_TOKEN and HEARTH_AGENT_ADVERTISE_ADDR enable it; none leaves it off (the
// manager registers the agent itself, as the all-in-one does); some but not all is a mistake
// the agent refuses to start with.
import { hostname } from 'node:os';
import { ConfigError } from '../config.ts';

export interface RegistrationConfig {
  managerUrl: string;
  joinToken: string;
  advertiseAddr: string;
  name: string;
  heartbeatIntervalMs: number;
}

const REQUIRED = [
  'HEARTH_MANAGER_URL',
  'HEARTH_JOIN_TOKEN',
  'HEARTH_AGENT_ADVERTISE_ADDR',
] as const;
const DEFAULT_HEARTBEAT_MS = 10_000;

export function loadRegistrationConfig(
  env: NodeJS.ProcessEnv = process.env,
): RegistrationConfig | null {
  const {
    HEARTH_MANAGER_URL: managerUrl,
    HEARTH_JOIN_TOKEN: joinToken,
    HEARTH_AGENT_ADVERTISE_ADDR: advertiseAddr,
  } = env;
  if (!managerUrl && !joinToken && !advertiseAddr) return null;
  if (!managerUrl || !joinToken || !advertiseAddr) {
    const missing = REQUIRED.find((name) => !env[name]) ?? REQUIRED[0];
    throw new ConfigError(
      missing,
      `is required to register with the manager (set all of ${REQUIRED.join(', ')}, or none)`,
    );
  }
  if (!/^https?:\/\/[^/]/.test(managerUrl)) {
    throw new ConfigError(
      'HEARTH_MANAGER_URL',
      `expected http(s)://host:port, got "${managerUrl}"`,
    );
  }
  if (!/^(https?:\/\/[^/]|unix:\/)/.test(advertiseAddr)) {
    throw new ConfigError(
      'HEARTH_AGENT_ADVERTISE_ADDR',
      `expected http(s)://host:port or unix:/path.sock (how the manager reaches this agent), got "${advertiseAddr}"`,
    );
  }
  const name = env.HEARTH_AGENT_NAME || hostname();
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/.test(name)) {
    throw new ConfigError(
      'HEARTH_AGENT_NAME',
      `"${name}" is not a valid host name (letters, digits, . _ -; at most 63)`,
    );
  }
  const interval = env.HEARTH_HEARTBEAT_INTERVAL_MS || String(DEFAULT_HEARTBEAT_MS);
  if (!/^\d+$/.test(interval) || Number(interval) < 100) {
    throw new ConfigError(
      'HEARTH_HEARTBEAT_INTERVAL_MS',
      `expected milliseconds >= 100, got "${interval}"`,
    );
  }
  return {
    managerUrl,
    joinToken,
    advertiseAddr,
    name,
    heartbeatIntervalMs: Number(interval),
  };
}
