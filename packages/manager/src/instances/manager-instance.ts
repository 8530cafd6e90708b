// A manager process's identity in the database. Every transition a process starts carries its
// id (vm.transition_owner), and the process renews a short lease on its row while it lives,
// so a transition whose owner died (kill -9, a lost host) is recognised within seconds and
// taken over, while a slow start by a live manager is never stolen. The lease is renewed on
// the database clock, so replicas on machines with skewed clocks agree.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { sql } from 'kysely';
import type { Db } from '../db/types.ts';

/** How long a row stays valid without renewal; renewed every third of it. */
export const INSTANCE_LEASE_SECONDS = 15;

export class ManagerInstance {
  readonly id = randomUUID();
  #timer: NodeJS.Timeout | null = null;

  /** Writes the row and renews it until stop(); a failed renewal is retried at the next tick. */
  async register(db: Db, onRenewFailure: (err: unknown) => void = () => {}): Promise<void> {
    await this.#renew(db);
    this.#timer = setInterval(
      () => void this.#renew(db).catch(onRenewFailure),
      (INSTANCE_LEASE_SECONDS * 1000) / 3,
    );
    this.#timer.unref();
  }

  /** A clean shutdown gives up the lease at once, so nobody waits for it to expire. */
  async stop(db: Db): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    await db.deleteFrom('manager_instance').where('id', '=', this.id).execute();
  }

  async #renew(db: Db): Promise<void> {
    const expires = sql`now() + make_interval(secs => ${INSTANCE_LEASE_SECONDS})` as never;
    await db
      .insertInto('manager_instance')
      .values({ id: this.id, pid: process.pid, hostname: hostname(), expires_at: expires })
      .onConflict((oc) => oc.column('id').doUpdateSet({ expires_at: expires }))
      .execute();
  }
}

/**
 * SQL true when the transition on `vm` has a live owner. A row without an owner (written
 * before owners existed) counts as ownerless, hence takeable.
 */
export const transitionOwnerAlive = sql<boolean>`exists (
  select 1 from manager_instance mi
  where mi.id = vm.transition_owner and mi.expires_at > now())`;

/** Instances whose lease ran out are gone for good: their rows only slow the query above. */
export async function pruneExpiredInstances(db: Db): Promise<void> {
  await db
    .deleteFrom('manager_instance')
    .where('expires_at', '<', sql<Date>`now() - interval '1 hour'`)
    .execute();
}
