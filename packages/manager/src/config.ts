// The manager's configuration, from HEARTH_* variables (and DATABASE_URL), each with a safe
// default. Binding beyond loopback without an API token is refused here, before listening.
import { resolve } from 'node:path';
import type { DatabaseConfig } from './db/database.ts';

export interface ManagerConfig {
  host: string;
  port: number;
  /** bearer token for /v1; null only when bound to loopback */
  apiToken: string | null;
  /** token agents present to register and heartbeat; null disables registration */
  joinToken: string | null;
  database: DatabaseConfig;
  dataDir: string;
  /** a host is healthy while its last heartbeat is younger than this */
  hostStaleSeconds: number;
  /** largest size_bytes accepted for a provisioned drive */
  maxDriveBytes: number;
  /** how long a stop waits for the guest before the agent kills the VMM */
  stopTimeoutMs: number;
  logLevel: string;
  /** how often the reconciler compares running VMs with their hosts' VMMs */
  reconcileIntervalMs: number;
}

export class ConfigError extends Error {}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
export const DEFAULT_DRIVE_BYTES = 10 * 1024 ** 3;

function intVar(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min) {
    throw new ConfigError(`${name} must be an integer >= ${min}, got "${raw}".`);
  }
  return value;
}

export function loadManagerConfig(env: NodeJS.ProcessEnv = process.env): ManagerConfig {
  const host = env.HEARTH_LISTEN_HOST || '127.0.0.1';
  const apiToken = env.HEARTH_API_TOKEN || null;
  if (!LOOPBACK.has(host) && apiToken === null) {
    throw new ConfigError(
      `Refusing to listen on ${host} without HEARTH_API_TOKEN: set a token, or bind to 127.0.0.1.`,
    );
  }
  if (apiToken !== null && apiToken.length < 16) {
    throw new ConfigError('HEARTH_API_TOKEN must be at least 16 characters long.');
  }
  const dataDir = resolve(env.HEARTH_DATA_DIR || '.hearth');
  const database: DatabaseConfig = env.DATABASE_URL
    ? { kind: 'postgres', url: env.DATABASE_URL }
    : { kind: 'pglite', dataDir: resolve(dataDir, 'pgdata') };
  return {
    host,
    port: intVar(env, 'HEARTH_PORT', 8080),
    apiToken,
    joinToken: env.HEARTH_JOIN_TOKEN || null,
    database,
    dataDir,
    hostStaleSeconds: intVar(env, 'HEARTH_HOST_STALE_SECONDS', 30, 1),
    maxDriveBytes: intVar(env, 'HEARTH_MAX_DRIVE_BYTES', 2 * 1024 ** 4, 1),
    stopTimeoutMs: intVar(env, 'HEARTH_STOP_TIMEOUT_MS', 5000, 0),
    logLevel: env.HEARTH_LOG_LEVEL || 'info',
    reconcileIntervalMs: intVar(env, 'HEARTH_RECONCILE_INTERVAL_MS', 5000, 100),
  };
}
