// The devices as Firecracker reports them (GET /vm/config, v1.14.2 names): what is really
// attached to a running VMM. Real Firecracker sends null for an absent optional value, so
// every optional field here also accepts null; fields the manager does not read pass
// through as additional properties.
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { StringEnum } from './common.ts';

const OrNull = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const open = { additionalProperties: true } as const;

export const LiveTokenBucket = Type.Object(
  {
    size: Type.Integer(),
    one_time_burst: Type.Optional(OrNull(Type.Integer())),
    refill_time: Type.Integer({ description: 'milliseconds' }),
  },
  open,
);

export const LiveRateLimiter = Type.Object(
  {
    bandwidth: Type.Optional(OrNull(LiveTokenBucket)),
    ops: Type.Optional(OrNull(LiveTokenBucket)),
  },
  open,
);
export type LiveRateLimiter = Static<typeof LiveRateLimiter>;

export const LiveDrive = Type.Object(
  {
    drive_id: Type.String(),
    partuuid: Type.Optional(OrNull(Type.String())),
    is_root_device: Type.Boolean(),
    cache_type: Type.Optional(OrNull(StringEnum(['Unsafe', 'Writeback']))),
    is_read_only: Type.Optional(OrNull(Type.Boolean())),
    path_on_host: Type.Optional(OrNull(Type.String())),
    rate_limiter: Type.Optional(OrNull(LiveRateLimiter)),
    io_engine: Type.Optional(OrNull(StringEnum(['Sync', 'Async']))),
    socket: Type.Optional(OrNull(Type.String())),
    size_bytes: Type.Optional(
      OrNull(
        Type.Integer({
          description:
            "added by the agent (Firecracker does not report it): the file's size when the VMM opened it, at launch or at the last live update; null when not recorded",
        }),
      ),
    ),
  },
  open,
);
export type LiveDrive = Static<typeof LiveDrive>;

export const LiveNic = Type.Object(
  {
    iface_id: Type.String(),
    host_dev_name: Type.String({ description: 'the TAP' }),
    guest_mac: Type.Optional(OrNull(Type.String())),
    rx_rate_limiter: Type.Optional(OrNull(LiveRateLimiter)),
    tx_rate_limiter: Type.Optional(OrNull(LiveRateLimiter)),
  },
  open,
);
export type LiveNic = Static<typeof LiveNic>;

export const LiveMachineConfig = Type.Object(
  {
    vcpu_count: Type.Integer(),
    mem_size_mib: Type.Integer(),
    smt: Type.Optional(OrNull(Type.Boolean())),
    track_dirty_pages: Type.Optional(OrNull(Type.Boolean())),
    huge_pages: Type.Optional(OrNull(Type.String())),
  },
  open,
);

export const LiveBootSource = Type.Object(
  {
    kernel_image_path: Type.String(),
    initrd_path: Type.Optional(OrNull(Type.String())),
    boot_args: Type.Optional(OrNull(Type.String())),
  },
  open,
);

/** GET /vms/:vmId/config: the running VMM's GET /vm/config, passed on as Firecracker sent it. */
export const LiveVmConfig = Type.Object(
  {
    drives: Type.Optional(Type.Array(LiveDrive)),
    'network-interfaces': Type.Optional(Type.Array(LiveNic)),
    'machine-config': Type.Optional(OrNull(LiveMachineConfig)),
    'boot-source': Type.Optional(OrNull(LiveBootSource)),
  },
  { ...open, description: "Firecracker's GET /vm/config, verbatim" },
);
export type LiveVmConfig = Static<typeof LiveVmConfig>;
