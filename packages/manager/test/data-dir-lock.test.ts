// The data-directory lock on its own: a live holder (this process) is refused with its facts,
// a dead holder's lock (an exited process, a reused pid, an unreadable file) is taken over,
// starts racing for one stale lock end with exactly one holder, and a release removes only
// the lock of the process releasing it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import {
  DataDirInUseError,
  LOCK_FILE_NAME,
  lockDataDir,
  type Serving,
} from '../src/startup/data-dir-lock.ts';
import { currentProcess } from '../src/startup/process-identity.ts';

const serving: Serving = {
  url: 'http://127.0.0.1:8080',
  listen: '127.0.0.1:8080',
  database: 'PGlite in /x/pgdata',
  local_agent: 'unix:/x/agent.sock',
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hearth-lockfile-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writeStaleLock(identity: { pid: number; start_time: string | null }) {
  const { boot_id } = await currentProcess();
  const record = { ...identity, boot_id, data_dir: dir, started_at: 'then', serving };
  await writeFile(join(dir, LOCK_FILE_NAME), JSON.stringify(record));
}

test('a live holder is refused, with its pid and what it serves', async () => {
  const lock = await lockDataDir(dir, serving);
  const err = await lockDataDir(dir, { ...serving, url: null }).catch((e) => e);
  assert.ok(err instanceof DataDirInUseError);
  assert.match(err.message, new RegExp(`data directory ${dir} is in use .* pid ${process.pid}\\b`));
  assert.match(
    err.message,
    /serving http:\/\/127\.0\.0\.1:8080 .*local agent unix:\/x\/agent\.sock/,
  );
  await lock.release();
  await assert.rejects(stat(join(dir, LOCK_FILE_NAME)));
});

test('the lock of an exited process is taken over', async () => {
  const exited = spawnSync('true').pid;
  await writeStaleLock({ pid: exited, start_time: '1' });
  const lock = await lockDataDir(dir, serving);
  const record = JSON.parse(await readFile(join(dir, LOCK_FILE_NAME), 'utf8'));
  assert.equal(record.pid, process.pid);
  await lock.release();
});

test('a lock naming a reused pid (another start time) is stale', async () => {
  await writeStaleLock({ pid: process.pid, start_time: 'not-this-one' });
  const lock = await lockDataDir(dir, serving);
  await lock.release();
});

test('an unreadable lock file is stale', async () => {
  await writeFile(join(dir, LOCK_FILE_NAME), '{"pid": 12');
  const lock = await lockDataDir(dir, serving);
  await lock.release();
});

test('starts racing for one stale lock: exactly one wins', async () => {
  await writeStaleLock({ pid: spawnSync('true').pid, start_time: '1' });
  const results = await Promise.allSettled(
    Array.from({ length: 8 }, () => lockDataDir(dir, serving)),
  );
  const won = results.filter((r) => r.status === 'fulfilled');
  assert.equal(won.length, 1, JSON.stringify(results.map((r) => r.status)));
  for (const r of results) {
    if (r.status === 'rejected') assert.ok(r.reason instanceof DataDirInUseError, r.reason);
  }
  await (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof lockDataDir>>>).value.release();
});

test("update() records the URL; release() leaves another holder's lock alone", async () => {
  const lock = await lockDataDir(dir, { ...serving, url: null });
  await lock.update(serving);
  const record = JSON.parse(await readFile(join(dir, LOCK_FILE_NAME), 'utf8'));
  assert.equal(record.serving.url, serving.url);
  await writeStaleLock({ pid: 1, start_time: 'someone-else' });
  await lock.release();
  lock.releaseSync();
  assert.ok((await stat(join(dir, LOCK_FILE_NAME))).isFile());
});
