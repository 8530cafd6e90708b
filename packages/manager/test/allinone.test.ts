// The all-in-one `npm start` as a real process: the manager on a free port with a temp data
// dir, its local agent inside a throwaway network namespace as root (in the test's own
// namespace otherwise, as a non-root `npm start` runs it), the simulator as VMM. It must
// come up with one healthy host that says it is simulated and the demo images, run a VM,
// stop cleanly on SIGTERM without leaving its agent behind, and start again idempotently.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import {
  alive,
  netnsPids,
  type SpawnedManager,
  spawnManager,
  waitForBanner,
} from './support/all-in-one-process.ts';
import { createTestDatabase, forEachDatabase, type TestDatabase } from './support/databases.ts';
import { isRoot } from './support/stack.ts';

const run = promisify(execFile);

interface Manager extends SpawnedManager {
  url: string;
  agentPid: number | null;
}

forEachDatabase((kind) => {
  describe('all-in-one npm start', () => {
    const netns = isRoot ? `hearth-aio-${randomBytes(4).toString('hex')}` : null;
    let dir: string;
    let database: TestDatabase;
    const started: Manager[] = [];

    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'hearth-aio-'));
      if (netns) await run('ip', ['netns', 'add', netns]);
      database = await createTestDatabase(kind);
    });

    after(async () => {
      for (const m of started) {
        if (m.proc.exitCode === null && m.proc.signalCode === null) m.proc.kill('SIGKILL');
        if (alive(m.agentPid)) process.kill(m.agentPid, 'SIGKILL');
      }
      if (netns) {
        for (const pid of await netnsPids(netns).catch(() => [])) process.kill(pid, 'SIGKILL');
        await run('ip', ['netns', 'del', netns]).catch(() => {});
      }
      await database?.drop();
      await rm(dir, { recursive: true, force: true });
    });

    const settings = (extra: Record<string, string> = {}) => ({
      HEARTH_DATA_DIR: dir,
      HEARTH_PORT: '0',
      ...(netns ? { HEARTH_AGENT_NETNS: netns } : {}),
      HEARTH_STORAGE_ROOT: join(dir, 'vms'),
      HEARTH_STOP_TIMEOUT_MS: '2000',
      ...(database.config.kind === 'postgres' ? { DATABASE_URL: database.config.url } : {}),
      ...extra,
    });

    async function startManager(): Promise<Manager> {
      const spawned = spawnManager(settings());
      const manager: Manager = { ...spawned, url: '', agentPid: null };
      started.push(manager);
      manager.url = await waitForBanner(spawned);
      const out = spawned.output();
      const agentLine = out
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { msg?: string; agent_pid?: number })
        .find((entry) => entry.msg === 'local agent started');
      assert.ok(agentLine?.agent_pid, `no agent pid in the log:\n${out}`);
      manager.agentPid = agentLine.agent_pid;
      return manager;
    }

    async function stopManager(m: Manager): Promise<void> {
      m.proc.kill('SIGTERM');
      const code = await Promise.race([
        m.exit,
        new Promise((r) => setTimeout(() => r('timeout'), 20_000)),
      ]);
      assert.equal(code, 0, `exit after SIGTERM:\n${m.output()}`);
      assert.equal(alive(m.agentPid), false, 'the local agent process must be gone');
      if (netns) {
        assert.deepEqual(await netnsPids(netns), [], 'nothing may keep running in the namespace');
      }
      assert.match(m.output(), /VMMs are detached and keep running/);
    }

    const getJson = async (m: Manager, path: string, init?: RequestInit) => {
      const res = await fetch(`${m.url}${path}`, init);
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    };

    let hostId: string;
    let imageIds: string[];

    test('starts, says SIMULATOR loudly, registers its agent as a healthy host and the demo images', async () => {
      const m = await startManager();
      assert.equal((await getJson(m, '/healthz')).status, 200);
      assert.match(m.output(), /!!\s+SIMULATOR MODE/);
      assert.match(m.output(), /curl -s http:\/\/127\.0\.0\.1:\d+\/v1\/hosts/);

      const hosts = await getJson(m, '/v1/hosts');
      assert.equal(hosts.status, 200);
      assert.equal(hosts.body.items.length, 1);
      const host = hosts.body.items[0];
      assert.equal(host.healthy, true);
      assert.equal(host.capabilities.vmm_mode, 'simulator');
      assert.equal(host.capabilities.simulator, true);
      assert.match(host.capabilities.simulator_warning, /SIMULATOR/);
      assert.ok(host.capabilities.simulator_reasons.length > 0);
      assert.equal(host.capabilities.firecracker.simulator, true);
      assert.equal(host.capabilities.storage_root, join(dir, 'vms'));
      assert.equal(host.addr, `unix:${join(dir, 'agent.sock')}`);
      hostId = host.id;

      if (netns) {
        assert.ok(
          m.agentPid !== null && (await netnsPids(netns)).includes(m.agentPid),
          'the local agent runs inside HEARTH_AGENT_NETNS',
        );
      }

      const images = await getJson(m, '/v1/images');
      const byName = Object.fromEntries(
        images.body.items.map((i: { name: string }) => [i.name, i]),
      );
      assert.deepEqual(Object.keys(byName).sort(), ['demo-kernel', 'demo-rootfs']);
      assert.equal(byName['demo-kernel'].path, join(dir, 'images', 'vmlinux'));
      assert.equal(byName['demo-rootfs'].path, join(dir, 'images', 'rootfs.ext4'));
      const rootfs = await stat(join(dir, 'images', 'rootfs.ext4'));
      assert.ok(rootfs.blocks * 512 < rootfs.size, 'the demo rootfs is sparse');
      imageIds = images.body.items.map((i: { id: string }) => i.id).sort();

      // the demo images are good enough for the simulator to run a VM at once
      const created = await getJson(m, '/v1/vms', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          name: 'demo-1',
          vcpu: 1,
          mem_mib: 128,
          kernel_image_id: byName['demo-kernel'].id,
          rootfs_image_id: byName['demo-rootfs'].id,
        }),
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal(created.body.state, 'running');
      assert.ok((await readdir(join(dir, 'vms'))).includes(created.body.id));
      const deleted = await getJson(m, `/v1/vms/${created.body.id}`, { method: 'DELETE' });
      assert.equal(deleted.status, 204);

      await stopManager(m);
      const agentLog = await readFile(join(dir, 'logs', 'agent.log'), 'utf8');
      assert.match(agentLog, /agent listening/);
    });

    test('a restart on the same data dir keeps the host and the demo images (idempotent)', async () => {
      const m = await startManager();
      const hosts = await getJson(m, '/v1/hosts');
      assert.deepEqual(
        hosts.body.items.map((h: { id: string }) => h.id),
        [hostId],
      );
      assert.equal(hosts.body.items[0].healthy, true);
      const images = await getJson(m, '/v1/images');
      assert.deepEqual(images.body.items.map((i: { id: string }) => i.id).sort(), imageIds);
      await stopManager(m);
    });

    test('a manager killed with SIGKILL leaves its agent; the next start stops that orphan first', async () => {
      const killed = await startManager();
      killed.proc.kill('SIGKILL');
      await killed.exit;
      assert.equal(alive(killed.agentPid), true, 'the orphaned agent still runs');

      const m = await startManager();
      assert.equal(alive(killed.agentPid), false, 'the orphan was stopped');
      assert.match(m.output(), /stopped the local agent of an earlier run first/);
      const hosts = await getJson(m, '/v1/hosts');
      assert.deepEqual(
        hosts.body.items.map((h: { id: string; healthy: boolean }) => [h.id, h.healthy]),
        [[hostId, true]],
      );
      await stopManager(m);
    });
  });
});

