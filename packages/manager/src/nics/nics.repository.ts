import type { RateLimiter } from '@hearth/api';
import { type ExpressionBuilder, type Selectable, sql } from 'kysely';
import type { Database, VmNicTable } from '../db/schema.ts';
import { type Db, iso, jsonOrNull } from '../db/types.ts';

export interface NicRecord {
  id: string;
  vm_id: string;
  iface_id: string;
  host_dev_name: string;
  guest_mac: string;
  rx_rate_limiter: RateLimiter | null;
  tx_rate_limiter: RateLimiter | null;
  created_at: string;
  updated_at: string;
}

export type NewNic = Omit<NicRecord, 'created_at' | 'updated_at'>;
export type NicChanges = Partial<
  Pick<NicRecord, 'guest_mac' | 'rx_rate_limiter' | 'tx_rate_limiter'>
>;

export const toNic = (r: Selectable<VmNicTable>): NicRecord => ({
  id: r.id,
  vm_id: r.vm_id,
  iface_id: r.iface_id,
  host_dev_name: r.host_dev_name,
  guest_mac: r.guest_mac,
  rx_rate_limiter: (r.rx_rate_limiter as RateLimiter | null) ?? null,
  tx_rate_limiter: (r.tx_rate_limiter as RateLimiter | null) ?? null,
  created_at: iso(r.created_at),
  updated_at: iso(r.updated_at),
});

/** One NIC of one VM, by the key of UNIQUE(vm_id, iface_id): every per-NIC statement's. */
const nicKey = (vmId: string, ifaceId: string) => (eb: ExpressionBuilder<Database, 'vm_nic'>) =>
  eb.and([eb('vm_id', '=', vmId), eb('iface_id', '=', ifaceId)]);

export async function listNics(db: Db, vmId: string): Promise<NicRecord[]> {
  const rows = await db
    .selectFrom('vm_nic')
    .selectAll()
    .where('vm_id', '=', vmId)
    .orderBy('iface_id')
    .execute();
  return rows.map(toNic);
}

export async function findNic(db: Db, vmId: string, ifaceId: string): Promise<NicRecord | null> {
  const row = await db
    .selectFrom('vm_nic')
    .selectAll()
    .where(nicKey(vmId, ifaceId))
    .executeTakeFirst();
  return row ? toNic(row) : null;
}

/** The INSERT of NIC rows (RETURNING *), to run alone or inside a larger statement. */
export function insertNicsQuery(db: Db, nics: NewNic[]) {
  return db
    .insertInto('vm_nic')
    .values(
      nics.map((nic) => ({
        ...nic,
        rx_rate_limiter: jsonOrNull(nic.rx_rate_limiter),
        tx_rate_limiter: jsonOrNull(nic.tx_rate_limiter),
      })),
    )
    .returningAll();
}

export async function insertNic(db: Db, nic: NewNic): Promise<NicRecord> {
  return toNic(await insertNicsQuery(db, [nic]).executeTakeFirstOrThrow());
}

export async function updateNic(
  db: Db,
  vmId: string,
  ifaceId: string,
  changes: NicChanges,
): Promise<NicRecord | null> {
  const row = await db
    .updateTable('vm_nic')
    .set({
      ...(changes.guest_mac !== undefined ? { guest_mac: changes.guest_mac } : {}),
      ...(changes.rx_rate_limiter !== undefined
        ? { rx_rate_limiter: jsonOrNull(changes.rx_rate_limiter) }
        : {}),
      ...(changes.tx_rate_limiter !== undefined
        ? { tx_rate_limiter: jsonOrNull(changes.tx_rate_limiter) }
        : {}),
      updated_at: sql`now()` as never,
    })
    .where(nicKey(vmId, ifaceId))
    .returningAll()
    .executeTakeFirst();
  return row ? toNic(row) : null;
}

export async function deleteNic(db: Db, vmId: string, ifaceId: string): Promise<NicRecord | null> {
  const row = await db
    .deleteFrom('vm_nic')
    .where(nicKey(vmId, ifaceId))
    .returningAll()
    .executeTakeFirst();
  return row ? toNic(row) : null;
}

/** The NIC (of any VM) with this value in a column that is unique across the fleet. */
async function findNicByUnique(
  db: Db,
  column: 'guest_mac' | 'host_dev_name',
  value: string,
): Promise<NicRecord | null> {
  const row = await db
    .selectFrom('vm_nic')
    .selectAll()
    .where(column, '=', value)
    .executeTakeFirst();
  return row ? toNic(row) : null;
}

/** The NIC (of any VM) that uses this MAC: guest MACs are unique across the fleet. */
export const findNicByMac = (db: Db, guestMac: string) =>
  findNicByUnique(db, 'guest_mac', guestMac);

/** The NIC (of any VM) whose TAP has this name: TAP names are unique across the fleet. */
export const findNicByTapName = (db: Db, hostDevName: string) =>
  findNicByUnique(db, 'host_dev_name', hostDevName);

/** Whether the VM still has a NIC (inside a change's transaction, after a delete). */
export async function vmHasNic(db: Db, vmId: string): Promise<boolean> {
  const row = await db
    .selectFrom('vm_nic')
    .select('id')
    .where('vm_id', '=', vmId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
