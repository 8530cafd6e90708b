// GET /vm/config: the full configuration, with Firecracker's key order, nulls and list order.
// Logger, metrics and the CPU template are never reported, even when configured.
import { balloonJson } from './resources/balloon.ts';
import { machineConfigJson } from './resources/machine.ts';
import type { VmmModel } from './vmm-model.ts';

export function vmConfigJson(vmm: VmmModel): Record<string, unknown> {
  return {
    balloon: vmm.balloon ? balloonJson(vmm.balloon) : null,
    drives: vmm.drives.map((d) => ({
      drive_id: d.drive_id,
      partuuid: d.partuuid,
      is_root_device: d.is_root_device,
      cache_type: d.cache_type,
      is_read_only: d.is_read_only,
      path_on_host: d.path_on_host,
      rate_limiter: d.rate_limiter,
      io_engine: d.io_engine,
      socket: d.socket,
    })),
    'boot-source': {
      kernel_image_path: vmm.bootSource?.kernel_image_path ?? '',
      initrd_path: vmm.bootSource?.initrd_path ?? null,
      boot_args: vmm.bootSource?.boot_args ?? null,
    },
    'cpu-config': null,
    logger: null,
    'machine-config': machineConfigJson(vmm.machine),
    metrics: null,
    'mmds-config': vmm.mmdsConfig ? { ...vmm.mmdsConfig } : null,
    'network-interfaces': vmm.nets.map((n) => ({
      iface_id: n.iface_id,
      host_dev_name: n.host_dev_name,
      guest_mac: n.guest_mac,
      rx_rate_limiter: n.rx_rate_limiter,
      tx_rate_limiter: n.tx_rate_limiter,
    })),
    vsock: vmm.vsock ? { guest_cid: vmm.vsock.guest_cid, uds_path: vmm.vsock.uds_path } : null,
    entropy: vmm.entropy ? { rate_limiter: vmm.entropy.rate_limiter } : null,
    pmem: vmm.pmem.map((p) => ({ ...p })),
    'memory-hotplug': vmm.hotplug
      ? {
          total_size_mib: vmm.hotplug.total_size_mib,
          block_size_mib: vmm.hotplug.block_size_mib,
          slot_size_mib: vmm.hotplug.slot_size_mib,
        }
      : null,
  };
}
