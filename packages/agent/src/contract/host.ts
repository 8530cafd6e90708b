// GET /health (no token) and GET /host: what placement and the operator need to know about
// a host, measured by its agent rather than configured in the manager.
import { type Static, Type } from '@sinclair/typebox';
import { StringEnum } from './common.ts';

export const HealthResponse = Type.Object({ status: StringEnum(['ok']) });
export type HealthResponse = Static<typeof HealthResponse>;

/** The binary HEARTH_FIRECRACKER_BIN names, else `firecracker` on PATH, as it answered. */
export const FirecrackerBinaryInfo = Type.Object({
  path: Type.String(),
  version: Type.String({
    description: "first line of `--version`; '' when it could not be run",
  }),
  simulator: Type.Boolean({ description: "true when the binary is Hearth's simulator" }),
  error: Type.Optional(Type.String({ description: 'why `--version` failed' })),
});

/** Which VMM this agent launches; when it is not a real Firecracker, every reason why. */
export const VmmInfo = Type.Object({
  mode: StringEnum(['firecracker', 'simulator', 'none'], {
    description: 'none: no binary found and no fallback allowed; every launch fails',
  }),
  binary: Type.Union([Type.String(), Type.Null()], {
    description: 'what launches run; null in mode none',
  }),
  version: Type.String({
    description: 'first line of `--version`, or the Firecracker release the simulator reproduces',
  }),
  reasons: Type.Array(Type.String(), {
    description: 'why this is not a real Firecracker on a usable KVM; empty when it is',
  }),
});

/** Demo boot images the agent wrote (simulator mode only), for the manager to register. */
export const DemoImagesInfo = Type.Object({
  kernel_path: Type.String(),
  rootfs_path: Type.String(),
});

export const HostInfo = Type.Object({
  hostname: Type.String(),
  cpus: Type.Integer(),
  memory_bytes: Type.Integer(),
  storage_root: Type.String(),
  storage_free_bytes: Type.Integer(),
  storage_capacity_bytes: Type.Integer({ description: 'size of the storage root file system' }),
  allowed_roots: Type.Array(Type.String()),
  bridges: Type.Array(Type.String()),
  firecracker: Type.Union([FirecrackerBinaryInfo, Type.Null()], {
    description: 'null when no binary was found',
  }),
  kvm: Type.Object({ usable: Type.Boolean(), reason: Type.Optional(Type.String()) }),
  vmm: VmmInfo,
  demo_images: Type.Union([DemoImagesInfo, Type.Null()], {
    description: 'null unless this agent wrote demo images (simulator mode)',
  }),
  agent_version: Type.String(),
});
export type HostInfo = Static<typeof HostInfo>;
