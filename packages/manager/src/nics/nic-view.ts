// NIC rows as the API shows them: each with its attachment against the live VMM, plus
// pending_detach entries for interfaces the VMM still has but the database no longer does.

import type { LiveVmConfig } from '@hearth/agent/contract';
import type { Nic } from '@hearth/api';
import { canonicalRateLimiter, compareWithLive, sameRateLimiter } from '../drives/attachment.ts';
import type { NicRecord } from './nics.repository.ts';

type LiveNic = NonNullable<LiveVmConfig['network-interfaces']>[number];

function matchesLive(row: NicRecord, live: LiveNic): boolean {
  return (
    row.host_dev_name === live.host_dev_name &&
    row.guest_mac === (live.guest_mac?.toLowerCase() ?? null) &&
    sameRateLimiter(row.rx_rate_limiter, live.rx_rate_limiter) &&
    sameRateLimiter(row.tx_rate_limiter, live.tx_rate_limiter)
  );
}

function detachedView(vmId: string, live: LiveNic): Nic {
  return {
    id: null,
    vm_id: vmId,
    iface_id: live.iface_id,
    host_dev_name: live.host_dev_name,
    guest_mac: live.guest_mac?.toLowerCase() ?? null,
    rx_rate_limiter: canonicalRateLimiter(live.rx_rate_limiter),
    tx_rate_limiter: canonicalRateLimiter(live.tx_rate_limiter),
    attachment: 'pending_detach',
    created_at: null,
    updated_at: null,
  };
}

/** `live` null: the VM is not running (or its VMM could not be asked), attachment null. */
export function nicViews(
  vmId: string,
  rows: readonly NicRecord[],
  live: LiveVmConfig | null,
): Nic[] {
  const compared = compareWithLive(
    rows,
    live ? (live['network-interfaces'] ?? []) : null,
    (row) => row.iface_id,
    (device) => device.iface_id,
    matchesLive,
  );
  return [
    ...compared.rows.map(({ row, attachment }) => ({ ...row, attachment })),
    ...compared.detached.map((device) => detachedView(vmId, device)),
  ];
}
