import { type Static, Type } from '@sinclair/typebox';
import { NAME_PATTERN } from '../patterns.ts';
import { EXAMPLE, nullable, StringEnum, Timestamp, timestamp, uuid } from './common.ts';
import { AddDriveBody, Drive } from './drives.ts';
import { Host } from './hosts.ts';
import { AddNicBody, Nic } from './nics.ts';

export const VM_STATES = [
  'created',
  'starting',
  'running',
  'stopping',
  'stopped',
  'error',
  'deleting',
] as const;

const VM_STATE_MEANING =
  '`created` (never started), `starting`, `running`, `stopping`, `stopped` (storage kept), ' +
  '`error` (a start, stop or the VMM failed: see last_error), `deleting`';

export const VmState = StringEnum(VM_STATES, {
  description: `what the VM is, as the manager last saw it: ${VM_STATE_MEANING}`,
  examples: ['running'],
});
export type VmState = Static<typeof VmState>;

export const LastError = Type.Object(
  {
    code: Type.String({
      description: 'the error code the failure had (e.g. LAUNCH_FAILED, HOST_PRECONDITION_FAILED)',
      examples: ['LAUNCH_FAILED'],
    }),
    message: Type.String({ description: 'what failed, in a sentence' }),
    step: Type.Optional(
      Type.String({
        description: 'the launch step that failed',
        examples: ['launch.boot-source'],
      }),
    ),
    firecracker_fault: Type.Optional(
      Type.String({ description: "Firecracker's own fault message, when it refused" }),
    ),
    drive_id: Type.Optional(Type.String({ description: 'the drive the failure is about' })),
    at: timestamp('when it failed'),
  },
  { description: 'the last failure of a start or stop' },
);

export const DesiredState = StringEnum(['running', 'stopped'], {
  description:
    'what the user last asked for (start/restart: running; stop: stopped); the reconciler ' +
    'converges `state` towards it',
  examples: ['running'],
});

const RESTART_POLICY_NAME =
  '`no` (default): a VM whose VMM exits stays stopped or in error; `on-failure`: when the VMM ' +
  'exits with an error, the reconciler starts the VM again, with exponential backoff ' +
  '(1 s, 2 s, 4 s ... at most 60 s)';
const MAX_RETRIES = 'restarts in a row before the VM stays in `error`';

export const RestartPolicy = Type.Object(
  {
    name: StringEnum(['no', 'on-failure'], {
      description: RESTART_POLICY_NAME,
      examples: ['on-failure'],
    }),
    max_retries: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 100,
        default: 3,
        description: `${MAX_RETRIES}; default 3`,
      }),
    ),
  },
  {
    additionalProperties: false,
    description: 'what the reconciler does when the VMM exits on its own',
    examples: [{ name: 'on-failure', max_retries: 3 }],
  },
);
export type RestartPolicy = Static<typeof RestartPolicy>;

export const Vm = Type.Object({
  id: uuid('the VM id', EXAMPLE.vmId),
  name: Type.String({ description: 'unique VM name', examples: [EXAMPLE.vmName] }),
  host_id: uuid('the host the VM was placed on (it stays there)', EXAMPLE.hostId),
  state: VmState,
  desired_state: DesiredState,
  restart_policy: Type.Object(
    {
      name: StringEnum(['no', 'on-failure'], { description: RESTART_POLICY_NAME }),
      max_retries: Type.Integer({ description: MAX_RETRIES }),
    },
    { description: 'what the reconciler does when the VMM exits on its own' },
  ),
  restart_count: Type.Integer({
    description: 'automatic restarts since the last start a user asked for',
  }),
  vcpu: Type.Integer({ description: 'virtual CPUs', examples: [2] }),
  mem_mib: Type.Integer({ description: 'guest memory in MiB', examples: [512] }),
  kernel_image_id: uuid('the kernel image it boots', EXAMPLE.kernelImageId),
  rootfs_image_id: uuid('the rootfs image its root drive was copied from', EXAMPLE.rootfsImageId),
  boot_args: Type.String({
    description: 'the kernel command line',
    examples: ['console=ttyS0 reboot=k panic=1 pci=off'],
  }),
  mmds: Type.Boolean({
    description:
      "serve a drive manifest to the guest through Firecracker's MMDS (on the VM's NICs) from the next start",
  }),
  last_error: nullable(LastError, 'the last failure of a start or stop; null after a success'),
  started_at: nullable(Timestamp, 'when the running VMM started; null when not running'),
  created_at: timestamp('when the VM was created'),
  updated_at: timestamp('when the VM row last changed'),
});
export type Vm = Static<typeof Vm>;

export const VmStorage = Type.Object(
  {
    provisioned_bytes: Type.Integer({
      description: 'sum of size_bytes of its drives (host_path drives not counted)',
    }),
    allocated_bytes: Type.Integer({ description: 'sum of allocated_bytes of its drives' }),
  },
  { description: 'the disk space of its drives' },
);

