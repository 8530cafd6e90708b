import type { Vm, VmListItem, VmState } from '@hearth/api';
import { type Selectable, sql, type UpdateQueryBuilder } from 'kysely';
import type { Database, VmStateColumn, VmTable } from '../db/schema.ts';
import { type Db, iso, isoOrNull, jsonOrNull } from '../db/types.ts';
import {
  type DriveRecord,
  insertDrivesQuery,
  type NewDrive,
  toDrive,
} from '../drives/drives.repository.ts';
import type { NewEvent } from '../events/events.repository.ts';
import { transitionOwnerAlive } from '../instances/manager-instance.ts';
import { insertNicsQuery, type NewNic, type NicRecord, toNic } from '../nics/nics.repository.ts';

export type NewVm = Pick<
  Vm,
  | 'id'
  | 'name'
  | 'host_id'
  | 'state'
  | 'vcpu'
  | 'mem_mib'
  | 'kernel_image_id'
  | 'rootfs_image_id'
  | 'boot_args'
  | 'desired_state'
> & {
  transition_owner?: string | null;
  restart_policy?: 'no' | 'on-failure';
  restart_max_retries?: number;
};

export const toVm = (r: Selectable<VmTable>): Vm => ({
  id: r.id,
  name: r.name,
  host_id: r.host_id,
  state: r.state,
  desired_state: r.desired_state,
  restart_policy: { name: r.restart_policy, max_retries: r.restart_max_retries },
  restart_count: r.restart_count,
  vcpu: r.vcpu,
  mem_mib: r.mem_mib,
  kernel_image_id: r.kernel_image_id,
  rootfs_image_id: r.rootfs_image_id,
  boot_args: r.boot_args,
  mmds: r.mmds ?? false,
  last_error: (r.last_error as Vm['last_error']) ?? null,
  started_at: isoOrNull(r.started_at),
  created_at: iso(r.created_at),
  updated_at: iso(r.updated_at),
});

export interface CreatedVm {
  vm: Vm;
  /** in listDrives' order */
  drives: DriveRecord[];
  /** in listNics' order */
  nics: NicRecord[];
}

/**
 * A new VM, its drives, its NICs and its creation event in one statement (data-modifying
 * CTEs; the foreign keys are checked at its end): all written or none, in one round trip.
 * The rows come back as JSON, sorted by the database as the lists sort them.
 */
export async function insertVmWithDevices(
  db: Db,
  vm: NewVm,
  drives: NewDrive[],
  nics: NewNic[],
  event: TransitionEvent,
): Promise<CreatedVm> {
  const nicRows = nics.length
    ? sql`(${insertNicsQuery(db, nics)})`
    : sql`(select * from vm_nic where false)`;
  const { rows } = await sql<{ vm: unknown; drives: unknown[]; nics: unknown[] }>`
    with v as (${db.insertInto('vm').values(vm).returningAll()}),
    d as (${insertDrivesQuery(db, drives)}),
    n as ${nicRows},
    e as (
      insert into vm_event (vm_id, level, message, data)
      select v.id, ${event.level}, ${event.message}, ${JSON.stringify(event.data ?? {})}::jsonb from v
    )
    select
      (select to_jsonb(v) from v) as vm,
      (select coalesce(jsonb_agg(to_jsonb(d) order by d.is_root_device desc, d.drive_id), '[]') from d) as drives,
      (select coalesce(jsonb_agg(to_jsonb(n) order by n.iface_id), '[]') from n) as nics
  `.execute(db);
  const [row] = rows;
  if (!row) throw new Error('the VM insert returned no row');
  return {
    vm: toVm(row.vm as Selectable<VmTable>),
    drives: row.drives.map((d) => toDrive(d as Parameters<typeof toDrive>[0])),
    nics: row.nics.map((n) => toNic(n as Parameters<typeof toNic>[0])),
  };
}

export async function findVm(db: Db, id: string): Promise<Vm | null> {
  const row = await db.selectFrom('vm').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toVm(row) : null;
}

export async function vmNameTaken(db: Db, name: string): Promise<boolean> {
  const row = await db.selectFrom('vm').select('id').where('name', '=', name).executeTakeFirst();
  return row !== undefined;
}

export interface VmListFilter {
  /** exact name */
  name?: string;
  /** part of the name, any case (LIKE wildcards in it match literally) */
  nameContains?: string;
  state?: VmState;
  host_id?: string;
  limit: number;
  /** keyset: list continues after this (created_at, id) */
  after?: { created_at: string; id: string };
}

/**
 * Oldest first, keyset-paginated on (created_at, id) so pages are stable under inserts. The
 * ORDER BY and the cursor comparison are exactly the columns of vm_created_idx, so a page
 * walks the index (created_at is stored in milliseconds, as the cursor carries it: migration
 * 004); test/vm-list-plan.test.ts pins the plan.
 */
