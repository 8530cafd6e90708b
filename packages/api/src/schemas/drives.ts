import { type Static, Type } from '@sinclair/typebox';
import { DEVICE_ID_PATTERN, HOST_PATH_PATTERN } from '../patterns.ts';
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
        description: 'omit to provision',
      }),
    ),
    size_bytes: Type.Optional(
      Type.Integer({ description: 'for a provisioned drive; default 10 GiB (10737418240)' }),
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
