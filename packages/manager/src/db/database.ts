// Opens the database: PostgreSQL through `pg` when DATABASE_URL is set, embedded PGlite
// (a data directory) otherwise. Both speak the same SQL; the one driver difference that
// leaks into rows (pg returns BIGINT as a string) is removed here, per pool, so the rest
// of the code sees numbers from both.
//
// Embedded PGlite runs in a worker thread (pglite-thread.ts), never on the event loop, with
// smaller memory settings than PostgreSQL's defaults: docs/embedded-database.md has the
// measurements behind both choices (bench/embedded-db.bench.ts).
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGliteThread } from './pglite-thread.ts';
import { PGliteThreadDialect } from './pglite-thread-dialect.ts';
import type { Database } from './schema.ts';

export type DatabaseConfig =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string | null /* null: in memory, for tests only */ };

/** Delivery of NOTIFY payloads on one channel; `onLost` when the session ended (changes may be missed). */
export type Listen = (
  channel: string,
  onPayload: (payload: string) => void,
  onLost: (err: Error) => void,
) => Promise<() => Promise<void>>;

export interface OpenDatabase {
  db: Kysely<Database>;
  kind: DatabaseConfig['kind'];
  /** LISTEN on a session of its own (PostgreSQL) or on the embedded database (PGlite) */
  listen: Listen;
  close(): Promise<void>;
}

const CHANNEL_NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * PostgreSQL settings for embedded PGlite. shared_buffers: PostgreSQL's 128MB default is
 * zeroed at start, so all of it is resident in the WebAssembly heap from the first second;
 * 16MB holds the working set of a 10k-VM fleet (the OS page cache holds the rest).
 */
export const PGLITE_SETTINGS: Record<string, string> = { shared_buffers: '16MB' };

const INT8_OID = 20;

export async function openDatabase(config: DatabaseConfig): Promise<OpenDatabase> {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: config.url,
      max: config.poolSize ?? 10,
      types: {
        getTypeParser: (oid: number, format?: 'text' | 'binary') =>
          oid === INT8_OID
            ? (value: string) => Number(value)
            : pg.types.getTypeParser(oid, format as 'text'),
      } as pg.CustomTypesConfig,
    });
    // An idle connection the server drops (restart, failover, admin termination) is an
    // 'error' event on the pool; without a listener it would crash the process. The pool
    // discards that connection and opens a new one on the next query.
    pool.on('error', (err) => {
      process.stderr.write(`PostgreSQL: idle connection lost: ${err.message}\n`);
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', listen: postgresListen(config.url), close: () => db.destroy() };
  }
  if (config.dataDir) await initDataDir(config.dataDir);
  const thread = new PGliteThread({ dataDir: config.dataDir, settings: PGLITE_SETTINGS });
  await thread.session(); // a data directory that cannot be opened fails the start, loudly
  const db = new Kysely<Database>({ dialect: new PGliteThreadDialect(thread) });
  return {
    db,
    kind: 'pglite',
    // One manager process owns the data directory (the data-dir lock), so notifications are
    // lost only with the worker: then onLost, and the change feed re-listens and refetches.
    listen: async (channel, onPayload, onLost) => {
      const session = await thread.session();
      const unlisten = await session.listen(channel, onPayload);
      const stopWatching = session.onLost(onLost);
      return async () => {
        stopWatching();
        await unlisten().catch(() => {}); // a lost session has nothing left to unlisten
      };
    },
    // Kysely destroys only a driver it has used; the thread is closed either way
    close: async () => {
      await db.destroy();
      await thread.close();
    },
  };
}

/**
 * A new data directory is initialised (initdb) by a thread of its own that then ends: initdb
 * peaks at ~900 MiB of WebAssembly memory, which a thread only returns to the system when it
 * ends, so the thread that serves the manager starts on a ready directory instead (about
 * 330 MiB with 10k VMs, as after any restart). PG_VERSION marks an initialised directory;
 * if an earlier initdb died half-way, the serving thread meets the directory as it did before.
 */
async function initDataDir(dataDir: string): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  if (existsSync(join(dataDir, 'PG_VERSION'))) return;
  const init = new PGliteThread({ dataDir, settings: PGLITE_SETTINGS });
  try {
    await init.session();
  } finally {
    await init.close();
  }
}

/** A LISTEN session outside the pool: a pooled connection would be handed to other queries. */
function postgresListen(url: string): Listen {
  return async (channel, onPayload, onLost) => {
    if (!CHANNEL_NAME.test(channel)) throw new Error(`bad channel name ${channel}`);
    const client = new pg.Client({ connectionString: url });
    let closing = false;
    const lost = (err: Error) => {
      if (closing) return;
      closing = true;
      client.end().catch(() => {});
      onLost(err);
    };
    client.on('notification', (msg) => {
      if (msg.channel === channel && msg.payload !== undefined) onPayload(msg.payload);
    });
    client.on('error', lost);
    client.on('end', () => lost(new Error('LISTEN connection ended')));
    await client.connect();
    await client.query(`LISTEN ${channel}`);
    return async () => {
      closing = true;
      await client.end().catch(() => {});
    };
  };
}
