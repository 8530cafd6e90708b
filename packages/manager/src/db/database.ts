// Opens the database: PostgreSQL through `pg` when DATABASE_URL is set, embedded PGlite
// (a data directory) otherwise. Both speak the same SQL; the one driver difference that
// leaks into rows (pg returns BIGINT as a string) is removed here, per pool, so the rest
// of the code sees numbers from both.
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
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
  if (config.dataDir) await mkdir(config.dataDir, { recursive: true });
  const pglite = config.dataDir ? new PGlite(config.dataDir) : new PGlite();
  await pglite.waitReady;
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    // one process holds the embedded database, so its notifications never get lost
    listen: async (channel, onPayload) => {
      const unlisten = await pglite.listen(channel, onPayload);
      return async () => {
        if (!pglite.closed) await unlisten();
      };
    },
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
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
