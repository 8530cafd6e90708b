// Embedded PGlite off the event loop (issue 11): while a query runs for about a second on the
// embedded database, the manager's timers keep firing on time; a worker that dies answers its
// callers with errors (no hang), its listeners hear that the session was lost, a transaction
// never continues on the replacement, and the next query runs on a new worker over the same
// data. PGlite only: PostgreSQL runs in its own server anyway.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { Kysely, sql } from 'kysely';
import { openDatabase } from '../src/db/database.ts';
import { DatabaseLostError, PGliteThread } from '../src/db/pglite-thread.ts';
import { PGliteThreadDialect } from '../src/db/pglite-thread-dialect.ts';

/** about a second of work inside PostgreSQL on this machine (3e6 rows through a filter) */
const LONG_QUERY = 'SELECT count(*) AS n FROM generate_series(1, 3000000) g WHERE g % 7 = 3';
const TICK_MS = 10;
/** how late a 10 ms timer may fire on a loaded 2-core CI machine; the query is far longer */
const LATE_BOUND_MS = 150;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hearth-embedded-db-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs `fn` while a 10 ms timer ticks; returns how long it took and the latest tick. */
async function worstTimerDelay(fn: () => Promise<unknown>): Promise<{ ms: number; late: number }> {
  let late = 0;
  let expected = performance.now() + TICK_MS;
  const timer = setInterval(() => {
    const now = performance.now();
    late = Math.max(late, now - expected);
    expected = now + TICK_MS;
  }, TICK_MS);
  const started = performance.now();
  try {
    await fn();
    const ms = performance.now() - started;
    await new Promise((r) => setTimeout(r, TICK_MS * 3)); // a tick held back fires now
    return { ms, late };
  } finally {
    clearInterval(timer);
  }
}

test('timers keep firing on time while a long query runs on the embedded database', async () => {
  const open = await openDatabase({ kind: 'pglite', dataDir: dir });
  try {
    const { ms, late } = await worstTimerDelay(() => sql.raw(LONG_QUERY).execute(open.db));
    // the query must be long enough to matter, or this test proves nothing
    assert.ok(ms > LATE_BOUND_MS * 3, `the query took only ${ms.toFixed(0)} ms`);
    assert.ok(
      late < LATE_BOUND_MS,
      `a timer fired ${late.toFixed(0)} ms late during a ${ms.toFixed(0)} ms query`,
    );
  } finally {
    await open.close();
  }
});

test('a worker that dies fails its pending query and listeners at once; the next query gets a new worker', async () => {
  const thread = new PGliteThread({ dataDir: dir, settings: {} });
  try {
    const first = await thread.session();
    await first.query('CREATE TABLE t (n int)', []);
    await first.query('INSERT INTO t VALUES (1)', []);
    const lost: Error[] = [];
    first.onLost((err) => lost.push(err));
    await first.listen('hearth_change', () => {});

    const pending = first.query(LONG_QUERY, []);
    await new Promise((r) => setTimeout(r, 100)); // the query is running in the worker
    const killedAt = performance.now();
    await first.terminate(); // as a WebAssembly abort or an uncaught error would end it
    await assert.rejects(pending, DatabaseLostError);
    assert.ok(performance.now() - killedAt < 2000, 'the pending query was answered promptly');
    assert.equal(lost.length, 1, 'the listener heard that the session was lost');
    await assert.rejects(first.query('SELECT 1', []), DatabaseLostError);

    const second = await thread.session();
    assert.notEqual(second, first);
    const { rows } = await second.query('SELECT n FROM t', []);
    assert.deepEqual(rows, [{ n: 1 }], 'the new worker opened the same data');
  } finally {
    await thread.close();
  }
});

test('a transaction whose worker died fails; it never continues on the new worker', async () => {
  const thread = new PGliteThread({ dataDir: dir, settings: {} });
  const db = new Kysely<{ t: { n: number } }>({ dialect: new PGliteThreadDialect(thread) });
  try {
    await sql`CREATE TABLE t (n int)`.execute(db);
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        await sql`INSERT INTO t VALUES (1)`.execute(trx);
        await (await thread.session()).terminate();
        await sql`INSERT INTO t VALUES (2)`.execute(trx);
      }),
      DatabaseLostError,
    );
    const rows = await db.selectFrom('t').selectAll().execute();
    assert.deepEqual(rows, [], 'nothing of the broken transaction was committed');
  } finally {
    await db.destroy();
  }
});

test('errors keep the fields callers branch on (code, constraint), and BIGINT is a number', async () => {
  const open = await openDatabase({ kind: 'pglite', dataDir: null });
  try {
    await sql`CREATE TABLE u (name text UNIQUE)`.execute(open.db);
    await sql`INSERT INTO u VALUES ('a')`.execute(open.db);
    await assert.rejects(sql`INSERT INTO u VALUES ('a')`.execute(open.db), {
      code: '23505',
      constraint: 'u_name_key',
    });
    const { rows } = await sql<{ n: unknown }>`SELECT count(*) AS n FROM u`.execute(open.db);
    assert.deepEqual(rows, [{ n: 1 }]);
  } finally {
    await open.close();
  }
});
