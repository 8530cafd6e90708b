// The manager's side of the PGlite worker thread (pglite-worker.ts): requests out, replies,
// rows and notifications back, all as messages, so the event loop never runs the database.
//
// Invariants:
// - Every request is answered: by its reply, or, when the worker dies (a WebAssembly abort,
//   an uncaught error, terminate()), by a DatabaseLostError. No caller waits forever on a
//   dead worker.
// - One worker is one "session". After a loss the next request starts a new worker on the
//   same data directory (PostgreSQL's WAL recovery makes that safe), but a Kysely connection
//   or a LISTEN taken on the old session stays dead: a transaction never continues on a
//   fresh session, and a listener hears `onLost` (the change feed re-listens and refetches).
// - The worker keeps the process alive only while requests are pending, like an in-process
//   PGlite, which holds no handle at all.
import { Worker } from 'node:worker_threads';
import {
  fromWireError,
  type QueryResult,
  type Reply,
  type Request,
  type WorkerSettings,
} from './pglite-protocol.ts';

const WORKER_URL = new URL('./pglite-worker.mjs', import.meta.url);
const CLOSE_TIMEOUT_MS = 10_000;

export class DatabaseLostError extends Error {
  override name = 'DatabaseLostError';
}

type Distributive<T> = T extends unknown ? Omit<T, 'id'> : never;
type Call = Distributive<Request>;

/** One worker thread running one PGlite. */
export class PGliteSession {
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve(r?: QueryResult): void; reject(e: Error): void }>();
  readonly #listeners = new Map<string, Set<(payload: string) => void>>();
  readonly #lostHandlers = new Set<(err: Error) => void>();
  #nextId = 1;
  #lost: Error | null = null;
  readonly ready: Promise<void>;
  /** resolves when the thread has ended, for whatever reason */
  readonly exited: Promise<void>;

  constructor(settings: WorkerSettings) {
    // execArgv []: the worker is plain JavaScript and needs no loader (tsx) of the parent's
    this.#worker = new Worker(WORKER_URL, { workerData: settings, execArgv: [] });
    this.#worker.unref();
    let markReady: () => void = () => {};
    let failReady: (err: Error) => void = () => {};
    this.ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      failReady = reject;
    });
    this.ready.catch(() => {}); // also surfaced through #lose
    this.#worker.on('message', (reply: Reply) => {
      switch (reply.kind) {
        case 'ready':
          return markReady();
        case 'failed':
          return this.#lose(fromWireError(reply.error));
        case 'notification':
          for (const fn of this.#listeners.get(reply.channel) ?? []) fn(reply.payload);
          return;
        case 'result':
          return this.#settle(reply.id)?.resolve(reply.result);
        case 'error':
          return this.#settle(reply.id)?.reject(fromWireError(reply.error));
      }
    });
    this.#worker.on('error', (err) => this.#lose(err));
    this.exited = new Promise((resolve) => {
      this.#worker.on('exit', (code) => {
        this.#lose(new DatabaseLostError(`the embedded database thread ended (exit code ${code})`));
        resolve();
      });
    });
    this.#lostHandlers.add((err) => failReady(err));
  }

  get lost(): Error | null {
    return this.#lost;
  }

  query(sql: string, params: readonly unknown[]): Promise<QueryResult> {
    return this.#call({ op: 'query', sql, params: [...params] }) as Promise<QueryResult>;
  }

  /** Adds a listener for `channel`; LISTEN is issued once per channel. */
  async listen(
    channel: string,
    onPayload: (payload: string) => void,
  ): Promise<() => Promise<void>> {
    let set = this.#listeners.get(channel);
    if (!set) {
      set = new Set();
      this.#listeners.set(channel, set);
      await this.#call({ op: 'listen', channel });
    }
    set.add(onPayload);
    return async () => {
      set.delete(onPayload);
      if (set.size > 0 || this.#lost) return;
      this.#listeners.delete(channel);
      await this.#call({ op: 'unlisten', channel });
    };
  }

  /** `fn` runs once, when this session ends unexpectedly (not on close()). */
  onLost(fn: (err: Error) => void): () => void {
    this.#lostHandlers.add(fn);
    return () => this.#lostHandlers.delete(fn);
  }

  /** Closes PGlite cleanly (a checkpoint), then the thread; terminates it if that hangs. */
  async close(): Promise<void> {
    if (!this.#lost) {
      this.#lostHandlers.clear(); // a requested end is not a loss
      const timer = setTimeout(() => void this.#worker.terminate(), CLOSE_TIMEOUT_MS);
      await this.#call({ op: 'close' }).catch(() => {});
      await this.exited;
      clearTimeout(timer);
    }
  }

  /** Ends the thread at once, as a crash would (tests, and a close that hangs). */
  async terminate(): Promise<void> {
    await this.#worker.terminate();
    await this.exited;
  }

  #call(call: Call): Promise<QueryResult | undefined> {
    if (this.#lost) return Promise.reject(this.#lost);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      if (this.#pending.size === 1) this.#worker.ref();
      this.#worker.postMessage({ ...call, id } as Request);
    });
  }

  #settle(id: number) {
    const entry = this.#pending.get(id);
    this.#pending.delete(id);
    if (this.#pending.size === 0) this.#worker.unref();
    return entry;
  }

  #lose(err: Error): void {
    if (this.#lost) return;
    this.#lost =
      err instanceof DatabaseLostError
        ? err
        : new DatabaseLostError(`the embedded database failed: ${err.message}`, { cause: err });
    for (const { reject } of this.#pending.values()) reject(this.#lost);
    this.#pending.clear();
    this.#listeners.clear();
    for (const fn of this.#lostHandlers) fn(this.#lost);
    this.#lostHandlers.clear();
    void this.#worker.terminate();
  }
}

/**
 * The current session, restarted on demand after a loss. Concurrent callers that find the
 * session lost share one restart.
 */
export class PGliteThread {
  #session: Promise<PGliteSession> | null = null;
  #closed = false;

  constructor(private readonly settings: WorkerSettings) {}

  /** The live session, starting a new worker if there is none or it was lost. */
  session(): Promise<PGliteSession> {
    if (this.#closed) return Promise.reject(new Error('the embedded database is closed'));
    const current = this.#session;
    if (current) {
      return current.then(
        (s) => (s.lost ? this.#start(current) : s),
        () => this.#start(current),
      );
    }
    return this.#start(null);
  }

  /** idempotent */
  async close(): Promise<void> {
    this.#closed = true;
    const session = await this.#session?.catch(() => null);
    await session?.close();
  }

  #start(replacing: Promise<PGliteSession> | null): Promise<PGliteSession> {
    if (this.#session !== replacing) return this.session(); // another caller restarted it
    const started = (async () => {
      const session = new PGliteSession(this.settings);
      await session.ready;
      return session;
    })();
    this.#session = started;
    return started;
  }
}
