// POST /vms/:vmId/launch: the VM's full spec, applied to a new Firecracker process as named
// steps. The body is Firecracker's own structures (v1.14.2 names) plus what the agent needs
// to ensure each drive's file (source, size_bytes); the answer says what Firecracker got.
import { type Static, Type } from '@sinclair/typebox';
import {
  AbsolutePath,
  DeviceId,
  MAC_PATTERN,
  RateLimiter,
  StringEnum,
  TAP_NAME_PATTERN,
} from './common.ts';
import { LiveDrive, LiveNic } from './live-config.ts';

export const MachineConfig = Type.Object(
  {
    vcpu_count: Type.Integer({ minimum: 1, maximum: 32 }),
    mem_size_mib: Type.Integer({ minimum: 1 }),
    smt: Type.Optional(Type.Boolean()),
    track_dirty_pages: Type.Optional(Type.Boolean()),
    huge_pages: Type.Optional(StringEnum(['None', '2M'])),
    /** deprecated by Firecracker; the names of its v1.14.2 static templates */
    cpu_template: Type.Optional(StringEnum(['C3', 'T2', 'T2S', 'T2CL', 'T2A', 'V1N1', 'None'])),
  },
  { additionalProperties: false },
);
export type MachineConfig = Static<typeof MachineConfig>;

export const BootSource = Type.Object(
  {
    kernel_image_path: AbsolutePath,
    initrd_path: Type.Optional(AbsolutePath),
    boot_args: Type.Optional(Type.String({ maxLength: 4096 })),
  },
  { additionalProperties: false },
);
export type BootSource = Static<typeof BootSource>;

const DRIVE_SOURCES = ['provisioned', 'host_path', 'image'] as const;
export const DriveSource = StringEnum(DRIVE_SOURCES);
export type DriveSource = Static<typeof DriveSource>;

/** One drive of a launch: Firecracker's Drive plus what the agent needs to ensure its file. */
export const LaunchDrive = Type.Object(
  {
    drive_id: DeviceId,
    path_on_host: AbsolutePath,
    is_root_device: Type.Boolean(),
    is_read_only: Type.Optional(Type.Boolean()),
    partuuid: Type.Optional(Type.String()),
    cache_type: Type.Optional(StringEnum(['Unsafe', 'Writeback'])),
    io_engine: Type.Optional(StringEnum(['Sync', 'Async'])),
    rate_limiter: Type.Optional(RateLimiter),
    source: StringEnum(DRIVE_SOURCES, {
      description: 'provisioned: recreated sparse when missing; host_path/image: must exist',
    }),
    size_bytes: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], {
      description: 'required for provisioned drives',
    }),
  },
  { additionalProperties: false },
);
export type LaunchDrive = Static<typeof LaunchDrive>;

/** One NIC of a launch. host_dev_name is the TAP name the agent creates on the bridge. */
export const LaunchNic = Type.Object(
  {
    iface_id: DeviceId,
    host_dev_name: Type.String({
      pattern: TAP_NAME_PATTERN,
      description: 'the TAP the agent creates on the bridge',
    }),
    guest_mac: Type.Optional(Type.String({ pattern: MAC_PATTERN })),
    rx_rate_limiter: Type.Optional(RateLimiter),
    tx_rate_limiter: Type.Optional(RateLimiter),
  },
  { additionalProperties: false },
);
export type LaunchNic = Static<typeof LaunchNic>;

/**
 * Firecracker's metadata service for the guest (169.254.169.254 by default): the step
 * launch.mmds runs PUT /mmds/config with these interfaces, then PUT /mmds with `data`, before
 * boot. Absent: no MMDS.
 */
export const LaunchMmds = Type.Object(
  {
    network_interfaces: Type.Array(DeviceId, {
      minItems: 1,
      maxItems: 32,
      description: 'iface_ids of the launch NICs that answer MMDS requests',
    }),
    version: Type.Optional(StringEnum(['V1', 'V2'], { default: 'V2' })),
    data: Type.Record(Type.String(), Type.Unknown(), { description: 'the MMDS contents' }),
  },
  { additionalProperties: false },
);
export type LaunchMmds = Static<typeof LaunchMmds>;

export const LaunchRequest = Type.Object(
  {
    machine: MachineConfig,
    boot_source: BootSource,
    drives: Type.Array(LaunchDrive, { maxItems: 64 }),
    nics: Type.Array(LaunchNic, { maxItems: 32 }),
    bridge: Type.Optional(
      Type.String({ pattern: TAP_NAME_PATTERN, description: "default: the agent's HEARTH_BRIDGE" }),
    ),
    image_paths: Type.Optional(
      Type.Array(AbsolutePath, {
        maxItems: 4096,
        description:
          "every image file registered on this host (the manager's image rows): a drive resolving to one of them must be read-only",
      }),
    ),
    mmds: Type.Optional(LaunchMmds),
  },
  { additionalProperties: false },
);
export type LaunchRequest = Static<typeof LaunchRequest>;

export const LaunchStepReport = Type.Object({
  name: Type.String({ description: "e.g. 'launch.spawn-vmm'" }),
  duration_ms: Type.Number(),
  ok: Type.Boolean(),
});
export type LaunchStepReport = Static<typeof LaunchStepReport>;

export const LaunchResponse = Type.Object({
  vm_id: Type.String(),
  pid: Type.Integer(),
  socket_path: Type.String(),
  steps: Type.Array(LaunchStepReport),
  applied: Type.Object(
    {
      drives: Type.Array(LiveDrive, {
        description: 'in the order Firecracker got them: the root drive first, then by drive_id',
      }),
      'network-interfaces': Type.Array(LiveNic),
    },
    {
      description:
        "what the launch put into Firecracker, in GET /vm/config's shape: the caller needs no second round trip",
    },
  ),
});
export type LaunchResponse = Static<typeof LaunchResponse>;

/** details of a LAUNCH_FAILED (502) or HOST_PRECONDITION_FAILED (422) launch error */
export const LaunchFailure = Type.Object({
  step: Type.String(),
  message: Type.String(),
  firecracker_fault: Type.Optional(Type.String()),
  drive_id: Type.Optional(Type.String()),
  path: Type.Optional(Type.String()),
  /** isolation refusals (PATH_NOT_ALLOWED, FILE_IN_USE): what the path resolved to, and why */
  real_path: Type.Optional(Type.String()),
  reason: Type.Optional(Type.String()),
  steps: Type.Array(LaunchStepReport),
});
export type LaunchFailure = Static<typeof LaunchFailure>;
