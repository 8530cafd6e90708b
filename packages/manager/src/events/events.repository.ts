import type { EventLevel, VmEvent } from '@hearth/api';
import { type Db, iso } from '../db/types.ts';

export interface NewEvent {
  vm_id: string;
  level: EventLevel;
  message: string;
  data?: Record<string, unknown>;
}

export async function insertEvent(db: Db, event: NewEvent): Promise<void> {
  await db
    .insertInto('vm_event')
    .values({ ...event, data: JSON.stringify(event.data ?? {}) })
    .execute();
}

/** Newest first. */
export async function listEvents(db: Db, vmId: string, limit: number): Promise<VmEvent[]> {
  const rows = await db
    .selectFrom('vm_event')
    .selectAll()
    .where('vm_id', '=', vmId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    vm_id: r.vm_id,
    at: iso(r.at),
    level: r.level,
    message: r.message,
    data: r.data,
  }));
}
