// The on-disk layout of one VM under the storage root. Every module that touches a VM's
// files derives its paths from here, so the layout is written down exactly once.
import { join } from 'node:path';
import { ValidationError } from '../errors.ts';
import { isVmId } from '../validation.ts';

export interface VmPaths {
  /** <storage root>/<vm-id>: removed as a whole when the VM is deleted */
  root: string;
  /** disk files: provisioned data disks and cloned images */
  storage: string;
  logs: string;
  sock: string;
  /** Firecracker's --api-sock */
  apiSocket: string;
  /** the supervisor's record of the VMM (pid, start time) used to re-attach after a restart */
  stateFile: string;
  /** the VMM's stdout and stderr (the guest serial console lands here) */
  consoleLog: string;
  /** Firecracker's own logger (PUT /logger) */
  firecrackerLog: string;
  /** Firecracker's metrics sink (PUT /metrics) */
  metricsFile: string;
}

/** Throws ValidationError when vmId is not a UUID: it becomes a directory name. */
export function vmPaths(storageRoot: string, vmId: string): VmPaths {
  if (!isVmId(vmId)) {
    throw new ValidationError(`VM id ${JSON.stringify(vmId)} is not a UUID.`, { vm_id: vmId });
  }
  const root = join(storageRoot, vmId);
  const logs = join(root, 'logs');
  const sock = join(root, 'sock');
  return {
    root,
    storage: join(root, 'storage'),
    logs,
    sock,
    apiSocket: join(sock, 'firecracker.sock'),
    stateFile: join(root, 'vmm.json'),
    consoleLog: join(logs, 'console.log'),
    firecrackerLog: join(logs, 'firecracker.log'),
    metricsFile: join(logs, 'metrics.json'),
  };
}

/**
 * <storage root>/images: images exported from VM disks (POST /storage/vms/:vmId/export-image)
 * for the manager to register. Not a VM id, so never taken for a VM directory; its files may
 * be attached like files of the allowed roots (read-only once registered, by image_paths).
 */
export const IMAGES_DIR_NAME = 'images';

export function imagesDir(storageRoot: string): string {
  return join(storageRoot, IMAGES_DIR_NAME);
}
