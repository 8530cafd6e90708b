import { type Static, Type } from '@sinclair/typebox';
import { DEVICE_ID_PATTERN, HOST_PATH_PATTERN, NAME_PATTERN } from '../patterns.ts';
import {
  Attachment,
  EXAMPLE,
  nullable,
  RateLimiter,
  StringEnum,
  Timestamp,
  uuid,
} from './common.ts';

export const DriveId = Type.String({
  pattern: DEVICE_ID_PATTERN,
  description:
    "the drive's name within its VM, as Firecracker gets it: 1 to 64 letters, digits or _; `rootfs` is the root drive",
  examples: [EXAMPLE.driveId],
});
export const CacheType = StringEnum(['Unsafe', 'Writeback'], {
  description:
    "Firecracker's block cache: `Unsafe` (default) ignores the guest's flushes; `Writeback` honours them (slower, survives a host crash)",
  examples: ['Unsafe'],
});
export const IoEngine = StringEnum(['Sync', 'Async'], {
  description:
    "Firecracker's I/O engine: `Sync` (default) or `Async` (io_uring, host kernel 5.10.51+)",
  examples: ['Sync'],
});
// values of CacheType and IoEngine above (tsc checks it wherever a default fills a typed field)
export { DRIVE_DEFAULTS } from '../drive-defaults.ts';
export const DriveSource = StringEnum(['provisioned', 'host_path', 'image'], {
  description:
    'where the file came from: `provisioned` (a sparse file Hearth made in the VM storage dir), `host_path` (an existing host file named at add time), `image` (a copy of a registered image)',
});
export type DriveSource = Static<typeof DriveSource>;

const rateLimiter = (what: string) => nullable(RateLimiter, `${what}; null or omitted: unlimited`);

export const Drive = Type.Object({
  id: nullable(
    Type.String({ format: 'uuid', examples: [EXAMPLE.driveRowId] }),
    'the drive row id; null only for a pending_detach entry (its row is gone)',
  ),
  vm_id: uuid('the VM the drive belongs to', EXAMPLE.vmId),
  drive_id: Type.String({
    description: "the drive's name within its VM (Firecracker's drive_id)",
    examples: [EXAMPLE.driveId],
  }),
  path_on_host: Type.String({
    description: 'the file on the VM host that backs the drive',
    examples: [EXAMPLE.dataDrivePath],
  }),
  size_bytes: nullable(
    Type.Integer({ examples: [EXAMPLE.sizeBytes] }),
    'size of the disk in bytes; provisioned drives and image copies only (null for host_path)',
  ),
  source: nullable(DriveSource, `${DriveSource.description}; null for a pending_detach entry`),
  is_root_device: Type.Boolean({
    description: 'the drive the guest boots from (exactly one per VM, drive_id `rootfs`)',
  }),
  is_read_only: Type.Boolean({ description: 'the guest sees the drive read-only' }),
  cache_type: CacheType,
  io_engine: IoEngine,
  rate_limiter: rateLimiter('bandwidth and I/O operation limits of the drive'),
  attachment: Attachment,
  allocated_bytes: nullable(
    Type.Integer(),
    'bytes the file occupies on the host disk (sparse files use less than size_bytes), as last measured; null when not measured yet',
  ),
  live_size_bytes: nullable(
    Type.Integer(),
    'the size the running VMM has for this drive (recorded when it attached or was applied live); null when the VM is not running or the VMM does not have the drive',
  ),
  guest_device: nullable(
    Type.String({ examples: ['/dev/vdb'] }),
    'the block device the guest will see at the next start (/dev/vda for the root drive, then in drive_id order); null for a pending_detach entry',
  ),
  live_guest_device: nullable(
    Type.String(),
    'the block device the guest has now (attach order of the running VMM); null when not running or not attached. Differs from guest_device when drives were added or removed since the start',
  ),
  pending_fields: Type.Array(Type.String(), {
    description:
      'for pending_change: the fields the running VMM has differently (path_on_host, size_bytes, is_root_device, is_read_only, cache_type, io_engine, rate_limiter); empty otherwise',
  }),
  live_apply: Type.Boolean({
    description:
      'true when POST …/apply can make the running VMM match the row now: pending_change in path_on_host, size_bytes and rate_limiter only',
  }),
  created_at: nullable(Timestamp, 'when the drive was added; null for a pending_detach entry'),
  updated_at: nullable(Timestamp, 'when the row last changed; null for a pending_detach entry'),
});
export type Drive = Static<typeof Drive>;

