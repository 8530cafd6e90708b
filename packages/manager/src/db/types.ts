import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.ts';

/** Repositories take either the database or a transaction as their first argument. */
export type Db = Kysely<Database> | Transaction<Database>;

export const iso = (d: Date | string): string =>
  (d instanceof Date ? d : new Date(d)).toISOString();
export const isoOrNull = (d: Date | string | null): string | null => (d === null ? null : iso(d));
export const jsonOrNull = (value: unknown): string | null =>
  value === null || value === undefined ? null : JSON.stringify(value);

/** PostgreSQL's unique_violation, raised the same way by pg and PGlite. */
export function uniqueViolation(err: unknown): string | null {
  const e = err as { code?: string; constraint?: string };
  return e?.code === '23505' ? (e.constraint ?? 'unique') : null;
}
