// Kysely over the PGlite worker thread: the same adapter, compiler and introspector as
// PostgreSQL, and a driver that hands out the single PGlite session one holder at a time
// (as kysely-pglite-dialect does in-process), so a transaction's statements never mix with
// another caller's. A connection is bound to the worker it was taken on: if that worker dies
// mid-transaction, the rest of the transaction fails instead of running on a new session.
import {
  CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import type { PGliteSession, PGliteThread } from './pglite-thread.ts';

class ThreadConnection implements DatabaseConnection {
  constructor(readonly session: PGliteSession) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.session.query(query.sql, query.parameters);
    const rows = result.rows as R[];
    return result.affectedRows ? { rows, numAffectedRows: BigInt(result.affectedRows) } : { rows };
  }

  // biome-ignore lint/correctness/useYield: streaming is not offered; Kysely needs the method
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming queries are not supported on embedded PGlite');
  }
}

class ThreadDriver implements Driver {
  #busy = false;
  /** callers waiting for the session, first come first served; release hands it over */
  readonly #waiting: (() => void)[] = [];

  constructor(private readonly thread: PGliteThread) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    if (this.#busy) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#busy = true;
    try {
      return new ThreadConnection(await this.thread.session());
    } catch (err) {
      this.#release();
      throw err;
    }
  }

  async releaseConnection(): Promise<void> {
    this.#release();
  }

  async beginTransaction(conn: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const begin = settings.isolationLevel
      ? `start transaction isolation level ${settings.isolationLevel}`
      : 'begin';
    await conn.executeQuery(CompiledQuery.raw(begin));
  }

  async commitTransaction(conn: DatabaseConnection): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(conn: DatabaseConnection): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw('rollback'));
  }

  async destroy(): Promise<void> {
    await this.thread.close();
  }

  #release(): void {
    const next = this.#waiting.shift();
    if (next)
      next(); // stays busy: handed to the next waiter
    else this.#busy = false;
  }
}

export class PGliteThreadDialect implements Dialect {
  constructor(private readonly thread: PGliteThread) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new ThreadDriver(this.thread);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }
}
