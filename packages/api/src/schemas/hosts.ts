import { type Static, Type } from '@sinclair/typebox';
import { NAME_PATTERN } from '../patterns.ts';
import { EXAMPLE, nullable, StringEnum, Timestamp, timestamp, uuid } from './common.ts';

/** A host's disk space for VM storage, as provisioned, allocated and free. */
export const HostStorageSummary = Type.Object(
  {
    capacity_bytes: nullable(
      Type.Integer(),
      "size of the storage root's file system, as the agent last reported; null if unknown",
    ),
    free_bytes: nullable(Type.Integer(), 'free space there, as the agent last reported'),
    provisioned_bytes: Type.Integer({
      description:
        'sum of size_bytes of the drives Hearth made on this host (provisioned and image copies)',
    }),
    allocated_bytes: Type.Integer({
      description: 'sum of allocated_bytes of those drives, as last measured',
    }),
    overcommit: Type.Number({
      description:
        'HEARTH_STORAGE_OVERCOMMIT: how many times its capacity the drives of a host may promise',
      examples: [4],
    }),
    limit_bytes: nullable(
      Type.Integer(),
      'capacity_bytes × overcommit: drive adds and grows beyond it answer 507; null when the capacity is unknown',
    ),
  },
  { description: "the host's disk space for VM storage" },
);
export type HostStorageSummary = Static<typeof HostStorageSummary>;

const capabilities = (description: string) =>
  Type.Record(Type.String(), Type.Unknown(), {
    description,
    examples: [{ cpus: 8, memory_bytes: 34359738368, labels: { rack: 'r1' } }],
  });

export const Host = Type.Object({
  id: uuid('the host id', EXAMPLE.hostId),
  name: Type.String({ description: 'unique host name', examples: [EXAMPLE.hostName] }),
  addr: Type.String({
    description: 'agent address: http://host:port or unix:/path/agent.sock',
    examples: [EXAMPLE.hostAddr],
  }),
  capabilities: capabilities(
    'what the agent reported (cpus, memory_bytes, storage_root, storage_capacity_bytes, Firecracker version, ...) plus what the registration added',
  ),
  healthy: Type.Boolean({
    description: 'true while heartbeats are fresh (within HEARTH_HOST_STALE_SECONDS)',
  }),
  vm_count: Type.Integer({ description: 'VMs placed on this host, in any state', examples: [3] }),
  storage: Type.Optional(HostStorageSummary),
  last_seen_at: nullable(Timestamp, 'the last registration or heartbeat; null if none yet'),
  created_at: timestamp('when the host first registered'),
});
export type Host = Static<typeof Host>;

export const ListHostsQuery = Type.Object(
  {
    name: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 63,
        description: 'only the host with exactly this name',
        examples: [EXAMPLE.hostName],
      }),
    ),
  },
  { additionalProperties: false },
);
export type ListHostsQuery = Static<typeof ListHostsQuery>;

export const RegisterHostBody = Type.Object(
  {
    name: Type.String({
      minLength: 1,
      maxLength: 63,
      pattern: NAME_PATTERN,
      description:
        'unique host name: letters, digits, ., _, -; registering an existing name updates that host',
      examples: [EXAMPLE.hostName],
    }),
    addr: Type.String({
      minLength: 1,
      maxLength: 512,
      pattern: '^(https?://|unix:/)',
      description: 'where the manager reaches the agent: http(s)://host:port or unix:/path',
      examples: [EXAMPLE.hostAddr],
    }),
    agent_token: Type.String({
      minLength: 16,
      maxLength: 256,
      description: "the agent's own bearer token (HEARTH_AGENT_TOKEN), 16 to 256 characters",
      examples: ['0123456789abcdef0123456789abcdef'],
    }),
    capabilities: Type.Optional(
      capabilities(
        "added to what the agent reports (labels, or a deliberate override of a reading); the agent's own facts (storage root, VMM, allowed roots) cannot be overridden",
      ),
    ),
  },
  {
    additionalProperties: false,
    examples: [
      {
        name: EXAMPLE.hostName,
        addr: EXAMPLE.hostAddr,
        agent_token: '0123456789abcdef0123456789abcdef',
      },
    ],
  },
);
export type RegisterHostBody = Static<typeof RegisterHostBody>;

