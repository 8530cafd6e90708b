import { type Static, Type } from '@sinclair/typebox';
import { DEVICE_ID_PATTERN, HOST_PATH_PATTERN, NAME_PATTERN } from '../patterns.ts';
import { Attachment, RateLimiter, Timestamp, Uuid } from './common.ts';

export const DriveId = Type.String({
  pattern: DEVICE_ID_PATTERN,
  description: 'letters, digits, _',
});
export const CacheType = Type.Union([Type.Literal('Unsafe'), Type.Literal('Writeback')]);
export const IoEngine = Type.Union([Type.Literal('Sync'), Type.Literal('Async')]);
// values of CacheType and IoEngine above (tsc checks it wherever a default fills a typed field)
export { DRIVE_DEFAULTS } from '../drive-defaults.ts';
export const DriveSource = Type.Union([
  Type.Literal('provisioned'),
  Type.Literal('host_path'),
  Type.Literal('image'),
]);
export type DriveSource = Static<typeof DriveSource>;

export const Drive = Type.Object({
  id: Type.Union([Uuid, Type.Null()], { description: 'null only for a pending_detach entry' }),
  vm_id: Uuid,
  drive_id: Type.String(),
  path_on_host: Type.String(),
  size_bytes: Type.Union([Type.Integer(), Type.Null()]),
  source: Type.Union([DriveSource, Type.Null()]),
  is_root_device: Type.Boolean(),
  is_read_only: Type.Boolean(),
  cache_type: CacheType,
  io_engine: IoEngine,
  rate_limiter: Type.Union([RateLimiter, Type.Null()]),
  attachment: Attachment,
  allocated_bytes: Type.Union([Type.Integer(), Type.Null()], {
    description:
      'bytes the file occupies on the host disk (sparse files use less than size_bytes), as last measured; null when not measured yet',
  }),
  live_size_bytes: Type.Union([Type.Integer(), Type.Null()], {
    description:
      'the size the running VMM has for this drive (recorded when it attached or was applied live); null when the VM is not running or the VMM does not have the drive',
  }),
  guest_device: Type.Union([Type.String(), Type.Null()], {
    description:
      'the block device the guest will see at the next start (/dev/vda for the root drive, then in drive_id order); null for a pending_detach entry',
  }),
  live_guest_device: Type.Union([Type.String(), Type.Null()], {
    description:
      'the block device the guest has now (attach order of the running VMM); null when not running or not attached. Differs from guest_device when drives were added or removed since the start',
  }),
  pending_fields: Type.Array(Type.String(), {
    description:
      'for pending_change: the fields the running VMM has differently (path_on_host, size_bytes, is_root_device, is_read_only, cache_type, io_engine, rate_limiter); empty otherwise',
  }),
  live_apply: Type.Boolean({
    description:
      'true when POST …/apply can make the running VMM match the row now: pending_change in path_on_host, size_bytes and rate_limiter only',
  }),
  created_at: Type.Union([Timestamp, Type.Null()]),
  updated_at: Type.Union([Timestamp, Type.Null()]),
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
        description: 'omit to provision (or give image_id)',
      }),
    ),
    image_id: Type.Optional(
      Type.String({
        format: 'uuid',
        description:
          "a data drive copied from this registered image of the VM's host (reflink where the file system allows, else a sparse copy); source becomes `image`",
      }),
    ),
    size_bytes: Type.Optional(
      Type.Integer({
        description:
          'for a provisioned drive; default 10 GiB (10737418240). With image_id: grow the copy to this size (at least the image size)',
      }),
    ),
    is_root_device: Type.Optional(Type.Boolean({ default: false })),
    is_read_only: Type.Optional(Type.Boolean({ default: false })),
    cache_type: Type.Optional(CacheType),
    io_engine: Type.Optional(IoEngine),
    rate_limiter: Type.Optional(Type.Union([RateLimiter, Type.Null()])),
  },
  { additionalProperties: false },
);
export type AddDriveBody = Static<typeof AddDriveBody>;

export const UpdateDriveBody = Type.Object(
  {
    size_bytes: Type.Optional(
      Type.Integer({
        description:
          'provisioned drives only, larger only: the file is grown sparse at once; a running guest sees the new size after POST …/apply or the next start',
      }),
    ),
    is_read_only: Type.Optional(Type.Boolean()),
    cache_type: Type.Optional(CacheType),
    io_engine: Type.Optional(IoEngine),
    rate_limiter: Type.Optional(Type.Union([RateLimiter, Type.Null()])),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateDriveBody = Static<typeof UpdateDriveBody>;

export const DriveParams = Type.Object({ id: Uuid, drive_id: Type.String() });
export const DeleteDriveQuery = Type.Object({
  delete_file: Type.Optional(Type.Boolean({ default: false })),
});

/** POST /v1/vms/{id}/drives/{drive_id}/image: register a copy of a stopped VM's drive. */
export const DriveToImageBody = Type.Object(
  {
    name: Type.String({
      minLength: 1,
      maxLength: 128,
      pattern: NAME_PATTERN,
      description: 'the new image name (unique per host)',
    }),
  },
  { additionalProperties: false },
);
export type DriveToImageBody = Static<typeof DriveToImageBody>;