export const AddDriveBody = Type.Object(
  {
    drive_id: DriveId,
    path_on_host: Type.Optional(
      Type.String({
        minLength: 2,
        maxLength: 4096,
        pattern: HOST_PATH_PATTERN,
        description:
          "an existing regular file on the VM's host, inside an allowed root (HEARTH_ALLOWED_PATHS) or the VM's own storage dir; source becomes `host_path`. Omit it to provision a sparse file (or give image_id)",
        examples: [EXAMPLE.dataDrivePath],
      }),
    ),
    image_id: Type.Optional(
      uuid(
        "a data drive copied from this registered image of the VM's host (reflink where the file system allows, else a sparse copy); source becomes `image`",
        EXAMPLE.rootfsImageId,
      ),
    ),
    size_bytes: Type.Optional(
      Type.Integer({
        description:
          'size of the disk in bytes, for a provisioned drive; default 10 GiB (10737418240), at most HEARTH_MAX_DRIVE_BYTES. With image_id: grow the copy to this size (at least the image size). Not with path_on_host',
        examples: [EXAMPLE.sizeBytes],
      }),
    ),
    is_root_device: Type.Optional(
      Type.Boolean({
        default: false,
        description:
          'boot from this drive; a VM has exactly one root device (its rootfs), so this is only for a VM without one',
      }),
    ),
    is_read_only: Type.Optional(
      Type.Boolean({ default: false, description: 'the guest sees the drive read-only' }),
    ),
    cache_type: Type.Optional(CacheType),
    io_engine: Type.Optional(IoEngine),
    rate_limiter: Type.Optional(rateLimiter('bandwidth and I/O operation limits of the drive')),
  },
  {
    additionalProperties: false,
    examples: [
      {
        drive_id: EXAMPLE.driveId,
        size_bytes: EXAMPLE.sizeBytes,
        is_read_only: false,
        cache_type: 'Unsafe',
        io_engine: 'Sync',
      },
    ],
  },
);
export type AddDriveBody = Static<typeof AddDriveBody>;

export const UpdateDriveBody = Type.Object(
  {
    size_bytes: Type.Optional(
      Type.Integer({
        description:
          'the new size in bytes; provisioned drives only, larger only: the file is grown sparse at once; a running guest sees the new size after POST …/apply or the next start',
        examples: [2 * EXAMPLE.sizeBytes],
      }),
    ),
    is_read_only: Type.Optional(
      Type.Boolean({ description: 'the guest sees the drive read-only' }),
    ),
    cache_type: Type.Optional(CacheType),
    io_engine: Type.Optional(IoEngine),
    rate_limiter: Type.Optional(
      rateLimiter('bandwidth and I/O operation limits of the drive (null removes them)'),
    ),
  },
  {
    additionalProperties: false,
    minProperties: 1,
    examples: [{ size_bytes: 2 * EXAMPLE.sizeBytes }],
  },
);
export type UpdateDriveBody = Static<typeof UpdateDriveBody>;

export const DriveParams = Type.Object({
  id: uuid('the VM id', EXAMPLE.vmId),
  drive_id: Type.String({
    description: "the drive's name within the VM",
    examples: [EXAMPLE.driveId],
  }),
});
export const DeleteDriveQuery = Type.Object({
  delete_file: Type.Optional(
    Type.Boolean({
      default: false,
      description:
        "also delete the drive's file, if it lies in the VM's own storage dir and no other drive uses it (never a host_path file)",
    }),
  ),
});

/** POST /v1/vms/{id}/drives/{drive_id}/image: register a copy of a stopped VM's drive. */
export const DriveToImageBody = Type.Object(
  {
    name: Type.String({
      minLength: 1,
      maxLength: 128,
      pattern: NAME_PATTERN,
      description: 'the new image name (unique per host): letters, digits, ., _, -',
      examples: ['web1-golden'],
    }),
  },
  { additionalProperties: false, examples: [{ name: 'web1-golden' }] },
);
export type DriveToImageBody = Static<typeof DriveToImageBody>;