export const HeartbeatBody = Type.Object(
  {
    capabilities: Type.Optional(
      capabilities(
        'fresh readings (free memory, free storage, ...); identity and safety facts are kept as registered',
      ),
    ),
  },
  {
    additionalProperties: false,
    examples: [{ capabilities: { storage_free_bytes: 107374182400 } }],
  },
);
export type HeartbeatBody = Static<typeof HeartbeatBody>;

export const HostList = Type.Object({
  items: Type.Array(Host, { description: 'every matching host, by name' }),
});
export type HostList = Static<typeof HostList>;

export const StorageFileStatus = StringEnum(['in_use', 'orphan', 'missing'], {
  description:
    'in_use: a drive row names it; orphan: no drive row does (a removal without delete_file, a crash, or a directory of a VM that no longer exists); missing: a drive row names it but the file is gone (provisioned: recreated at the next start; host_path and image: the start fails)',
});
export type StorageFileStatus = Static<typeof StorageFileStatus>;

export const StorageFile = Type.Object({
  path: Type.String({ description: 'the file on the host', examples: [EXAMPLE.dataDrivePath] }),
  vm_id: Type.String({ description: 'the VM directory it lies in', examples: [EXAMPLE.vmId] }),
  vm_name: nullable(Type.String({ examples: [EXAMPLE.vmName] }), 'null: no such VM any more'),
  drive_id: nullable(
    Type.String({ examples: [EXAMPLE.driveId] }),
    'the drive row naming it; null for an orphan',
  ),
  status: StorageFileStatus,
  size_bytes: nullable(Type.Integer(), 'apparent size in bytes; null when missing'),
  allocated_bytes: nullable(Type.Integer(), 'bytes on disk; null when missing'),
  modified_at: nullable(Timestamp, 'last modification; null when missing'),
  collectable: Type.Boolean({
    description:
      'an orphan that POST …/storage/gc deletes: older than the grace period and not held by a running VMM',
  }),
});
export type StorageFile = Static<typeof StorageFile>;

const statusTotal = (status: string) =>
  Type.Object(
    {
      files: Type.Integer({ description: 'how many files' }),
      size_bytes: Type.Integer({ description: 'their apparent sizes, summed' }),
      allocated_bytes: Type.Integer({ description: 'their bytes on disk, summed' }),
    },
    { description: `the ${status} files` },
  );

/** GET /v1/hosts/{id}/storage */
export const HostStorage = Type.Object({
  host_id: uuid('the host', EXAMPLE.hostId),
  storage_root: Type.String({
    description: "the agent's storage root, holding one directory per VM",
    examples: [EXAMPLE.storageRoot],
  }),
  measured_at: timestamp('when the agent listed the files'),
  summary: HostStorageSummary,
  totals: Type.Object(
    {
      in_use: statusTotal('in_use'),
      orphan: statusTotal('orphan'),
      missing: statusTotal('missing'),
    },
    { description: 'file counts and sizes per status' },
  ),
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
  { additionalProperties: false, examples: [{ dry_run: true }] },
);
export type StorageGcBody = Static<typeof StorageGcBody>;

/** POST /v1/hosts/{id}/storage/gc */
export const StorageGcResult = Type.Object({
  dry_run: Type.Boolean({ description: 'true: nothing was deleted, the lists say what would be' }),
  removed: Type.Array(StorageFile, { description: 'deleted (or, in a dry run, would be)' }),
  removed_dirs: Type.Array(Type.String(), {
    description: 'directories of VMs that no longer exist, removed whole (or would be)',
  }),
  freed_bytes: Type.Integer({ description: 'allocated bytes of the removed files' }),
  kept: Type.Array(
    Type.Object({
      path: Type.String({ description: 'the orphan file' }),
      reason: Type.String({
        description: 'why it stays',
        examples: ['modified less than 5 minutes ago (a drive or VM may be being created)'],
      }),
    }),
    { description: 'orphans not collected, and why (too recent, VMM running)' },
  ),
});
export type StorageGcResult = Static<typeof StorageGcResult>;
