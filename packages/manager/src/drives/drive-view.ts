// Drives as the API shows them (devices/device-view.ts): rows compared with the VMM's live
// drives by drive_id, and pending_detach entries for drives removed since the start.
import type { LiveVmConfig } from '@hearth/agent/contract';
import { DRIVE_DEFAULTS, type Drive } from '@hearth/api';
import { canonicalRateLimiter, sameRateLimiter } from '../devices/attachment.ts';
import { type DeviceKind, deviceViews } from '../devices/device-view.ts';
import type { DriveRecord } from './drives.repository.ts';

export type LiveDrive = NonNullable<LiveVmConfig['drives']>[number];

/** A live drive may leave out the settings that are at Firecracker's defaults. */
function liveSettings(live: LiveDrive): Pick<Drive, 'is_read_only' | 'cache_type' | 'io_engine'> {
  return {
    is_read_only: live.is_read_only ?? DRIVE_DEFAULTS.is_read_only,
    cache_type: live.cache_type ?? DRIVE_DEFAULTS.cache_type,
    io_engine: live.io_engine ?? DRIVE_DEFAULTS.io_engine,
  };
}

export const DRIVE_KIND: DeviceKind<DriveRecord, LiveDrive, Drive> = {
  liveDevices: (live) => live.drives ?? [],
  keyOfRow: (row) => row.drive_id,
  keyOfLive: (device) => device.drive_id,
  matches(row, live) {
    const settings = liveSettings(live);
    return (
      row.path_on_host === live.path_on_host &&
      row.is_root_device === live.is_root_device &&
      row.is_read_only === settings.is_read_only &&
      row.cache_type === settings.cache_type &&
      row.io_engine === settings.io_engine &&
      sameRateLimiter(row.rate_limiter, live.rate_limiter)
    );
  },
  detachedView: (vmId, live) => ({
    id: null,
    vm_id: vmId,
    drive_id: live.drive_id,
    path_on_host: live.path_on_host ?? '',
    size_bytes: null,
    source: null,
    is_root_device: live.is_root_device,
    ...liveSettings(live),
    rate_limiter: canonicalRateLimiter(live.rate_limiter),
    attachment: 'pending_detach',
    created_at: null,
    updated_at: null,
  }),
};

/** `live` null: the VM is not running (or its VMM could not be asked), attachment null. */
export function driveViews(
  vmId: string,
  rows: readonly DriveRecord[],
  live: LiveVmConfig | null,
): Drive[] {
  return deviceViews(DRIVE_KIND, vmId, rows, live);
}
