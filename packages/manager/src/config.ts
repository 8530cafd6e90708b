// The manager's configuration, from HEARTH_* variables (and DATABASE_URL), each with a safe
// default. Binding beyond loopback without an API token is refused here, before listening.
// This is the only module that reads the environment: the all-in-one included.
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import type { DatabaseConfig } from './db/database.ts';

/** The all-in-one's local agent (`npm start`); null when HEARTH_LOCAL_AGENT=off. */
export interface LocalAgentConfig {
  /** the host's name: HEARTH_AGENT_NAME, else this machine's hostname, made a valid name */
  name: string;
  /** HEARTH_AGENT_NETNS: run the agent (its TAPs and VMMs) in this network namespace */
  netns: string | null;
  /** HEARTH_STORAGE_ROOT, else <data dir>/vms, except /srv/fc/vms as root with no HEARTH_DATA_DIR */
  storageRoot: string;
  /** where the agent writes the demo images of a simulator host: <data dir>/images */
  imagesDir: string;
  /** the images dir, then HEARTH_ALLOWED_PATHS */
  allowedPaths: string[];
  /** HEARTH_FIRECRACKER_BIN; null: `firecracker` on PATH, else the simulator */
  firecrackerBin: string | null;
  runningAsRoot: boolean;
  /**
   * The environment the agent process inherits (its own HEARTH_* settings, e.g. HEARTH_BRIDGE,
   * pass through), so an operator configures both halves of the all-in-one in one place.
   */
  inheritedEnv: NodeJS.ProcessEnv;
}

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
  /**
   * how many times its storage file system's capacity a host's drives may add up to
   * (HEARTH_STORAGE_OVERCOMMIT; sparse files use only what the guest writes)
   */
  storageOvercommit: number;
  /** how many vCPUs a host may run per CPU it has (HEARTH_VCPU_OVERCOMMIT; vCPUs time-share) */
  vcpuOvercommit: number;
  /** how long a stop waits for the guest before the agent kills the VMM */
  stopTimeoutMs: number;
  logLevel: string;
  /** how long a deleted VM's events and tombstone are kept (HEARTH_DELETED_VM_RETENTION_HOURS) */
  deletedVmRetentionHours: number;
  /** how often the reconciler compares running VMs with their hosts' VMMs */
  reconcileIntervalMs: number;
  localAgent: LocalAgentConfig | null;
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

function ratioVar(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new ConfigError(`${name} must be a number > 0, got "${raw}".`);
  }
  return value;
}

/** A hostname made a valid host name ([A-Za-z0-9][A-Za-z0-9._-]*, at most 63). */
export function localHostName(raw: string): string {
  const cleaned = raw.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  return (cleaned || 'localhost').slice(0, 63);
}

function loadLocalAgentConfig(env: NodeJS.ProcessEnv, dataDir: string): LocalAgentConfig | null {
  if (env.HEARTH_LOCAL_AGENT === 'off') return null;
  const runningAsRoot = process.getuid?.() === 0;
  const netns = env.HEARTH_AGENT_NETNS || null;
  if (netns && !runningAsRoot) {
    throw new ConfigError(
      `HEARTH_AGENT_NETNS=${netns} needs root: entering a network namespace is privileged.`,
    );
  }
  const imagesDir = join(dataDir, 'images');
  return {
    name: localHostName(env.HEARTH_AGENT_NAME || hostname() || 'localhost'),
    netns,
    // a data directory chosen on purpose holds everything of this Hearth, disks included
    storageRoot: resolve(
      env.HEARTH_STORAGE_ROOT ||
        (runningAsRoot && !env.HEARTH_DATA_DIR ? '/srv/fc/vms' : join(dataDir, 'vms')),
    ),
    imagesDir,
    allowedPaths: [imagesDir, ...(env.HEARTH_ALLOWED_PATHS ?? '').split(':').filter(Boolean)],
    firecrackerBin: env.HEARTH_FIRECRACKER_BIN?.trim() || null,
    runningAsRoot,
    inheritedEnv: env,
  };
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
    storageOvercommit: ratioVar(env, 'HEARTH_STORAGE_OVERCOMMIT', 4),
    vcpuOvercommit: ratioVar(env, 'HEARTH_VCPU_OVERCOMMIT', 4),
    stopTimeoutMs: intVar(env, 'HEARTH_STOP_TIMEOUT_MS', 5000, 0),
    logLevel: env.HEARTH_LOG_LEVEL || 'info',
    reconcileIntervalMs: intVar(env, 'HEARTH_RECONCILE_INTERVAL_MS', 5000, 100),
    deletedVmRetentionHours: intVar(env, 'HEARTH_DELETED_VM_RETENTION_HOURS', 168, 0),
    localAgent: loadLocalAgentConfig(env, dataDir),
  };
}
