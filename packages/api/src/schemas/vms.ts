import { type Static, Type } from '@sinclair/typebox';
import { NAME_PATTERN } from '../patterns.ts';
import { Timestamp, Uuid } from './common.ts';
import { AddDriveBody, Drive } from './drives.ts';
import { Host } from './hosts.ts';
import { AddNicBody, Nic } from './nics.ts';

export const VmState = Type.Union([
  Type.Literal('created'),
  Type.Literal('starting'),
  Type.Literal('running'),
  Type.Literal('stopping'),
  Type.Literal('stopped'),
  Type.Literal('error'),
  Type.Literal('deleting'),
]);
export type VmState = Static<typeof VmState>;

export const LastError = Type.Object({
  code: Type.String(),
  message: Type.String(),
  step: Type.Optional(Type.String()),
  firecracker_fault: Type.Optional(Type.String()),
  drive_id: Type.Optional(Type.String()),
  at: Timestamp,
});

export const DesiredState = Type.Union([Type.Literal('running'), Type.Literal('stopped')], {
  description:
    'what the user last asked for (start/restart: running; stop: stopped); the reconciler ' +
    'converges `state` towards it',
});

export const RestartPolicy = Type.Object(
  {
    name: Type.Union([Type.Literal('no'), Type.Literal('on-failure')], {
      description:
        '`on-failure`: when the VMM exits with an error, the reconciler starts the VM again, ' +
        'with exponential backoff (1 s, 2 s, 4 s ... at most 60 s)',
    }),
    max_retries: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 100,
        default: 3,
        description: 'restarts in a row before the VM stays in `error`',
      }),
    ),
  },
  { additionalProperties: false },
);
export type RestartPolicy = Static<typeof RestartPolicy>;

export const Vm = Type.Object({
  id: Uuid,
  name: Type.String(),
  host_id: Uuid,
  state: VmState,
  desired_state: DesiredState,
  restart_policy: Type.Object({
    name: Type.Union([Type.Literal('no'), Type.Literal('on-failure')]),
    max_retries: Type.Integer(),
  }),
  restart_count: Type.Integer({
    description: 'automatic restarts since the last start a user asked for',
  }),
  vcpu: Type.Integer(),
  mem_mib: Type.Integer(),
  kernel_image_id: Uuid,
  rootfs_image_id: Uuid,
  boot_args: Type.String(),
  mmds: Type.Boolean({
    description:
      "serve a drive manifest to the guest through Firecracker's MMDS (on the VM's NICs) from the next start",
  }),
  last_error: Type.Union([LastError, Type.Null()]),
  started_at: Type.Union([Timestamp, Type.Null()]),
  created_at: Timestamp,
  updated_at: Timestamp,
});
export type Vm = Static<typeof Vm>;

export const VmStorage = Type.Object({
  provisioned_bytes: Type.Integer({ description: 'sum of size_bytes of its drives' }),
  allocated_bytes: Type.Integer({ description: 'sum of allocated_bytes of its drives' }),
});

export const VmDetail = Type.Composite([
  Vm,
  Type.Object({
    host: Host,
    drives: Type.Array(Drive),
    nics: Type.Array(Nic),
    storage: VmStorage,
  }),
]);
export type VmDetail = Static<typeof VmDetail>;

export const DEFAULT_BOOT_ARGS = 'console=ttyS0 reboot=k panic=1 pci=off';

export const CreateVmBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 63, pattern: NAME_PATTERN }),
    vcpu: Type.Integer({ minimum: 1, maximum: 32 }),
    mem_mib: Type.Integer({ minimum: 128, maximum: 1048576 }),
    kernel_image_id: Uuid,
    rootfs_image_id: Uuid,
    boot_args: Type.Optional(Type.String({ maxLength: 2048, default: DEFAULT_BOOT_ARGS })),
    drives: Type.Optional(Type.Array(AddDriveBody, { maxItems: 32 })),
    nics: Type.Optional(Type.Array(AddNicBody, { maxItems: 16 })),
    start: Type.Optional(Type.Boolean({ default: true })),
    restart_policy: Type.Optional(RestartPolicy),
    mmds: Type.Optional(
      Type.Boolean({
        default: false,
        description: 'serve the drive manifest through MMDS (needs a NIC)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type CreateVmBody = Static<typeof CreateVmBody>;

/** PATCH /v1/vms/{id}: the restart policy (at once) and MMDS (from the next start). */
export const UpdateVmBody = Type.Object(
  {
    restart_policy: Type.Optional(RestartPolicy),
    mmds: Type.Optional(Type.Boolean({ description: 'applies at the next start; needs a NIC' })),
  },
  { additionalProperties: false },
);
export type UpdateVmBody = Static<typeof UpdateVmBody>;

/** A row of the VM list: the VM and how many device rows it has. */
export const VmListItem = Type.Composite([
  Vm,
  Type.Object({
    drive_count: Type.Integer({ description: 'drive rows, the root drive included' }),
    nic_count: Type.Integer(),
  }),
]);
export type VmListItem = Static<typeof VmListItem>;

export const ListVmsQuery = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 63, description: 'exact name' })),
  q: Type.Optional(
    Type.String({ minLength: 1, maxLength: 63, description: 'part of the name, any case' }),
  ),
  state: Type.Optional(VmState),
  host_id: Type.Optional(Uuid),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
});
export type ListVmsQuery = Static<typeof ListVmsQuery>;
