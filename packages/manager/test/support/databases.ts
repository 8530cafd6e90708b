// One test suite, two databases (STYLE.md #7): every manager test runs on embedded PGlite
// and, when DATABASE_URL is set (CI sets it), on PostgreSQL. Each suite gets a database of
// its own (a fresh PGlite data dir, or CREATE DATABASE on the server) dropped at the end.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'node:test';
import pg from 'pg';
import type { DatabaseConfig } from '../../src/db/database.ts';

export type DatabaseKind = DatabaseConfig['kind'];

const OBJECT_IN_USE = '55006';

export function databaseKinds(): DatabaseKind[] {
  return process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/** describe() the same tests once per database kind. */
export function forEachDatabase(fn: (kind: DatabaseKind) => void): void {
  if (!process.env.DATABASE_URL) {
    console.log('# DATABASE_URL is not set: manager tests run on PGlite only');
  }
  for (const kind of databaseKinds()) describe(`on ${kind}`, () => fn(kind));
}

export interface TestDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const dir = await mkdtemp(join(tmpdir(), 'hearth-pglite-'));
    return {
      config: { kind: 'pglite', dataDir: dir },
      drop: () => rm(dir, { recursive: true, force: true }),
    };
  }
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('DATABASE_URL is required for PostgreSQL tests');
  const name = `hearth_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    config: { kind: 'postgres', url: url.toString(), poolSize: 4 },
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        // the suite's pool may still be closing its connections: wait for them before
        // forcing, so no test process sees its connection killed
        for (let attempt = 0; attempt < 50; attempt++) {
          try {
            await client.query(`DROP DATABASE IF EXISTS ${name}`);
            return;
          } catch (err) {
            if ((err as { code?: string }).code !== OBJECT_IN_USE) throw err;
            await new Promise((r) => setTimeout(r, 100));
          }
        }
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
