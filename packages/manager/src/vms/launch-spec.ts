// Turns a VM's rows into the agent's launch request: every drive and NIC is applied to
// Firecracker at every start (docs/architecture.md). The agent decides the order in which
// Firecracker gets the drives (root first, then by drive_id); the manager does not sort.

import type { LaunchDrive, LaunchNic, LaunchRequest } from '@hearth/agent/contract';
import type { Image, Vm } from '@hearth/api';
import type { DriveRecord } from '../drives/drives.repository.ts';
import type { NicRecord } from '../nics/nics.repository.ts';
import { mmdsOf } from './mmds.ts';

export function launchDrive(d: DriveRecord): LaunchDrive {
  return {
    drive_id: d.drive_id,
    path_on_host: d.path_on_host,
    is_root_device: d.is_root_device,
    is_read_only: d.is_read_only,
    cache_type: d.cache_type,
    io_engine: d.io_engine,
    ...(d.rate_limiter ? { rate_limiter: d.rate_limiter as LaunchDrive['rate_limiter'] } : {}),
    source: d.source,
    size_bytes: d.size_bytes,
  };
}

export function launchNic(n: NicRecord): LaunchNic {
  return {
    iface_id: n.iface_id,
    host_dev_name: n.host_dev_name,
    guest_mac: n.guest_mac,
    ...(n.rx_rate_limiter
      ? { rx_rate_limiter: n.rx_rate_limiter as LaunchNic['rx_rate_limiter'] }
      : {}),
    ...(n.tx_rate_limiter
      ? { tx_rate_limiter: n.tx_rate_limiter as LaunchNic['tx_rate_limiter'] }
      : {}),
  };
}

export function buildLaunchRequest(
  vm: Vm,
  kernel: Image,
  drives: DriveRecord[],
  nics: NicRecord[],
  /** the paths of every image registered on the VM's host: its agent refuses them read-write */
  imagePaths: string[] = [],
): LaunchRequest {
  return {
    machine: { vcpu_count: vm.vcpu, mem_size_mib: vm.mem_mib },
    boot_source: { kernel_image_path: kernel.path, boot_args: vm.boot_args },
    drives: drives.map(launchDrive),
    nics: nics.map(launchNic),
    image_paths: imagePaths,
    ...(vm.mmds && nics.length > 0 ? { mmds: mmdsOf(vm, drives, nics) } : {}),
  };
}
