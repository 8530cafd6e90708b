import type { EventLevel, VmEvent } from '@hearth/api';
import { type OperationNodeSource, sql } from 'kysely';
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

/**
 * Runs `write` (an INSERT, UPDATE or DELETE ... RETURNING *) and records `event` in the same
 * statement, a data-modifying CTE, only when `write` returned a row: a change and its event
 * are written together or not at all, in one round trip. The first returned row, if any.
 */
export async function writeWithEvent<Row>(
  db: Db,
  write: OperationNodeSource,
  event: NewEvent,
): Promise<Row | undefined> {
  const { rows } = await sql<Row>`
    with written as (${write}),
    logged as (
      insert into vm_event (vm_id, level, message, data)
      select ${event.vm_id}::uuid, ${event.level}, ${event.message}, ${JSON.stringify(event.data ?? {})}::jsonb
      where exists (select 1 from written)
    )
    select * from written`.execute(db);
  return rows[0];
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
