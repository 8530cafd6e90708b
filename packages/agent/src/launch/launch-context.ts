// What the launch steps share: the request, the host-side dependencies, and what earlier
// steps produced (the process, the API client) for later steps and for undo.
import type { FirecrackerApi } from '@hearth/firecracker';
import type { LaunchRequest } from '../contract/index.ts';
import type { NetworkManager } from '../network/network-manager.ts';
import type { VmmStateRecord } from '../state/vmm-state-file.ts';
import type { DiskStore } from '../storage/disk-store.ts';
import type { PathPolicy } from '../storage/path-policy.ts';
import type { VmPaths } from '../storage/vm-paths.ts';
import type { ProcessSupervisor, VmmProcess } from '../vmm/process-supervisor.ts';
import type { DriveClaims } from './drive-claims.ts';
import type { ResolvedDrive } from './drive-isolation.ts';

export interface LaunchDeps {
  disks: DiskStore;
  network: NetworkManager;
  policy: PathPolicy;
  supervisor: ProcessSupervisor;
  /** absolute path of the firecracker (or simulator) binary */
  binary: string;
  createClient(socketPath: string, timeoutMs?: number): FirecrackerApi;
  /** how long the VMM may take to serve its API socket */
  socketTimeoutMs: number;
}

/** What the isolation checks of a launch need beyond the request (launch/launch-files.ts). */
export interface LaunchIsolation {
  /** real path of the storage root, resolved once at agent start */
  storageRoot: string;
  /** the host-wide record of which VMMs hold which files */
  claims: DriveClaims;
  /** real paths of the agent's own runtime files (socket, pid file, log) */
  agentFiles(): Promise<ReadonlySet<string>>;
}

/** The real paths launch.ensure-disks resolved: what Firecracker is given. */
export interface ResolvedLaunchFiles {
  kernel: string;
  initrd: string | undefined;
  drives: ResolvedDrive[];
}

export interface LaunchContext {
  vmId: string;
  request: LaunchRequest;
  bridge: string;
  paths: VmPaths;
  deps: LaunchDeps;
  isolation: LaunchIsolation;
  /** set by launch.ensure-disks */
  files: ResolvedLaunchFiles | null;
  /** ends this launch's drive claim; the VMM's record speaks for its drives from then on */
  releaseClaim: (() => void) | null;
  vmm: VmmProcess | null;
  /** the VMM's record as launch.spawn-vmm wrote it (vmm.json); later steps complete it */
  record: VmmStateRecord | null;
  client: FirecrackerApi | null;
}

export function requireFiles(ctx: LaunchContext): ResolvedLaunchFiles {
  if (!ctx.files)
    throw new Error('the launch files are not resolved (launch.ensure-disks did not run)');
  return ctx.files;
}

export function requireClient(ctx: LaunchContext): FirecrackerApi {
  if (!ctx.client)
    throw new Error('the VMM API client is not ready (launch.spawn-vmm did not run)');
  return ctx.client;
}
