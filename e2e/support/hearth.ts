// A running all-in-one Hearth for black-box tests: `packages/manager/src/main.ts` as a real
// process (what `npm start` runs) with its local agent inside a throwaway network namespace
// as root (without root, in the test's own namespace: VMs without NICs only), the simulator
// as VMM, a temp data dir and storage root, and PGlite or PostgreSQL.
// Tests talk to it over HTTP only, and look at the host the way an operator would: files in
// the storage root, TAPs in the namespace, and each VM's live Firecracker configuration
// through its API socket.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { FirecrackerClient, type FullVmConfiguration } from '@hearth/firecracker';
import pg from 'pg';
// VMMs are detached from the agent and outlive it: the agent's tests know how to end them
import { killAllVmms } from '../../packages/agent/test/support/vm-fixtures.ts';

const run = promisify(execFile);
const MANAGER_MAIN = new URL('../../packages/manager/src/main.ts', import.meta.url).pathname;

export const isRoot = process.getuid?.() === 0;
/** For what needs root: VMs with NICs (TAP devices), the agent's network namespace. */
export const needsRoot = isRoot ? false : 'needs root (TAP devices for NICs, network namespace)';

export type DatabaseKind = 'pglite' | 'postgres';
export const databaseKinds = (): DatabaseKind[] =>
  process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface ApiResponse<T = any> {
  status: number;
  body: T;
}

export interface Hearth {
  baseUrl: string;
  dataDir: string;
  storageRoot: string;
  /** a directory inside the agent's allowed paths, for host-path drives */
  hostFilesDir: string;
  /** the local agent's network namespace; null without root */
  netns: string | null;
  api<T = any>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>>;
  /** the VM's live configuration, straight from its Firecracker API socket */
  liveConfig(vmId: string): Promise<FullVmConfiguration>;
  vmDir(vmId: string): string;
  /** ids of the demo images the all-in-one registered */
  images(): Promise<{ kernel: string; rootfs: string }>;
  log(): string;
  /** pid of the manager process, and of its local agent (from the data dir's agent.pid) */
  managerPid(): number | null;
  agentPid(): Promise<number | null>;
  /** kill -9 of the manager process (its agent and VMMs live on, as after a crash) */
  killManager(): void;
  /** starts the manager again on the same data dir, port and namespace; resolves when healthy */
  restart(): Promise<void>;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.DATABASE_URL!;
  const name = `hearth_e2e_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`).finally(() => admin.end());
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => c.end());
    },
  };
}

export interface StartOptions {
  /**
   * Extra environment for the manager, e.g. { HEARTH_API_TOKEN: '...' } for a token-protected
   * server; `api()` (and the health check) then sends that token.
   */
  env?: NodeJS.ProcessEnv;
}

