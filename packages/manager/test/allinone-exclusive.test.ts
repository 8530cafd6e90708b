// One data directory, one Hearth: a second `npm start` on a data directory in use refuses at
// once, names the process that holds it and changes nothing of it (its agent, socket, token,
// host row and files); a lock left by a manager killed with kill -9 does not block the next
// start; a start whose port is taken fails before it spawns an agent or opens its database.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import {
  agentPidFile,
  alive,
  createDemoVm,
  exitWithin,
  getJson,
  killManager,
  netnsPids,
  type SpawnedManager,
  spawnManager,
  waitForBanner,
} from './support/all-in-one-process.ts';
import { createTestDatabase, forEachDatabase, type TestDatabase } from './support/databases.ts';
import { isRoot } from './support/stack.ts';

const run = promisify(execFile);
// tsx compiles main.ts first; refusing must not wait for more than that
const REFUSE_WITHIN_MS = 30_000;
const LOCK_FILE = 'hearth.lock';

/** What a second process could have changed: every file but the database's and the logs. */
async function snapshot(dir: string, prefix = ''): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    if (prefix === '' && (name === 'pgdata' || name === 'logs')) continue;
    const path = join(dir, name);
    const s = await stat(path);
    const key = `${prefix}${name}`;
    if (s.isDirectory()) Object.assign(out, await snapshot(path, `${key}/`));
    else if (s.isFile() && s.size < 4096) {
      out[key] = `${s.ino} ${s.mtimeMs} ${await readFile(path, 'utf8')}`;
    } else out[key] = `${s.ino} ${s.mtimeMs} ${s.size}`;
  }
  return out;
}

forEachDatabase((kind) => {
  describe('one data directory, one Hearth', () => {
    const netns = isRoot ? `hearth-lock-${randomBytes(4).toString('hex')}` : null;
    let dir: string;
    let database: TestDatabase;
    const spawned: SpawnedManager[] = [];
    let first: SpawnedManager;
    let firstUrl: string;

    const settings = (extra: Record<string, string> = {}) => ({
      HEARTH_DATA_DIR: dir,
      HEARTH_PORT: '0',
      ...(netns ? { HEARTH_AGENT_NETNS: netns } : {}),
      HEARTH_STORAGE_ROOT: join(dir, 'vms'),
      HEARTH_STOP_TIMEOUT_MS: '2000',
      ...(database.config.kind === 'postgres' ? { DATABASE_URL: database.config.url } : {}),
      ...extra,
    });
    const start = (extra?: Record<string, string>) => {
      const m = spawnManager(settings(extra));
      spawned.push(m);
      return m;
    };

    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'hearth-lock-'));
      if (netns) await run('ip', ['netns', 'add', netns]);
      database = await createTestDatabase(kind);
      first = start();
      firstUrl = await waitForBanner(first);
    });

    after(async () => {
      for (const m of spawned) await killManager(m);
      const agent = await agentPidFile(dir);
      if (alive(agent)) process.kill(agent, 'SIGKILL');
      if (netns) {
        for (const pid of await netnsPids(netns).catch(() => [])) process.kill(pid, 'SIGKILL');
        await run('ip', ['netns', 'del', netns]).catch(() => {});
      }
      await database?.drop();
      await rm(dir, { recursive: true, force: true });
    });

    /** The first instance is as it was: same agent, same host, and its agent takes its token. */
    async function assertFirstUntouched(before: Record<string, string>, agentPid: number | null) {
      assert.deepEqual(await snapshot(dir), before, 'no file of the data directory changed');
      assert.equal(await agentPidFile(dir), agentPid);
      assert.ok(alive(agentPid), "the first instance's agent still runs");
      const hosts = await getJson(firstUrl, '/v1/hosts');
      assert.equal(hosts.body.items.length, 1);
      assert.equal(hosts.body.items[0].addr, `unix:${join(dir, 'agent.sock')}`);
      assert.equal(hosts.body.items[0].healthy, true);
      // a call through the agent: fails with "Wrong bearer token" once another token took over
      const vm = await createDemoVm(firstUrl, `vm-${randomBytes(3).toString('hex')}`);
      assert.equal(vm.status, 201, JSON.stringify(vm.body));
      assert.equal(vm.body.state, 'running');
      const deleted = await getJson(firstUrl, `/v1/vms/${vm.body.id}`, { method: 'DELETE' });
      assert.equal(deleted.status, 204);
    }

    async function assertRefused(second: SpawnedManager) {
      const code = await exitWithin(second, REFUSE_WITHIN_MS);
      assert.notEqual(code, 'timeout', `the second process kept running:\n${second.output()}`);
      assert.notEqual(code, 0);
      const out = second.output();
      assert.match(out, new RegExp(`data directory ${dir} is in use`), out);
      assert.match(out, new RegExp(`pid ${first.proc.pid}\\b`), out);
      assert.ok(out.includes(firstUrl), `the message names what the holder serves:\n${out}`);
      assert.doesNotMatch(out, /local agent started|stopped the local agent/);
    }

    test('a second start on the same data dir and port refuses and changes nothing', async () => {
      const files = await snapshot(dir);
      const agentPid = await agentPidFile(dir);
      const second = start({ HEARTH_PORT: new URL(firstUrl).port });
      await assertRefused(second);
      await assertFirstUntouched(files, agentPid);
      assert.ok(files[LOCK_FILE], 'the data directory is locked');
    });

    test('a second start on the same data dir and another port refuses too', async () => {
      const files = await snapshot(dir);
      const agentPid = await agentPidFile(dir);
      const second = start();
      await assertRefused(second);
      await assertFirstUntouched(files, agentPid);
    });

    test('a lock left by a manager killed with kill -9 does not block the next start', async () => {
      const orphan = await agentPidFile(dir);
      await killManager(first);
      const stale = await readFile(join(dir, LOCK_FILE), 'utf8');
      assert.match(stale, new RegExp(`"pid":\\s*${first.proc.pid}\\b`), 'the lock is left behind');

      const next = start();
      await waitForBanner(next);
      assert.equal(alive(orphan), false, "the killed manager's agent was stopped");
      assert.notEqual(
        await readFile(join(dir, LOCK_FILE), 'utf8'),
        stale,
        'the new start holds it',
      );
      next.proc.kill('SIGTERM');
      const code = await exitWithin(next, 20_000);
      assert.equal(code, 0, `exit ${code}, signal ${next.proc.signalCode}:\n${next.output()}`);
      await assert.rejects(stat(join(dir, LOCK_FILE)), 'a clean stop releases the lock');
    });
  });
});

