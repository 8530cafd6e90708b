// A heartbeat proves an agent can reach the manager, not that the manager can reach the
// agent (the agent may have died after its last heartbeat, or be cut off one way). The
// reconciler calls every host's agent each pass and records the answer here; a host is
// healthy only while both hold (hosts.repository.ts selectHosts).
import { sql } from 'kysely';
import type { Db } from '../db/types.ts';

/** True when the host had been marked unreachable (it has just come back). */
export async function markReachable(db: Db, hostId: string): Promise<boolean> {
  const row = await db
    .updateTable('host')
    .set({ unreachable_since: null })
    .where('id', '=', hostId)
    .where('unreachable_since', 'is not', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** True when the host had been reachable until now (the first failed call). */
export async function markUnreachable(db: Db, hostId: string): Promise<boolean> {
  const row = await db
    .updateTable('host')
    .set({ unreachable_since: sql`now()` as never })
    .where('id', '=', hostId)
    .where('unreachable_since', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}
