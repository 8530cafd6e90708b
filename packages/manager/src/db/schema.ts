// Kysely's view of the tables in migrations/. Keep in step with the SQL.
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/** A timestamptz with a database default: optional on insert. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

type Json<T extends object> = JSONColumnType<T, string, string>;
type NullableJson<T> = ColumnType<T | null, string | null, string | null>;

export interface HostTable {
  id: string;
  name: string;
  addr: string;
  agent_token: string;
  capabilities: Json<Record<string, unknown>>;
  last_seen_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  unreachable_since: ColumnType<
    Date | null,
    Date | string | null | undefined,
    Date | string | null
  >;
  created_at: Timestamp;
}

export interface ImageTable {
  id: string;
  kind: 'kernel' | 'rootfs';
  name: string;
  host_id: string;
  path: string;
  /** BIGINT arrives as a number from both drivers (database.ts installs the pg parser). */
  size_bytes: number;
  created_at: Timestamp;
}

export type VmStateColumn =
  | 'created'
  | 'starting'
  | 'running'
  | 'stopping'
  | 'stopped'
  | 'error'
  | 'deleting';

export interface VmTable {
  id: string;
  name: string;
  host_id: string;
  state: VmStateColumn;
  vcpu: number;
  mem_mib: number;
  kernel_image_id: string;
  rootfs_image_id: string;
  boot_args: string;
  last_error: NullableJson<Record<string, unknown>>;
  transition_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  desired_state: ColumnType<'running' | 'stopped', 'running' | 'stopped' | undefined>;
  transition_owner: ColumnType<string | null, string | null | undefined, string | null>;
  restart_policy: ColumnType<'no' | 'on-failure', 'no' | 'on-failure' | undefined>;
  restart_max_retries: ColumnType<number, number | undefined, number>;
  restart_count: ColumnType<number, number | undefined, number>;
  next_restart_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  started_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  mmds: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface VmDriveTable {
  id: string;
  vm_id: string;
  drive_id: string;
  path_on_host: string;
  size_bytes: number | null;
  source: 'provisioned' | 'host_path' | 'image';
  is_root_device: boolean;
  is_read_only: boolean;
  cache_type: 'Unsafe' | 'Writeback';
  io_engine: 'Sync' | 'Async';
  rate_limiter: NullableJson<Record<string, unknown>>;
  allocated_bytes: ColumnType<number | null, number | null | undefined, number | null>;
  allocated_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface VmNicTable {
  id: string;
  vm_id: string;
  iface_id: string;
  host_dev_name: string;
  guest_mac: string;
  rx_rate_limiter: NullableJson<Record<string, unknown>>;
  tx_rate_limiter: NullableJson<Record<string, unknown>>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface VmEventTable {
  id: Generated<number>;
  vm_id: string;
  at: Timestamp;
  level: 'info' | 'warn' | 'error';
  message: string;
  data: Json<Record<string, unknown>>;
}

/** A deleted VM whose events are kept (migration 006) until the retention prunes both. */
export interface DeletedVmTable {
  id: string;
  name: string;
  host_id: string | null;
  deleted_at: Timestamp;
}

export interface LeaseTable {
  name: string;
  holder: string;
  expires_at: Timestamp;
}

export interface ManagerInstanceTable {
  id: string;
  pid: number;
  hostname: string;
  started_at: Timestamp;
  expires_at: ColumnType<Date, Date | string, Date | string>;
}

export interface HostEventTable {
  id: Generated<number>;
  host_id: string;
  at: Timestamp;
  level: 'info' | 'warn' | 'error';
  message: string;
  data: Json<Record<string, unknown>>;
}

export interface Database {
  host: HostTable;
  image: ImageTable;
  vm: VmTable;
  vm_drive: VmDriveTable;
  vm_nic: VmNicTable;
  vm_event: VmEventTable;
  deleted_vm: DeletedVmTable;
  lease: LeaseTable;
  manager_instance: ManagerInstanceTable;
  host_event: HostEventTable;
}