export async function listVms(db: Db, filter: VmListFilter): Promise<VmListItem[]> {
  let q = db
    .selectFrom('vm')
    .selectAll('vm')
    .select((eb) => [
      eb
        .selectFrom('vm_drive')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('vm_drive.vm_id', '=', 'vm.id')
        .as('drive_count'),
      eb
        .selectFrom('vm_nic')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('vm_nic.vm_id', '=', 'vm.id')
        .as('nic_count'),
    ])
    .orderBy('vm.created_at')
    .orderBy('vm.id')
    .limit(filter.limit);
  if (filter.name) q = q.where('name', '=', filter.name);
  if (filter.nameContains) {
    const escaped = filter.nameContains.replace(/[\\%_]/g, (c) => `\\${c}`);
    q = q.where('name', 'ilike', `%${escaped}%`);
  }
  if (filter.state) q = q.where('state', '=', filter.state);
  if (filter.host_id) q = q.where('host_id', '=', filter.host_id);
  if (filter.after) {
    const { created_at, id } = filter.after;
    q = q.where(sql<boolean>`(vm.created_at, vm.id) > (${created_at}::timestamptz, ${id}::uuid)`);
  }
  return (await q.execute()).map((r) => ({
    ...toVm(r),
    drive_count: Number(r.drive_count ?? 0),
    nic_count: Number(r.nic_count ?? 0),
  }));
}

/**
 * The per-VM lock: atomically moves the VM from one of `from` into the transitional state
 * `to` (a single UPDATE, so concurrent requests on any manager replica serialize on the row),
 * owned by `owner` (a manager instance). A transitional state whose owner is no longer alive
 * (manager_instance lease expired) is a crashed transition and may be taken over; a live
 * owner's transition, however slow, never is. `desired` records what the user asked for;
 * a user's start also resets the automatic restart count.
 */
export async function beginTransition(
  db: Db,
  id: string,
  from: readonly VmState[],
  to: VmState,
  owner: string,
  desired?: { state: 'running' | 'stopped'; byUser: boolean },
  event?: TransitionEvent,
): Promise<Vm | null> {
  const update = db
    .updateTable('vm')
    .set({
      state: to,
      transition_at: sql`now()` as never,
      transition_owner: owner,
      updated_at: sql`now()` as never,
      ...(desired ? { desired_state: desired.state } : {}),
      ...(desired?.byUser ? { restart_count: 0, next_restart_at: null } : {}),
    })
    .where('id', '=', id)
    .where((eb) =>
      eb.or([
        from.length > 0 ? eb('state', 'in', from) : eb.lit(false),
        eb.and([
          eb('state', 'in', ['starting', 'stopping', 'deleting']),
          eb.not(transitionOwnerAlive),
        ]),
      ]),
    )
    .returningAll();
  const row = await withEvent(db, update, event);
  return row ? toVm(row) : null;
}

/** MMDS is read at the next start, like the devices. */
export async function updateMmds(db: Db, id: string, mmds: boolean): Promise<void> {
  await db
    .updateTable('vm')
    .set({ mmds, updated_at: sql`now()` as never })
    .where('id', '=', id)
    .execute();
}

export async function updateRestartPolicy(
  db: Db,
  id: string,
  policy: { name: 'no' | 'on-failure'; max_retries: number },
): Promise<void> {
  await db
    .updateTable('vm')
    .set({
      restart_policy: policy.name,
      restart_max_retries: policy.max_retries,
      restart_count: 0,
      next_restart_at: null,
      updated_at: sql`now()` as never,
    })
    .where('id', '=', id)
    .execute();
}

/** Records what the user asked for without a transition (a stop of a VM that is not running). */
export async function setDesiredState(
  db: Db,
  id: string,
  desired: 'running' | 'stopped',
): Promise<Vm | null> {
  const row = await db
    .updateTable('vm')
    .set({ desired_state: desired, updated_at: sql`now()` as never })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row ? toVm(row) : null;
}

/**
 * The reconciler's bookkeeping for `restart_policy: on-failure`: schedule the next attempt,
 * or count one as taken. Only while the VM is still in `error` and wants to run.
 */
export async function scheduleRestart(db: Db, id: string, delaySeconds: number): Promise<void> {
  await db
    .updateTable('vm')
    .set({ next_restart_at: sql`now() + make_interval(secs => ${delaySeconds})` as never })
    .where('id', '=', id)
    .where('state', '=', 'error')
    .where('next_restart_at', 'is', null)
    .execute();
}

