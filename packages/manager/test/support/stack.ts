// A running Hearth for manager tests: a real agent process inside a throwaway network
// namespace (its bridge, TAPs and VMMs live there), the simulator as VMM, a fresh database,
// the manager's app with the agent registered as a host through the API and two boot images
// registered. Everything is torn down by close(), also after a failed test.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AGENT_MAIN_PATH } from '@hearth/agent/host-probe';
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
import { createTestDatabase, type DatabaseKind } from './databases.ts';

const run = promisify(execFile);

export const isRoot = process.getuid?.() === 0;
/** For describe()/test() options: skip with a visible reason when not root. */
export const needsRoot = isRoot ? false : 'needs root (network namespace, TAP devices)';

export const JOIN_TOKEN = 'test-join-token-0123456789';

export interface Stack {
  app: FastifyInstance;
  ctx: ServiceContext;
  config: ManagerConfig;
  netns: string;
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
}

async function waitForHealth(agent: AgentClient, proc: ChildProcess, log: () => string) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`agent exited (${proc.exitCode}):\n${log()}`);
    try {
      await agent.health();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`agent did not become healthy in 20 s:\n${log()}`);
}

export async function startStack(kind: DatabaseKind, options: StackOptions = {}): Promise<Stack> {
  const id = randomBytes(4).toString('hex');
  const netns = `hearth-m-${id}`;
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
    await run('ip', ['netns', 'add', netns]);
    cleanups.push(() => run('ip', ['netns', 'del', netns]));
    await run('ip', ['-n', netns, 'link', 'set', 'lo', 'up']);

    const agentToken = randomBytes(24).toString('hex');
    const socketPath = join(dir, 'agent.sock');
    const proc = spawn(
      'ip',
      ['netns', 'exec', netns, process.execPath, '--import', 'tsx', AGENT_MAIN_PATH],
      {
        env: {
          ...process.env,
          HEARTH_AGENT_LISTEN: `unix:${socketPath}`,
          HEARTH_AGENT_TOKEN: agentToken,
          HEARTH_STORAGE_ROOT: storageRoot,
          HEARTH_ALLOWED_PATHS: imagesDir,
          HEARTH_FIRECRACKER_BIN: SIMULATOR_BIN_PATH,
          HEARTH_BRIDGE: 'hearthbr0',
          HEARTH_STOP_TIMEOUT_MS: '3000',
          HEARTH_LOG_LEVEL: 'warn',
          ...options.env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let agentLog = '';
    proc.stdout?.on('data', (d) => (agentLog += d));
    proc.stderr?.on('data', (d) => (agentLog += d));
    cleanups.push(() => killAllVmms(storageRoot));
    cleanups.push(async () => {
      if (proc.exitCode === null) {
        proc.kill('SIGKILL');
        await new Promise((r) => proc.once('exit', r));
      }
    });
    const agentAddr = `unix:${socketPath}`;
    const agent = new AgentClient({ addr: agentAddr, token: agentToken });
    cleanups.push(() => agent.close());
    await waitForHealth(agent, proc, () => agentLog);

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
    const agents = new AgentDirectory();
    cleanups.push(() => agents.close());
    const changes = new DatabaseChangeFeed(opened.listen);
    cleanups.push(() => changes.close());
    const ctx: ServiceContext = { db: opened.db, config, agents, changes };
    const app = await buildApp(ctx);
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
