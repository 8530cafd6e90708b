import type { DriveSource, RateLimiter } from '@hearth/api';
import { type ExpressionBuilder, type Selectable, sql } from 'kysely';
import type { Database, VmDriveTable } from '../db/schema.ts';
import { type Db, iso, jsonOrNull } from '../db/types.ts';

/** A drive row as the domain sees it (the API adds `attachment`). */
export interface DriveRecord {
  id: string;
  vm_id: string;
  drive_id: string;
  path_on_host: string;
  size_bytes: number | null;
  source: DriveSource;
  is_root_device: boolean;
  is_read_only: boolean;
  cache_type: 'Unsafe' | 'Writeback';
  io_engine: 'Sync' | 'Async';
  rate_limiter: RateLimiter | null;
  /** as last measured on the host; null until measured */
  allocated_bytes: number | null;
  created_at: string;
  updated_at: string;
}

export type NewDrive = Omit<DriveRecord, 'created_at' | 'updated_at'>;
export type DriveChanges = Partial<
  Pick<
    DriveRecord,
    'is_read_only' | 'cache_type' | 'io_engine' | 'rate_limiter' | 'size_bytes' | 'allocated_bytes'
  >
>;

export const toDrive = (r: Selectable<VmDriveTable>): DriveRecord => ({
  id: r.id,
  vm_id: r.vm_id,
  drive_id: r.drive_id,
  path_on_host: r.path_on_host,
  size_bytes: r.size_bytes,
  source: r.source,
  is_root_device: r.is_root_device,
  is_read_only: r.is_read_only,
  cache_type: r.cache_type,
  io_engine: r.io_engine,
  rate_limiter: (r.rate_limiter as RateLimiter | null) ?? null,
  allocated_bytes: r.allocated_bytes ?? null,
  created_at: iso(r.created_at),
  updated_at: iso(r.updated_at),
});

/** One drive of one VM, by the key of UNIQUE(vm_id, drive_id): every per-drive statement's. */
const driveKey = (vmId: string, driveId: string) => (eb: ExpressionBuilder<Database, 'vm_drive'>) =>
  eb.and([eb('vm_id', '=', vmId), eb('drive_id', '=', driveId)]);

/** Root first, then by drive_id: the order Firecracker gets them in at launch. */
export async function listDrives(db: Db, vmId: string): Promise<DriveRecord[]> {
  const rows = await db
    .selectFrom('vm_drive')
    .selectAll()
    .where('vm_id', '=', vmId)
    .orderBy('is_root_device', 'desc')
    .orderBy('drive_id')
    .execute();
  return rows.map(toDrive);
}

/** The INSERT of drive rows (RETURNING *), to run alone or inside a larger statement. */
export function insertDrivesQuery(db: Db, drives: NewDrive[]) {
  return db
    .insertInto('vm_drive')
    .values(
      drives.map((drive) => ({
        ...drive,
        rate_limiter: jsonOrNull(drive.rate_limiter),
        allocated_at: drive.allocated_bytes === null ? null : (sql`now()` as never),
      })),
    )
    .returningAll();
}

export async function insertDrive(db: Db, drive: NewDrive): Promise<DriveRecord> {
  return toDrive(await insertDrivesQuery(db, [drive]).executeTakeFirstOrThrow());
}

/** The UPDATE of one drive row (RETURNING *), to run alone or inside a larger statement. */
export function updateDriveQuery(db: Db, vmId: string, driveId: string, changes: DriveChanges) {
  const { rate_limiter, ...rest } = changes;
  return db
    .updateTable('vm_drive')
    .set({
      ...rest,
      ...(rate_limiter !== undefined ? { rate_limiter: jsonOrNull(rate_limiter) } : {}),
      updated_at: sql`now()` as never,
    })
    .where(driveKey(vmId, driveId))
    .returningAll();
}

export async function deleteDrive(
  db: Db,
  vmId: string,
  driveId: string,
): Promise<DriveRecord | null> {
  const row = await db
    .deleteFrom('vm_drive')
    .where(driveKey(vmId, driveId))
    .returningAll()
    .executeTakeFirst();
  return row ? toDrive(row) : null;
}

/** A drive row, of any VM on the same host, naming one of `paths` (other than `exceptId`). */
export interface FileUser {
  vm_id: string;
  vm_name: string;
  drive_id: string;
  path_on_host: string;
}

/** Who else uses a file: every drive row on `hostId` naming one of its paths but `exceptId`. */
export async function drivesUsingFile(
  db: Db,
  hostId: string,
  paths: readonly string[],
  exceptId: string,
): Promise<FileUser[]> {
  if (paths.length === 0) return [];
  return db
    .selectFrom('vm_drive')
    .innerJoin('vm', 'vm.id', 'vm_drive.vm_id')
    .select([
      'vm_drive.vm_id as vm_id',
      'vm.name as vm_name',
      'vm_drive.drive_id as drive_id',
      'vm_drive.path_on_host as path_on_host',
    ])
    .where('vm.host_id', '=', hostId)
    .where('vm_drive.path_on_host', 'in', [...paths])
    .where('vm_drive.id', '<>', exceptId)
    .orderBy('vm.name')
    .orderBy('vm_drive.drive_id')
    .execute();
}
