// What the launch steps share: the request, the host-side dependencies, and what earlier
// steps produced (the process, the API client) for later steps and for undo.
import type { FirecrackerApi } from '@hearth/firecracker';
import type { LaunchRequest } from '../contract/index.ts';
import type { NetworkManager } from '../network/network-manager.ts';
import type { DiskStore } from '../storage/disk-store.ts';
import type { PathPolicy } from '../storage/path-policy.ts';
import type { VmPaths } from '../storage/vm-paths.ts';
import type { ProcessSupervisor, VmmProcess } from '../vmm/process-supervisor.ts';

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

export interface LaunchContext {
  vmId: string;
  request: LaunchRequest;
  bridge: string;
  paths: VmPaths;
  deps: LaunchDeps;
  vmm: VmmProcess | null;
  client: FirecrackerApi | null;
}

export function requireClient(ctx: LaunchContext): FirecrackerApi {
  if (!ctx.client)
    throw new Error('the VMM API client is not ready (launch.spawn-vmm did not run)');
  return ctx.client;
}
