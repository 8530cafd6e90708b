// Drive rows as the API shows them: each with its attachment against the live VMM, plus
// pending_detach entries for drives the VMM still has but the database no longer does.

import type { LiveVmConfig } from '@hearth/agent/contract';
import type { Drive } from '@hearth/api';
import { canonicalRateLimiter, compareWithLive, sameRateLimiter } from './attachment.ts';
import type { DriveRecord } from './drives.repository.ts';

type LiveDrive = NonNullable<LiveVmConfig['drives']>[number];

/** Firecracker's defaults for fields a live drive may leave out. */
function matchesLive(row: DriveRecord, live: LiveDrive): boolean {
  return (
    row.path_on_host === live.path_on_host &&
    row.is_root_device === live.is_root_device &&
    row.is_read_only === (live.is_read_only ?? false) &&
    row.cache_type === (live.cache_type ?? 'Unsafe') &&
    row.io_engine === (live.io_engine ?? 'Sync') &&
    sameRateLimiter(row.rate_limiter, live.rate_limiter)
  );
}

function detachedView(vmId: string, live: LiveDrive): Drive {
  return {
    id: null,
    vm_id: vmId,
    drive_id: live.drive_id,
    path_on_host: live.path_on_host ?? '',
    size_bytes: null,
    source: null,
    is_root_device: live.is_root_device,
    is_read_only: live.is_read_only ?? false,
    cache_type: live.cache_type ?? 'Unsafe',
    io_engine: live.io_engine ?? 'Sync',
    rate_limiter: canonicalRateLimiter(live.rate_limiter),
    attachment: 'pending_detach',
    created_at: null,
    updated_at: null,
  };
}

/** `live` null: the VM is not running (or its VMM could not be asked), attachment null. */
export function driveViews(
  vmId: string,
  rows: readonly DriveRecord[],
  live: LiveVmConfig | null,
): Drive[] {
  const compared = compareWithLive(
    rows,
    live ? (live.drives ?? []) : null,
    (row) => row.drive_id,
    (device) => device.drive_id,
    matchesLive,
  );
  return [
    ...compared.rows.map(({ row, attachment }) => ({ ...row, attachment })),
    ...compared.detached.map((device) => detachedView(vmId, device)),
  ];
}
