// The change feed behind GET /v1/events/stream: the database announces every committed change
// (migration 002's triggers, channel `hearth_change`); each manager process holds one LISTEN
// and fans the changes out to its open streams. Nothing is kept in memory that a restart
// would lose: a client that reconnects refetches what it shows.
import type { ChangeEvent } from '@hearth/api';
import type { Listen } from '../db/database.ts';

export const CHANGE_CHANNEL = 'hearth_change';

export interface ChangeSubscriber {
  onChange(change: ChangeEvent): void;
  /** the feed lost its database session: changes may have been missed, so refetch */
  onReset(): void;
}

export interface ChangeFeed {
  /** Starts listening with the first subscriber. Returns the unsubscribe function. */
  subscribe(subscriber: ChangeSubscriber): Promise<() => void>;
  close(): Promise<void>;
}

interface Logger {
  warn(obj: object, msg: string): void;
}

const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 10_000;

export class DatabaseChangeFeed implements ChangeFeed {
  readonly #subscribers = new Set<ChangeSubscriber>();
  #session: Promise<() => Promise<void>> | null = null;
  #retryMs = RETRY_MIN_MS;
  #retryTimer: NodeJS.Timeout | null = null;
  #closed = false;

  constructor(
    private readonly listen: Listen,
    private readonly log: Logger = { warn: () => {} },
  ) {}

  async subscribe(subscriber: ChangeSubscriber): Promise<() => void> {
    if (this.#closed) throw new Error('change feed closed');
    this.#subscribers.add(subscriber);
    try {
      await this.#ensureSession();
    } catch (err) {
      this.#subscribers.delete(subscriber);
      throw err;
    }
    return () => this.#subscribers.delete(subscriber);
  }

  async close(): Promise<void> {
    this.#closed = true;
    if (this.#retryTimer) clearTimeout(this.#retryTimer);
    this.#subscribers.clear();
    const session = this.#session;
    this.#session = null;
    if (session) await (await session.catch(() => null))?.();
  }

  #ensureSession(): Promise<unknown> {
    this.#session ??= this.listen(
      CHANGE_CHANNEL,
      (payload) => this.#deliver(payload),
      (err) => this.#lost(err),
    ).then(
      (unlisten) => {
        this.#retryMs = RETRY_MIN_MS;
        return unlisten;
      },
      (err: Error) => {
        this.#session = null;
        throw err;
      },
    );
    return this.#session;
  }

  #deliver(payload: string): void {
    let change: ChangeEvent;
    try {
      change = JSON.parse(payload) as ChangeEvent;
    } catch {
      this.log.warn({ payload }, 'ignoring a change notification that is not JSON');
      return;
    }
    for (const s of this.#subscribers) s.onChange(change);
  }

  /** Subscribers learn at once; the session comes back with backoff while anyone listens. */
  #lost(err: Error): void {
    this.log.warn({ err: err.message }, 'change feed lost its database session; reconnecting');
    this.#session = null;
    for (const s of this.#subscribers) s.onReset();
    const retry = () => {
      this.#retryTimer = null;
      if (this.#closed || this.#subscribers.size === 0) return;
      this.#ensureSession().catch(() => {
        this.#retryMs = Math.min(this.#retryMs * 2, RETRY_MAX_MS);
        this.#retryTimer = setTimeout(retry, this.#retryMs);
      });
    };
    this.#retryTimer = setTimeout(retry, this.#retryMs);
  }
}
