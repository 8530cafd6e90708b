// The storage figures the database holds: what the drives Hearth made on a host add up to
// (provisioned), what their files were last measured to occupy (allocated), and the
// measurements themselves.
import { sql } from 'kysely';
import type { Db } from '../db/types.ts';

export interface HostStorageTotals {
  provisioned_bytes: number;
  allocated_bytes: number;
}

/**
 * Drives Hearth made count towards a host's provisioned bytes (provisioned files and image
 * copies); host-path drives name files that are not Hearth's, so they do not.
 */
const COUNTED_SOURCES = ['provisioned', 'image'] as const;

/** Per host id; a host without drives is absent (its totals are 0). */
export async function hostStorageTotals(
  db: Db,
  hostIds: readonly string[],
): Promise<Map<string, HostStorageTotals>> {
  if (hostIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('vm_drive')
    .innerJoin('vm', 'vm.id', 'vm_drive.vm_id')
    .select([
      'vm.host_id as host_id',
      sql<number>`coalesce(sum(vm_drive.size_bytes), 0)::bigint`.as('provisioned_bytes'),
      sql<number>`coalesce(sum(vm_drive.allocated_bytes), 0)::bigint`.as('allocated_bytes'),
    ])
    .where('vm.host_id', 'in', [...hostIds])
    .where('vm_drive.source', 'in', [...COUNTED_SOURCES])
    .groupBy('vm.host_id')
    .execute();
  return new Map(
    rows.map((r) => [
      r.host_id,
      {
        provisioned_bytes: Number(r.provisioned_bytes),
        allocated_bytes: Number(r.allocated_bytes),
      },
    ]),
  );
}

/** The provisioned bytes of one host, as a scalar subquery for larger statements. */
export function provisionedBytesOfHost(hostRef: string) {
  return sql<number>`(select coalesce(sum(d.size_bytes), 0)::bigint from vm_drive d
    join vm v on v.id = d.vm_id
    where v.host_id = ${sql.ref(hostRef)} and d.source in ('provisioned', 'image'))`;
}

/** A drive row of a host, as the inventory matches files with rows. */
export interface HostDriveRow {
  id: string;
  vm_id: string;
  vm_name: string;
  drive_id: string;
  path_on_host: string;
  source: 'provisioned' | 'host_path' | 'image';
}

export async function hostDriveRows(db: Db, hostId: string): Promise<HostDriveRow[]> {
  return db
    .selectFrom('vm_drive')
    .innerJoin('vm', 'vm.id', 'vm_drive.vm_id')
    .select([
      'vm_drive.id as id',
      'vm_drive.vm_id as vm_id',
      'vm.name as vm_name',
      'vm_drive.drive_id as drive_id',
      'vm_drive.path_on_host as path_on_host',
      'vm_drive.source as source',
    ])
    .where('vm.host_id', '=', hostId)
    .orderBy('vm_drive.vm_id')
    .orderBy('vm_drive.drive_id')
    .execute();
}

/** The VMs of a host by id, to name a VM directory (absent: a directory with no VM). */
export async function hostVmNames(db: Db, hostId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('vm')
    .select(['id', 'name'])
    .where('host_id', '=', hostId)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export interface AllocatedMeasure {
  drive_row_id: string;
  allocated_bytes: number;
}

/**
 * Records measured allocations in one statement; rows whose value did not change are left
 * alone (no write), so a periodic pass over a quiet host writes nothing.
 */
export async function recordAllocated(
  db: Db,
  measures: readonly AllocatedMeasure[],
): Promise<void> {
  if (measures.length === 0) return;
  const values = sql.join(
    measures.map((m) => sql`(${m.drive_row_id}::uuid, ${m.allocated_bytes}::bigint)`),
  );
  await sql`UPDATE vm_drive SET allocated_bytes = m.allocated, allocated_at = now()
    FROM (VALUES ${values}) AS m(id, allocated)
    WHERE vm_drive.id = m.id AND vm_drive.allocated_bytes IS DISTINCT FROM m.allocated`.execute(db);
}
