// NICs as the API shows them (devices/device-view.ts): rows compared with the VMM's live
// interfaces by iface_id, and pending_detach entries for interfaces removed since the start.
import type { LiveVmConfig } from '@hearth/agent/contract';
import type { Nic } from '@hearth/api';
import { canonicalRateLimiter, sameRateLimiter } from '../devices/attachment.ts';
import { type DeviceKind, deviceViews } from '../devices/device-view.ts';
import type { NicRecord } from './nics.repository.ts';

export type LiveNic = NonNullable<LiveVmConfig['network-interfaces']>[number];

/** Rows keep MACs in lower case; a live MAC is read the same way, whatever its spelling. */
const liveMac = (live: LiveNic): string | null => live.guest_mac?.toLowerCase() ?? null;

export const NIC_KIND: DeviceKind<NicRecord, LiveNic, Nic> = {
  liveDevices: (live) => live['network-interfaces'] ?? [],
  keyOfRow: (row) => row.iface_id,
  keyOfLive: (device) => device.iface_id,
  matches: (row, live) =>
    row.host_dev_name === live.host_dev_name &&
    row.guest_mac === liveMac(live) &&
    sameRateLimiter(row.rx_rate_limiter, live.rx_rate_limiter) &&
    sameRateLimiter(row.tx_rate_limiter, live.tx_rate_limiter),
  detachedView: (vmId, live) => ({
    id: null,
    vm_id: vmId,
    iface_id: live.iface_id,
    host_dev_name: live.host_dev_name,
    guest_mac: liveMac(live),
    rx_rate_limiter: canonicalRateLimiter(live.rx_rate_limiter),
    tx_rate_limiter: canonicalRateLimiter(live.tx_rate_limiter),
    attachment: 'pending_detach',
    created_at: null,
    updated_at: null,
  }),
};

/** `live` null: the VM is not running (or its VMM could not be asked), attachment null. */
export function nicViews(
  vmId: string,
  rows: readonly NicRecord[],
  live: LiveVmConfig | null,
): Nic[] {
  return deviceViews(NIC_KIND, vmId, rows, live);
}
