// What happened to a host rather than to one VM (migration 003's host_event): a changed
// identity or safety fact at re-registration, a heartbeat's refused claim, an orphan VMM
// stopped or an orphan TAP removed by the reconciler.
import type { EventLevel, HostEvent } from '@hearth/api';
import type { Db } from '../db/types.ts';

export async function recordHostEvent(
  db: Db,
  hostId: string,
  level: EventLevel,
  message: string,
  data: Record<string, unknown> = {},
): Promise<void> {
  await db
    .insertInto('host_event')
    .values({ host_id: hostId, level, message, data: JSON.stringify(data) })
    .execute();
}

/** The newest first. */
export async function listHostEvents(db: Db, hostId: string, limit: number): Promise<HostEvent[]> {
  const rows = await db
    .selectFrom('host_event')
    .selectAll()
    .where('host_id', '=', hostId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id), at: new Date(r.at).toISOString() }));
}
