// Tombstones of deleted VMs (migration 006): a deleted VM's events stay readable, and a
// request for the VM itself says it was deleted and when, until the retention prunes both.
import { sql } from 'kysely';
import { type Db, iso } from '../db/types.ts';

export interface DeletedVm {
  id: string;
  name: string;
  host_id: string | null;
  deleted_at: string;
}

export async function findDeletedVm(db: Db, id: string): Promise<DeletedVm | null> {
  const row = await db.selectFrom('deleted_vm').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? { ...row, deleted_at: iso(row.deleted_at) } : null;
}

/**
 * Deletes the tombstones older than `retentionHours` with their events, and events whose VM
 * has neither a row nor a tombstone (one recorded by a late writer after the VM was gone) once
 * they are as old. Returns how many events went.
 */
export async function pruneDeletedVms(db: Db, retentionHours: number): Promise<number> {
  const cutoff = sql<Date>`now() - make_interval(hours => ${retentionHours})`;
  return db.transaction().execute(async (tx) => {
    const expired = await tx
      .deleteFrom('deleted_vm')
      .where('deleted_at', '<', cutoff)
      .returning('id')
      .execute();
    let removed = 0;
    if (expired.length > 0) {
      const events = await tx
        .deleteFrom('vm_event')
        .where(
          'vm_id',
          'in',
          expired.map((row) => row.id),
        )
        .executeTakeFirst();
      removed += Number(events.numDeletedRows);
    }
    const strays = await tx
      .deleteFrom('vm_event')
      .where('at', '<', cutoff)
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('vm').select('vm.id').whereRef('vm.id', '=', 'vm_event.vm_id'))),
      )
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('deleted_vm')
              .select('deleted_vm.id')
              .whereRef('deleted_vm.id', '=', 'vm_event.vm_id'),
          ),
        ),
      )
      .executeTakeFirst();
    return removed + Number(strays.numDeletedRows);
  });
}