describe('npm start configuration', () => {
  test('HEARTH_LOCAL_AGENT=off: the manager alone, no agent, hosts only through the join token', async (t) => {
    const dir = await mkdtemp(join(tmpdir(), 'hearth-aio-off-'));
    const spawned = spawnManager({
      HEARTH_LOCAL_AGENT: 'off',
      HEARTH_DATA_DIR: dir,
      HEARTH_PORT: '0',
    });
    t.after(async () => {
      if (spawned.proc.exitCode === null && spawned.proc.signalCode === null) {
        spawned.proc.kill('SIGKILL');
        await spawned.exit;
      }
      await rm(dir, { recursive: true, force: true });
    });
    const url = await waitForBanner(spawned);
    const hosts = await (await fetch(`${url}/v1/hosts`)).json();
    assert.deepEqual(hosts, { items: [] });
    assert.match(spawned.output(), /HEARTH_JOIN_TOKEN is not set: no host can register/);
    assert.doesNotMatch(spawned.output(), /local agent started|SIMULATOR MODE/);
    await assert.rejects(stat(join(dir, 'agent.sock')));
    spawned.proc.kill('SIGTERM');
    assert.equal(await spawned.exit, 0);
  });

  test('listening beyond loopback without HEARTH_API_TOKEN is refused before anything starts', async () => {
    const spawned = spawnManager({ HEARTH_LISTEN_HOST: '0.0.0.0', HEARTH_LOCAL_AGENT: 'off' });
    assert.equal(await spawned.exit, 2);
    assert.match(
      spawned.output(),
      /Configuration error: Refusing to listen on 0\.0\.0\.0 without HEARTH_API_TOKEN/,
    );
  });
});
