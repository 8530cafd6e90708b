import { sql } from 'kysely';
import type { Db } from '../db/types.ts';

/**
 * Takes or renews the named lease for `holder` for `seconds`. Returns true when `holder` owns
 * it afterwards: the lease was free, expired, already ours, or held by a manager instance that
 * is no longer alive. Used so that one manager replica runs a background loop at a time.
 */
export async function acquireLease(
  db: Db,
  name: string,
  holder: string,
  seconds: number,
): Promise<boolean> {
  const row = await db
    .insertInto('lease')
    .values({ name, holder, expires_at: sql`now() + make_interval(secs => ${seconds})` as never })
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet({
          holder,
          expires_at: sql`now() + make_interval(secs => ${seconds})` as never,
        })
        .where((eb) =>
          eb.or([
            eb('lease.holder', '=', holder),
            eb('lease.expires_at', '<', sql<Date>`now()`),
            // a holder that is a dead manager instance (kill -9) gives the lease up at once
            sql<boolean>`not exists (select 1 from manager_instance mi
              where mi.id = lease.holder and mi.expires_at > now())`,
          ]),
        ),
    )
    .returning('holder')
    .executeTakeFirst();
  return row?.holder === holder;
}

export async function releaseLease(db: Db, name: string, holder: string): Promise<void> {
  await db.deleteFrom('lease').where('name', '=', name).where('holder', '=', holder).execute();
}
