import { type Static, Type } from '@sinclair/typebox';
import { NAME_PATTERN } from '../patterns.ts';
import { Timestamp, Uuid } from './common.ts';

/** A host's disk space for VM storage, as provisioned, allocated and free. */
export const HostStorageSummary = Type.Object({
  capacity_bytes: Type.Union([Type.Integer(), Type.Null()], {
    description:
      "size of the storage root's file system, as the agent last reported; null if unknown",
  }),
  free_bytes: Type.Union([Type.Integer(), Type.Null()], {
    description: 'free space there, as the agent last reported',
  }),
  provisioned_bytes: Type.Integer({
    description:
      'sum of size_bytes of the drives Hearth made on this host (provisioned and image copies)',
  }),
  allocated_bytes: Type.Integer({
    description: 'sum of allocated_bytes of those drives, as last measured',
  }),
  overcommit: Type.Number({ description: 'HEARTH_STORAGE_OVERCOMMIT' }),
  limit_bytes: Type.Union([Type.Integer(), Type.Null()], {
    description: 'capacity_bytes × overcommit: drive adds and grows beyond it answer 507',
  }),
});
export type HostStorageSummary = Static<typeof HostStorageSummary>;

export const Host = Type.Object({
  id: Uuid,
  name: Type.String(),
  addr: Type.String({ description: 'agent address: http://host:port or unix:/path/agent.sock' }),
  capabilities: Type.Record(Type.String(), Type.Unknown()),
  healthy: Type.Boolean({ description: 'true while heartbeats are fresh' }),
  vm_count: Type.Integer({ description: 'VMs placed on this host, in any state' }),
  storage: Type.Optional(HostStorageSummary),
  last_seen_at: Type.Union([Timestamp, Type.Null()]),
  created_at: Timestamp,
});
export type Host = Static<typeof Host>;

export const ListHostsQuery = Type.Object(
  { name: Type.Optional(Type.String({ minLength: 1, maxLength: 63, description: 'exact name' })) },
  { additionalProperties: false },
);
export type ListHostsQuery = Static<typeof ListHostsQuery>;

export const RegisterHostBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 63, pattern: NAME_PATTERN }),
    addr: Type.String({ minLength: 1, maxLength: 512, pattern: '^(https?://|unix:/)' }),
    agent_token: Type.String({ minLength: 16, maxLength: 256 }),
    capabilities: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { additionalProperties: false },
);
export type RegisterHostBody = Static<typeof RegisterHostBody>;

export const HeartbeatBody = Type.Object(
  { capabilities: Type.Optional(Type.Record(Type.String(), Type.Unknown())) },
  { additionalProperties: false },
);
export type HeartbeatBody = Static<typeof HeartbeatBody>;

export const HostList = Type.Object({ items: Type.Array(Host) });
export type HostList = Static<typeof HostList>;

export const StorageFileStatus = Type.Union(
  [Type.Literal('in_use'), Type.Literal('orphan'), Type.Literal('missing')],
  {
    description:
      'in_use: a drive row names it; orphan: no drive row does (a removal without delete_file, a crash, or a directory of a VM that no longer exists); missing: a drive row names it but the file is gone (provisioned: recreated at the next start; host_path and image: the start fails)',
  },
);
export type StorageFileStatus = Static<typeof StorageFileStatus>;

export const StorageFile = Type.Object({
  path: Type.String(),
  vm_id: Type.String({ description: 'the VM directory it lies in' }),
  vm_name: Type.Union([Type.String(), Type.Null()], { description: 'null: no such VM any more' }),
  drive_id: Type.Union([Type.String(), Type.Null()], { description: 'the drive row naming it' }),
  status: StorageFileStatus,
  size_bytes: Type.Union([Type.Integer(), Type.Null()], {
    description: 'apparent size; null when missing',
  }),
  allocated_bytes: Type.Union([Type.Integer(), Type.Null()], {
    description: 'on disk; null when missing',
  }),
  modified_at: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  collectable: Type.Boolean({
    description:
      'an orphan that POST …/storage/gc deletes: older than the grace period and not held by a running VMM',
  }),
});
export type StorageFile = Static<typeof StorageFile>;

const StatusTotal = Type.Object({
  files: Type.Integer(),
  size_bytes: Type.Integer(),
  allocated_bytes: Type.Integer(),
});

/** GET /v1/hosts/{id}/storage */
export const HostStorage = Type.Object({
  host_id: Type.String({ format: 'uuid' }),
  storage_root: Type.String(),
  measured_at: Type.String({ format: 'date-time' }),
  summary: HostStorageSummary,
  totals: Type.Object({ in_use: StatusTotal, orphan: StatusTotal, missing: StatusTotal }),
  files: Type.Array(StorageFile, { description: 'by VM directory, then path' }),
});
export type HostStorage = Static<typeof HostStorage>;

export const StorageGcBody = Type.Object(
  {
    dry_run: Type.Optional(
      Type.Boolean({
        default: true,
        description: 'true (default): report what would go, delete nothing',
      }),
    ),
  },
  { additionalProperties: false },
);
export type StorageGcBody = Static<typeof StorageGcBody>;

/** POST /v1/hosts/{id}/storage/gc */
export const StorageGcResult = Type.Object({
  dry_run: Type.Boolean(),
  removed: Type.Array(StorageFile, { description: 'deleted (or, in a dry run, would be)' }),
  removed_dirs: Type.Array(Type.String(), {
    description: 'directories of VMs that no longer exist, removed whole (or would be)',
  }),
  freed_bytes: Type.Integer({ description: 'allocated bytes of the removed files' }),
  kept: Type.Array(Type.Object({ path: Type.String(), reason: Type.String() }), {
    description: 'orphans not collected, and why (too recent, VMM running)',
  }),
});
export type StorageGcResult = Static<typeof StorageGcResult>;