export const VmDetail = Type.Composite([
  Vm,
  Type.Object({
    host: { ...Host, description: 'the host the VM is placed on' },
    drives: Type.Array(Drive, {
      description: 'its drives, root first, with pending_detach entries while it runs',
    }),
    nics: Type.Array(Nic, { description: 'its network interfaces' }),
    storage: VmStorage,
  }),
]);
export type VmDetail = Static<typeof VmDetail>;

export const DEFAULT_BOOT_ARGS = 'console=ttyS0 reboot=k panic=1 pci=off';

export const CreateVmBody = Type.Object(
  {
    name: Type.String({
      minLength: 1,
      maxLength: 63,
      pattern: NAME_PATTERN,
      description: 'unique VM name: letters, digits, ., _, -',
      examples: [EXAMPLE.vmName],
    }),
    vcpu: Type.Integer({
      minimum: 1,
      maximum: 32,
      description: 'virtual CPUs, 1 to 32',
      examples: [2],
    }),
    mem_mib: Type.Integer({
      minimum: 128,
      maximum: 1048576,
      description: 'guest memory in MiB, at least 128',
      examples: [512],
    }),
    kernel_image_id: uuid('a registered image of kind kernel', EXAMPLE.kernelImageId),
    rootfs_image_id: uuid(
      'a registered image of kind rootfs, copied into the VM storage dir as its root drive `rootfs`',
      EXAMPLE.rootfsImageId,
    ),
    boot_args: Type.Optional(
      Type.String({
        maxLength: 2048,
        default: DEFAULT_BOOT_ARGS,
        description: `the kernel command line; default \`${DEFAULT_BOOT_ARGS}\``,
      }),
    ),
    drives: Type.Optional(
      Type.Array(AddDriveBody, {
        maxItems: 32,
        description: 'data drives besides the root drive, at most 32 (as for POST …/drives)',
      }),
    ),
    nics: Type.Optional(
      Type.Array(AddNicBody, {
        maxItems: 16,
        description: 'network interfaces, at most 16 (as for POST …/nics)',
      }),
    ),
    start: Type.Optional(
      Type.Boolean({
        default: true,
        description:
          'start the VM once it is created (default); a failed start still answers 201, the VM in `error` with last_error',
      }),
    ),
    restart_policy: Type.Optional(RestartPolicy),
    mmds: Type.Optional(
      Type.Boolean({
        default: false,
        description: 'serve the drive manifest through MMDS (needs a NIC)',
      }),
    ),
  },
  {
    additionalProperties: false,
    examples: [
      {
        name: EXAMPLE.vmName,
        vcpu: 2,
        mem_mib: 512,
        kernel_image_id: EXAMPLE.kernelImageId,
        rootfs_image_id: EXAMPLE.rootfsImageId,
        drives: [{ drive_id: EXAMPLE.driveId, size_bytes: EXAMPLE.sizeBytes }],
        nics: [{ iface_id: EXAMPLE.ifaceId }],
        start: true,
      },
    ],
  },
);
export type CreateVmBody = Static<typeof CreateVmBody>;

/** PATCH /v1/vms/{id}: the restart policy (at once) and MMDS (from the next start). */
export const UpdateVmBody = Type.Object(
  {
    restart_policy: Type.Optional(RestartPolicy),
    mmds: Type.Optional(
      Type.Boolean({
        description:
          'serve the drive manifest through MMDS; applies at the next start; needs a NIC',
      }),
    ),
  },
  {
    additionalProperties: false,
    examples: [{ restart_policy: { name: 'on-failure', max_retries: 3 } }],
  },
);
export type UpdateVmBody = Static<typeof UpdateVmBody>;

/** A row of the VM list: the VM and how many device rows it has. */
export const VmListItem = Type.Composite([
  Vm,
  Type.Object({
    drive_count: Type.Integer({ description: 'drive rows, the root drive included' }),
    nic_count: Type.Integer({ description: 'network interface rows' }),
  }),
]);
export type VmListItem = Static<typeof VmListItem>;

export const ListVmsQuery = Type.Object({
  name: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 63,
      description: 'only the VM with exactly this name',
      examples: [EXAMPLE.vmName],
    }),
  ),
  q: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 63,
      description: 'only VMs whose name contains this, in any case',
      examples: ['web'],
    }),
  ),
  state: Type.Optional(StringEnum(VM_STATES, { description: 'only VMs in this state' })),
  host_id: Type.Optional(uuid('only VMs on this host', EXAMPLE.hostId)),
  limit: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 500,
      default: 50,
      description: 'VMs per page, 1 to 500',
    }),
  ),
  cursor: Type.Optional(
    Type.String({ maxLength: 200, description: 'next_cursor of the previous page, unchanged' }),
  ),
});
export type ListVmsQuery = Static<typeof ListVmsQuery>;