export async function startHearth(kind: DatabaseKind, options: StartOptions = {}): Promise<Hearth> {
  const id = randomBytes(4).toString('hex');
  const netns = isRoot ? `hearth-e2e-${id}` : null;
  const dir = await mkdtemp(join(tmpdir(), 'hearth-e2e-'));
  const dataDir = join(dir, 'data');
  const storageRoot = join(dir, 'vms');
  const hostFilesDir = join(dir, 'host-files');
  await mkdir(hostFilesDir, { recursive: true });

  const cleanups: Array<() => Promise<unknown>> = [() => rm(dir, { recursive: true, force: true })];
  const cleanup = async () => {
    for (const fn of cleanups.reverse()) await fn().catch(() => {});
  };
  let output = '';
  try {
    if (netns) {
      await run('ip', ['netns', 'add', netns]);
      cleanups.push(() => run('ip', ['netns', 'del', netns]));
      await run('ip', ['-n', netns, 'link', 'set', 'lo', 'up']);
    }
    let databaseUrl: string | undefined;
    if (kind === 'postgres') {
      const database = await createPostgresDatabase();
      cleanups.push(() => database.drop());
      databaseUrl = database.url;
    }
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      HEARTH_PORT: String(port),
      HEARTH_DATA_DIR: dataDir,
      HEARTH_STORAGE_ROOT: storageRoot,
      HEARTH_ALLOWED_PATHS: hostFilesDir,
      ...(netns ? { HEARTH_AGENT_NETNS: netns } : {}),
      HEARTH_STOP_TIMEOUT_MS: '3000',
      HEARTH_RECONCILE_INTERVAL_MS: '300',
      HEARTH_LOG_LEVEL: 'warn',
      ...options.env,
    };
    delete env.DATABASE_URL;
    delete env.HEARTH_FIRECRACKER_BIN;
    if (databaseUrl) env.DATABASE_URL = databaseUrl;
    const spawnManager = () => {
      const started = spawn(process.execPath, ['--import', 'tsx', MANAGER_MAIN], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      started.stdout?.on('data', (d) => (output += d));
      started.stderr?.on('data', (d) => (output += d));
      // HEARTH_E2E_VERBOSE=1 shows the manager's own output live, for a start that hangs
      if (process.env.HEARTH_E2E_VERBOSE) {
        started.stdout?.pipe(process.stderr);
        started.stderr?.pipe(process.stderr);
      }
      return started;
    };
    let child = spawnManager();
    const agentPidFile = join(dataDir, 'agent.pid');
    const agentPid = async () => {
      const pid = Number((await readFile(agentPidFile, 'utf8').catch(() => '')).trim());
      return pid > 0 ? pid : null;
    };
    cleanups.push(() => killAllVmms(storageRoot));
    // after a killManager() without restart(), its agent is still running: end it too
    cleanups.push(async () => {
      const pid = await agentPid();
      if (pid) await run('kill', ['-9', String(pid)]).catch(() => {});
    });
    cleanups.push(async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const exited = await Promise.race([
        new Promise((r) => child.once('exit', () => r(true))),
        new Promise((r) => setTimeout(() => r(false), 10_000)),
      ]);
      if (!exited) child.kill('SIGKILL');
    });

    const baseUrl = `http://127.0.0.1:${port}`;
    const api = async (method: string, path: string, body?: unknown): Promise<ApiResponse> => {
      const res = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(env.HEARTH_API_TOKEN ? { authorization: `Bearer ${env.HEARTH_API_TOKEN}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(60_000),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    };

    const untilHealthy = async () => {
      const deadline = Date.now() + 60_000;
      for (;;) {
        if (child.exitCode !== null) {
          throw new Error(`hearth exited (${child.exitCode}):\n${output}`);
        }
        if (Date.now() > deadline) throw new Error(`hearth did not come up in 60 s:\n${output}`);
        const ready = await api('GET', '/v1/hosts').catch(() => null);
        if (ready?.status === 200 && ready.body.items?.some((h: { healthy: boolean }) => h.healthy))
          break;
        await new Promise((r) => setTimeout(r, 200));
      }
    };
    await untilHealthy();

    const clients = new Map<string, FirecrackerClient>();
    cleanups.push(async () => {
      for (const c of clients.values()) await c.close();
    });
    return {
      baseUrl,
      dataDir,
      storageRoot,
      hostFilesDir,
      netns,
      api,
      liveConfig: async (vmId) => {
        const socketPath = join(storageRoot, vmId, 'sock', 'firecracker.sock');
        let client = clients.get(socketPath);
        if (!client) {
          client = new FirecrackerClient({ socketPath, timeoutMs: 5000 });
          clients.set(socketPath, client);
        }
        return client.getVmConfig();
      },
      vmDir: (vmId) => join(storageRoot, vmId),
      images: async () => {
        const res = await api('GET', '/v1/images');
        const items = res.body.items as Array<{ id: string; kind: string; name: string }>;
        const kernel = items.find((i) => i.kind === 'kernel');
        const rootfs = items.find((i) => i.kind === 'rootfs');
        if (!kernel || !rootfs) throw new Error(`demo images missing: ${JSON.stringify(res.body)}`);
        return { kernel: kernel.id, rootfs: rootfs.id };
      },
      log: () => output,
      managerPid: () => child.pid ?? null,
      agentPid,
      killManager: () => {
        child.kill('SIGKILL');
      },
      restart: async () => {
        if (child.exitCode === null && child.signalCode === null) {
          await new Promise((r) => child.once('exit', r));
        }
        child = spawnManager();
        await untilHealthy();
      },
      close: cleanup,
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}
