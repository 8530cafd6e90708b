// A running Hearth for manager tests: a real agent process (started by the agent's launcher)
// with the simulator as VMM, a fresh database, the manager's app with the agent registered as
// a host through the API and two boot images registered. As root the agent runs in a
// throwaway network namespace (its bridge, TAPs and VMMs live there); without root it runs in
// the test's own namespace, where VMs without NICs work and anything needing a TAP fails, so
// those tests skip with `needsRoot`. Everything is torn down by close(), also after a failed
// test.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { launchAgent } from '@hearth/agent/process';
import { SIMULATOR_BIN_PATH, writeDemoKernel, writeSparseImage } from '@hearth/firecracker';
import type { FastifyInstance } from 'fastify';
// VMMs are detached from the agent and outlive it: the agent's tests know how to end them
import { killAllVmms } from '../../../agent/test/support/vm-fixtures.ts';
import { AgentClient } from '../../src/agents/agent-client.ts';
import { AgentDirectory } from '../../src/agents/agent-directory.ts';
import { buildApp } from '../../src/app.ts';
import { loadManagerConfig, type ManagerConfig } from '../../src/config.ts';
import type { ServiceContext } from '../../src/context.ts';
import { openDatabase } from '../../src/db/database.ts';
import { migrate } from '../../src/db/migrate.ts';
import { DatabaseChangeFeed } from '../../src/events/change-feed.ts';
import { ManagerInstance } from '../../src/instances/manager-instance.ts';
import { ManagerMetrics } from '../../src/metrics/manager-metrics.ts';
import { createServices, type ManagerServices } from '../../src/services.ts';
import { createTestDatabase, type DatabaseKind } from './databases.ts';

const run = promisify(execFile);

export const isRoot = process.getuid?.() === 0;
/**
 * For describe()/test() options of what needs root: starting a VM with NICs (TAP devices), or
 * the stack's network namespace. Everything else runs without root.
 */
export const needsRoot = isRoot ? false : 'needs root (TAP devices for NICs, network namespace)';

export const JOIN_TOKEN = 'test-join-token-0123456789';

export interface Stack {
  app: FastifyInstance;
  ctx: ServiceContext;
  /** the services the app's routes use (the reconciler needs the same lifecycle) */
  services: ManagerServices;
  config: ManagerConfig;
  /** the agent's network namespace; null without root (the agent runs in the test's own) */
  netns: string | null;
  dir: string;
  storageRoot: string;
  imagesDir: string;
  agent: AgentClient;
  agentAddr: string;
  agentToken: string;
  hostId: string;
  kernelImageId: string;
  rootfsImageId: string;
  /** JSON request through the app; returns status and parsed body */
  request<T = any>(
    method: string,
    url: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }>;
  /** creates a VM with the stack's images; `start` defaults to true as in the API */
  createVm(overrides?: Record<string, unknown>): Promise<{ status: number; body: any }>;
  /** the path of a VM's directory on the host */
  vmDir(vmId: string): string;
  close(): Promise<void>;
}

export interface StackOptions {
  env?: Record<string, string>;
  /** called with every SQL statement the manager sends (bench/sql-count counts them) */
  observeQueries?: (sql: string) => void;
}

