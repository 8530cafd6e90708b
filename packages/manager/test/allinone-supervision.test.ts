// The all-in-one supervises its local agent: an agent killed with kill -9 is started again on
// the same socket with the same token, so the registered host stays valid, and the new agent
// re-attaches to the VMMs that kept running (same pid), which it can then stop.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { killAllVmms } from '../../agent/test/support/vm-fixtures.ts';
import {
  agentPidFile,
  alive,
  createDemoVm,
  exitWithin,
  getJson,
  killManager,
  logEntries,
  netnsPids,
  postJson,
  type SpawnedManager,
  spawnManager,
  waitForBanner,
} from './support/all-in-one-process.ts';
import { createTestDatabase, forEachDatabase, type TestDatabase } from './support/databases.ts';
import { isRoot } from './support/stack.ts';

const run = promisify(execFile);
// the backoff is short, but tsx compiles the agent again and it re-attaches first
const RESTART_WITHIN_MS = 60_000;

async function vmmPid(storageRoot: string, vmId: string): Promise<number> {
  const record = JSON.parse(await readFile(join(storageRoot, vmId, 'vmm.json'), 'utf8'));
  return record.pid;
}

async function until<T>(what: string, ms: number, probe: () => Promise<T | null>): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

forEachDatabase((kind) => {
  describe('the all-in-one supervises its local agent', () => {
    const netns = isRoot ? `hearth-sup-${randomBytes(4).toString('hex')}` : null;
    let dir: string;
    let storageRoot: string;
    let database: TestDatabase;
    let manager: SpawnedManager | null = null;

    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'hearth-sup-'));
      storageRoot = join(dir, 'vms');
      if (netns) await run('ip', ['netns', 'add', netns]);
      database = await createTestDatabase(kind);
    });

    after(async () => {
      if (manager) await killManager(manager);
      const agent = await agentPidFile(dir);
      if (alive(agent)) process.kill(agent, 'SIGKILL');
      await killAllVmms(storageRoot).catch(() => {});
      if (netns) {
        for (const pid of await netnsPids(netns).catch(() => [])) process.kill(pid, 'SIGKILL');
        await run('ip', ['netns', 'del', netns]).catch(() => {});
      }
      await database?.drop();
      await rm(dir, { recursive: true, force: true });
    });

    test('an agent killed with kill -9 is restarted; the VM keeps its VMM and stops', async () => {
      const m = spawnManager({
        HEARTH_DATA_DIR: dir,
        HEARTH_PORT: '0',
        ...(netns ? { HEARTH_AGENT_NETNS: netns } : {}),
        HEARTH_STORAGE_ROOT: storageRoot,
        HEARTH_STOP_TIMEOUT_MS: '2000',
        ...(database.config.kind === 'postgres' ? { DATABASE_URL: database.config.url } : {}),
      });
      manager = m;
      const url = await waitForBanner(m);
      const vm = await createDemoVm(url, 'survivor');
      assert.equal(vm.status, 201, JSON.stringify(vm.body));
      assert.equal(vm.body.state, 'running');
      const vmm = await vmmPid(storageRoot, vm.body.id);
      assert.ok(alive(vmm));
      const hostsBefore = (await getJson(url, '/v1/hosts')).body.items;

      const killed = await agentPidFile(dir);
      assert.ok(alive(killed));
      process.kill(killed, 'SIGKILL');

      const restarted = await until('a new local agent', RESTART_WITHIN_MS, async () => {
        const pid = await agentPidFile(dir);
        const logged = logEntries(m).some(
          (e) => e.msg === 'local agent restarted' && e.agent_pid === pid,
        );
        return pid !== null && pid !== killed && alive(pid) && logged ? pid : null;
      });
      assert.ok(
        logEntries(m).some((e) => e.msg === 'local agent exited; restarting it' && e.backoff_ms),
        'the exit and the backoff are logged',
      );
      assert.equal(alive(killed), false);

      // the host row was not touched: same id, same socket (and token, or the calls below fail)
      assert.deepEqual((await getJson(url, '/v1/hosts')).body.items[0].id, hostsBefore[0].id);
      assert.equal((await getJson(url, '/v1/hosts')).body.items[0].addr, hostsBefore[0].addr);
      const shown = await getJson(url, `/v1/vms/${vm.body.id}`);
      assert.equal(shown.body.state, 'running', JSON.stringify(shown.body));
      assert.equal(await vmmPid(storageRoot, vm.body.id), vmm, 'the same VMM process');
      assert.ok(alive(vmm), 'the VMM survived the agent');

      const stopped = await postJson(url, `/v1/vms/${vm.body.id}/stop`);
      assert.equal(stopped.status, 200, JSON.stringify(stopped.body));
      assert.equal(stopped.body.state, 'stopped');
      await until('the VMM to exit', 10_000, async () => (alive(vmm) ? null : true));

      m.proc.kill('SIGTERM');
      assert.equal(await exitWithin(m, 20_000), 0, m.output());
      assert.equal(alive(restarted), false, 'a clean stop stops the restarted agent too');
      assert.doesNotMatch(
        m.output().split('"signal":"SIGTERM"')[1] ?? '',
        /restarting it/,
        'an agent stopped on purpose is not restarted',
      );
    });
  });
});