export async function takeRestartAttempt(db: Db, id: string): Promise<boolean> {
  const row = await db
    .updateTable('vm')
    .set((eb) => ({ restart_count: eb('restart_count', '+', 1), next_restart_at: null }))
    .where('id', '=', id)
    .where('state', '=', 'error')
    .where('desired_state', '=', 'running')
    .where('next_restart_at', '<=', sql<Date>`now()`)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Every VM of a host with what the reconciler needs to judge it. */
export interface ReconcileRow {
  vm: Vm;
  ownerAlive: boolean;
  nextRestartDue: boolean | null;
}

export async function listVmsForReconcile(db: Db, hostId: string): Promise<ReconcileRow[]> {
  const rows = await db
    .selectFrom('vm')
    .selectAll('vm')
    .select([
      transitionOwnerAlive.as('owner_alive'),
      sql<boolean | null>`vm.next_restart_at <= now()`.as('restart_due'),
    ])
    .where('host_id', '=', hostId)
    .execute();
  return rows.map((r) => ({
    vm: toVm(r),
    ownerAlive: Boolean(r.owner_alive),
    nextRestartDue: r.restart_due,
  }));
}

export interface TransitionOutcome {
  state: VmState;
  last_error?: Vm['last_error'];
  /** set on a successful start, cleared on stop */
  started_at?: 'now' | null;
}

/** Writes the outcome of a transition; with `onlyFrom`, only if the VM is still in that state. */
export async function finishTransition(
  db: Db,
  id: string,
  outcome: TransitionOutcome,
  onlyFrom?: VmState,
  event?: TransitionEvent,
): Promise<Vm | null> {
  let q = db.updateTable('vm').where('id', '=', id);
  if (onlyFrom) q = q.where('state', '=', onlyFrom);
  const update = q
    .set({
      state: outcome.state,
      transition_at: null,
      transition_owner: null,
      updated_at: sql`now()` as never,
      ...(outcome.last_error !== undefined ? { last_error: jsonOrNull(outcome.last_error) } : {}),
      ...(outcome.started_at === 'now'
        ? { started_at: sql`now()` as never }
        : outcome.started_at === null
          ? { started_at: null }
          : {}),
    })
    .returningAll();
  const row = await withEvent(db, update, event);
  return row ? toVm(row) : null;
}

/**
 * Moves an owned transition on to its next step without ending it: a restart whose stop is
 * done goes `stopping` → `starting` and stays `owner`'s, so the reconciler never takes it for
 * a start whose manager died. Null when `owner` no longer holds the VM.
 */
export async function continueTransition(
  db: Db,
  id: string,
  to: VmState,
  owner: string,
  event?: TransitionEvent,
): Promise<Vm | null> {
  const update = db
    .updateTable('vm')
    .set({
      state: to,
      transition_at: sql`now()` as never,
      started_at: null,
      updated_at: sql`now()` as never,
    })
    .where('id', '=', id)
    .where('transition_owner', '=', owner)
    .returningAll();
  const row = await withEvent(db, update, event);
  return row ? toVm(row) : null;
}

/**
 * Deletes the VM row (its drive and NIC rows go with it) and, in the same statement, leaves
 * its tombstone and a last event: its events stay readable until the retention prunes them.
 */
export async function deleteVm(db: Db, id: string): Promise<boolean> {
  const { rows } = await sql<{ id: string }>`
    with gone as (delete from vm where id = ${id}::uuid returning id, name, host_id),
    tombstone as (
      insert into deleted_vm (id, name, host_id) select id, name, host_id from gone
    ),
    logged as (
      insert into vm_event (vm_id, level, message, data)
      select id, 'info', 'VM deleted; its events are kept', jsonb_build_object('name', name) from gone
    )
    select id from gone`.execute(db);
  return rows.length > 0;
}

/**
 * Locks the VM row (FOR SHARE) until the transaction ends, so a drive or NIC change sees
 * the VM's current state and a concurrent transition (start, stop, delete: an UPDATE of
 * the row) waits for the change to commit instead of racing it. Null when the VM is gone.
 */
export async function lockVmForDeviceChange(
  db: Db,
  vmId: string,
): Promise<{ id: string; state: VmStateColumn } | null> {
  const row = await db
    .selectFrom('vm')
    .select(['id', 'state'])
    .where('id', '=', vmId)
    .forShare()
    .executeTakeFirst();
  return row ?? null;
}

/** An event recorded by the same statement as a VM's state change (see withEvent). */
export type TransitionEvent = Pick<NewEvent, 'level' | 'message' | 'data'>;

type VmUpdate = UpdateQueryBuilder<Database, 'vm', 'vm', Selectable<VmTable>>;

/**
 * Runs `update` (an UPDATE of one vm row, RETURNING *) and, when given, inserts `event` for
 * the row it changed, in one statement (a data-modifying CTE): a transition and its event
 * are written together or not at all, in one round trip. No row changed, no event.
 */
async function withEvent(
  db: Db,
  update: VmUpdate,
  event: TransitionEvent | undefined,
): Promise<Selectable<VmTable> | undefined> {
  if (!event) return update.executeTakeFirst();
  return db
    .with('changed', () => update)
    .with('logged', (qb) =>
      qb
        .insertInto('vm_event')
        .columns(['vm_id', 'level', 'message', 'data'])
        .expression((eb) =>
          eb
            .selectFrom('changed')
            .select([
              'changed.id',
              sql<string>`${event.level}`.as('level'),
              sql<string>`${event.message}`.as('message'),
              sql<string>`${JSON.stringify(event.data ?? {})}::jsonb`.as('data'),
            ]),
        ),
    )
    .selectFrom('changed')
    .selectAll()
    .executeTakeFirst();
}