export async function startStack(kind: DatabaseKind, options: StackOptions = {}): Promise<Stack> {
  const id = randomBytes(4).toString('hex');
  const netns = isRoot ? `hearth-m-${id}` : null;
  const dir = await mkdtemp(join(tmpdir(), 'hearth-stack-'));
  const storageRoot = join(dir, 'vms');
  const imagesDir = join(dir, 'images');
  await mkdir(storageRoot, { recursive: true });
  await mkdir(imagesDir, { recursive: true });
  await writeDemoKernel(join(imagesDir, 'vmlinux'));
  await writeSparseImage(join(imagesDir, 'rootfs.ext4'), 64 * 1024 * 1024);

  const cleanups: Array<() => Promise<unknown>> = [];
  const cleanup = async () => {
    for (const fn of cleanups.reverse()) await fn().catch(() => {});
  };
  cleanups.push(() => rm(dir, { recursive: true, force: true }));

  try {
    if (netns) {
      await run('ip', ['netns', 'add', netns]);
      cleanups.push(() => run('ip', ['netns', 'del', netns]));
      await run('ip', ['-n', netns, 'link', 'set', 'lo', 'up']);
    }

    cleanups.push(() => killAllVmms(storageRoot));
    const launched = await launchAgent({
      socketPath: join(dir, 'agent.sock'),
      logPath: join(dir, 'agent.log'),
      storageRoot,
      allowedPaths: [imagesDir],
      firecrackerBin: SIMULATOR_BIN_PATH,
      bridge: 'hearthbr0',
      stopTimeoutMs: 3000,
      logLevel: 'warn',
      netns,
      // the runner's own HEARTH_* (a developer's HEARTH_MANAGER_URL...) must not reach it
      dropEnv: Object.keys(process.env).filter((name) => name.startsWith('HEARTH_')),
      ...(options.env ? { env: options.env } : {}),
    });
    cleanups.push(() => launched.kill());
    const { addr: agentAddr, token: agentToken } = launched;
    const agent = new AgentClient({ addr: agentAddr, token: agentToken });
    cleanups.push(() => agent.close());

    const database = await createTestDatabase(kind);
    cleanups.push(() => database.drop());
    const opened = await openDatabase(database.config);
    cleanups.push(() => opened.close());
    await migrate(opened.db);

    const config: ManagerConfig = {
      ...loadManagerConfig({ HEARTH_JOIN_TOKEN: JOIN_TOKEN, HEARTH_DATA_DIR: dir }),
      database: database.config,
      stopTimeoutMs: 3000,
    };
    const metrics = new ManagerMetrics();
    const agents = new AgentDirectory(metrics.observeAgentCall);
    cleanups.push(() => agents.close());
    const changes = new DatabaseChangeFeed(opened.listen);
    cleanups.push(() => changes.close());
    const instance = new ManagerInstance();
    await instance.register(opened.db);
    cleanups.push(() => instance.stop(opened.db));
    const observe = options.observeQueries;
    // transformQuery also sees subqueries that are built into a larger statement (a CTE);
    // only an executed statement reaches transformResult, so that is where one is counted
    const compiled = new WeakMap<object, string>();
    const db = observe
      ? opened.db.withPlugin({
          transformQuery: ({ node, queryId }) => {
            compiled.set(queryId, opened.db.getExecutor().compileQuery(node, queryId).sql);
            return node;
          },
          transformResult: async ({ result, queryId }) => {
            observe(compiled.get(queryId) ?? '?');
            compiled.delete(queryId);
            return result;
          },
        })
      : opened.db;
    const ctx: ServiceContext = { db, config, agents, changes, instance, metrics };
    const services = createServices(ctx, { warn: () => {} });
    const app = await buildApp(ctx, { services });
    cleanups.push(() => app.close());

    const request = async (method: string, url: string, body?: unknown) => {
      const res = await app.inject({
        method: method as 'GET',
        url,
        ...(body === undefined ? {} : { payload: body as object }),
      });
      return { status: res.statusCode, body: res.body ? JSON.parse(res.body) : null };
    };

    const registered = await app.inject({
      method: 'POST',
      url: '/v1/hosts',
      headers: { authorization: `Bearer ${JOIN_TOKEN}` },
      payload: { name: `host-${id}`, addr: agentAddr, agent_token: agentToken },
    });
    if (registered.statusCode !== 201 && registered.statusCode !== 200) {
      throw new Error(`host registration failed: ${registered.statusCode} ${registered.body}`);
    }
    const hostId = JSON.parse(registered.body).id as string;
    const kernel = await request('POST', '/v1/images', {
      kind: 'kernel',
      name: 'test-kernel',
      path: join(imagesDir, 'vmlinux'),
      host_id: hostId,
    });
    const rootfs = await request('POST', '/v1/images', {
      kind: 'rootfs',
      name: 'test-rootfs',
      path: join(imagesDir, 'rootfs.ext4'),
      host_id: hostId,
    });
    if (kernel.status !== 201 || rootfs.status !== 201) {
      throw new Error(`image registration failed: ${JSON.stringify([kernel, rootfs])}`);
    }

    let vmCounter = 0;
    return {
      app,
      ctx,
      services,
      config,
      netns,
      dir,
      storageRoot,
      imagesDir,
      agent,
      agentAddr,
      agentToken,
      hostId,
      kernelImageId: kernel.body.id,
      rootfsImageId: rootfs.body.id,
      request,
      createVm: (overrides = {}) =>
        request('POST', '/v1/vms', {
          name: `vm-${id}-${++vmCounter}`,
          vcpu: 1,
          mem_mib: 128,
          kernel_image_id: kernel.body.id,
          rootfs_image_id: rootfs.body.id,
          ...overrides,
        }),
      vmDir: (vmId: string) => join(storageRoot, vmId),
      close: cleanup,
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}