describe('a start whose port is taken', () => {
  test('fails before it spawns an agent or opens its database, and leaves no process', async (t) => {
    const netns = isRoot ? `hearth-port-${randomBytes(4).toString('hex')}` : null;
    const dir = await mkdtemp(join(tmpdir(), 'hearth-port-'));
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    if (netns) await run('ip', ['netns', 'add', netns]);
    const m = spawnManager({
      HEARTH_DATA_DIR: dir,
      HEARTH_PORT: String(port),
      HEARTH_STORAGE_ROOT: join(dir, 'vms'),
      ...(netns ? { HEARTH_AGENT_NETNS: netns } : {}),
    });
    t.after(async () => {
      await killManager(m);
      const agent = await agentPidFile(dir);
      if (alive(agent)) process.kill(agent, 'SIGKILL');
      if (netns) {
        for (const pid of await netnsPids(netns).catch(() => [])) process.kill(pid, 'SIGKILL');
        await run('ip', ['netns', 'del', netns]).catch(() => {});
      }
      await new Promise((r) => taken.close(r));
      await rm(dir, { recursive: true, force: true });
    });

    const code = await exitWithin(m, REFUSE_WITHIN_MS);
    assert.notEqual(code, 'timeout', m.output());
    assert.notEqual(code, 0);
    assert.match(m.output(), new RegExp(`127\\.0\\.0\\.1:${port} is already in use`), m.output());
    assert.doesNotMatch(m.output(), /local agent started/);
    assert.equal(await agentPidFile(dir), null, 'no agent was left running');
    if (netns) assert.deepEqual(await netnsPids(netns), [], 'nothing runs in the namespace');
    const left = await readdir(dir);
    assert.ok(!left.includes('pgdata'), `the database was not opened: ${left}`);
    assert.ok(!left.includes(LOCK_FILE), 'the data directory is unlocked again');
  });
});
