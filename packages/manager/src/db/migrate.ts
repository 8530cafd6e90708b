// Applies the numbered SQL files of migrations/ in order, each in its own transaction and
// recorded in schema_migrations. An advisory lock makes concurrent manager replicas that
// start together apply each migration once.
import { readdir, readFile } from 'node:fs/promises';
import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.ts';

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);
const MIGRATION_FILE = /^(\d{3})_[a-z0-9_]+\.sql$/;
const LOCK_KEY = 0x4865617274; // "Heart"

export interface AppliedMigration {
  version: number;
  name: string;
}

/**
 * PGlite runs queries through the extended protocol, which takes one statement at a time, so
 * a migration file is split into statements: at each `;` that ends a line, except inside a
 * dollar-quoted body (`$$ ... $$`, `$fn$ ... $fn$`), so trigger functions can be migrations.
 */
export function splitStatements(sqlText: string): string[] {
  const statements: string[] = [];
  let current = '';
  let quote: string | null = null; // the open dollar-quote tag, e.g. '$$'
  for (const line of sqlText.split(/\r?\n/)) {
    for (const tag of line.match(/\$[A-Za-z_]*\$/g) ?? []) {
      if (quote === null) quote = tag;
      else if (tag === quote) quote = null;
    }
    current += `${line}\n`;
    if (quote === null && /;[ \t]*(--.*)?$/.test(line)) {
      statements.push(current.replace(/;[ \t]*(--.*)?\n$/, ''));
      current = '';
    }
  }
  statements.push(current);
  return statements
    .map((s) => s.replace(/^(\s*--[^\n]*\n)+/, '').trim())
    .filter((s) => s.length > 0);
}

export async function migrate(db: Kysely<Database>): Promise<AppliedMigration[]> {
  const files = (await readdir(MIGRATIONS_DIR)).filter((f) => MIGRATION_FILE.test(f)).sort();
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);

  const applied: AppliedMigration[] = [];
  for (const name of files) {
    const version = Number(name.slice(0, 3));
    const sqlText = await readFile(new URL(name, MIGRATIONS_DIR), 'utf8');
    const didApply = await db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(${LOCK_KEY})`.execute(trx);
      const done = await sql<{ version: number }>`
        SELECT version FROM schema_migrations WHERE version = ${version}`.execute(trx);
      if (done.rows.length > 0) return false;
      for (const statement of splitStatements(sqlText)) await sql.raw(statement).execute(trx);
      await sql`INSERT INTO schema_migrations (version, name) VALUES (${version}, ${name})`.execute(
        trx,
      );
      return true;
    });
    if (didApply) applied.push({ version, name });
  }
  return applied;
}
