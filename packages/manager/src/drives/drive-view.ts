// Drives as the API shows them: each row against the running VMM's live drive of the same
// drive_id (attachment, the fields that differ, whether a live apply can close the gap), the
// block device the guest gets at the next start and the one it has now, and a pending_detach
// entry for every drive the VMM still has but the database no longer does.
import type { LiveVmConfig } from '@hearth/agent/contract';
import { type Attachment, DRIVE_DEFAULTS, type Drive } from '@hearth/api';
import { canonicalRateLimiter, sameRateLimiter } from '../devices/attachment.ts';
import type { DriveRecord } from './drives.repository.ts';

export type LiveDrive = NonNullable<LiveVmConfig['drives']>[number];

/** A field of a drive row the running VMM can have differently. */
export type DriveField =
  | 'path_on_host'
  | 'size_bytes'
  | 'is_root_device'
  | 'is_read_only'
  | 'cache_type'
  | 'io_engine'
  | 'rate_limiter';

/**
 * What Firecracker changes on a running VMM (PATCH /drives/{id} after boot): the backing
 * file, re-read with its current size, and the rate limiter. Everything else needs a restart.
 */
export const LIVE_FIELDS: ReadonlySet<DriveField> = new Set([
  'path_on_host',
  'size_bytes',
  'rate_limiter',
]);

/** A live drive may leave out the settings that are at Firecracker's defaults. */
function liveSettings(live: LiveDrive): Pick<Drive, 'is_read_only' | 'cache_type' | 'io_engine'> {
  return {
    is_read_only: live.is_read_only ?? DRIVE_DEFAULTS.is_read_only,
    cache_type: live.cache_type ?? DRIVE_DEFAULTS.cache_type,
    io_engine: live.io_engine ?? DRIVE_DEFAULTS.io_engine,
  };
}

/**
 * The fields where the row and the live drive differ. The size is compared only where both
 * are known: the row's size (provisioned and image drives) and the size the agent recorded
 * when the VMM opened the file (Firecracker does not report it).
 */
export function differingFields(row: DriveRecord, live: LiveDrive): DriveField[] {
  const settings = liveSettings(live);
  const fields: DriveField[] = [];
  if (row.path_on_host !== live.path_on_host) fields.push('path_on_host');
  // only a row larger than the VMM's file is pending: Hearth never shrinks, so a file found
  // larger (grown by hand, or a grow whose row a crash lost) stays as it is at the next start
  const liveSize = live.size_bytes ?? null;
  if (row.size_bytes !== null && liveSize !== null && row.size_bytes > liveSize) {
    fields.push('size_bytes');
  }
  if (row.is_root_device !== live.is_root_device) fields.push('is_root_device');
  if (row.is_read_only !== settings.is_read_only) fields.push('is_read_only');
  if (row.cache_type !== settings.cache_type) fields.push('cache_type');
  if (row.io_engine !== settings.io_engine) fields.push('io_engine');
  if (!sameRateLimiter(row.rate_limiter, live.rate_limiter)) fields.push('rate_limiter');
  return fields;
}

/** Linux's virtio-blk names: vda … vdz, then vdaa, vdab … (as sd_format_disk_name does). */
export function guestDeviceName(index: number): string {
  let name = '';
  let n = index;
  do {
    name = String.fromCharCode(97 + (n % 26)) + name;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return `/dev/vd${name}`;
}

/**
 * The order a launch attaches drives in, which is the order the guest numbers them: the
 * root drive first, then by drive_id in code-unit order (the agent's attachOrder; not the
 * database's collation, which may sort `_` or capitals differently).
 */
export function attachOrder<T extends Pick<DriveRecord, 'drive_id' | 'is_root_device'>>(
  drives: readonly T[],
): T[] {
  return [...drives].sort((a, b) => {
    if (a.is_root_device !== b.is_root_device) return a.is_root_device ? -1 : 1;
    return a.drive_id < b.drive_id ? -1 : a.drive_id > b.drive_id ? 1 : 0;
  });
}

/** drive_id → the guest device each row gets at the next start. */
export function nextGuestDevices(
  rows: readonly Pick<DriveRecord, 'drive_id' | 'is_root_device'>[],
): Map<string, string> {
  return new Map(attachOrder(rows).map((row, index) => [row.drive_id, guestDeviceName(index)]));
}

function detachedView(vmId: string, live: LiveDrive, index: number): Drive {
  return {
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
    allocated_bytes: null,
    live_size_bytes: live.size_bytes ?? null,
    guest_device: null,
    live_guest_device: guestDeviceName(index),
    pending_fields: [],
    live_apply: false,
    created_at: null,
    updated_at: null,
  };
}

/**
 * Every row (in the order given) with its view, then the pending_detach entries. `live` null:
 * the VM is not running (or its VMM could not be asked), so attachment and the live fields
 * are null: Hearth never guesses what the VMM has.
 */
export function driveViews(
  vmId: string,
  rows: readonly DriveRecord[],
  live: LiveVmConfig | null,
): Drive[] {
  const next = nextGuestDevices(rows);
  const liveDrives = live ? (live.drives ?? []) : null;
  const liveIndex = new Map((liveDrives ?? []).map((d, index) => [d.drive_id, index]));
  const views = rows.map((row): Drive => {
    const index = liveIndex.get(row.drive_id);
    const device = index === undefined ? undefined : liveDrives?.[index];
    const fields = device ? differingFields(row, device) : [];
    const attachment: Attachment =
      liveDrives === null
        ? null
        : device === undefined
          ? 'pending_attach'
          : fields.length > 0
            ? 'pending_change'
            : 'attached';
    return {
      ...row,
      attachment,
      live_size_bytes: device?.size_bytes ?? null,
      guest_device: next.get(row.drive_id) ?? null,
      live_guest_device: index === undefined ? null : guestDeviceName(index),
      pending_fields: fields,
      live_apply: attachment === 'pending_change' && fields.every((f) => LIVE_FIELDS.has(f)),
    };
  });
  const rowIds = new Set(rows.map((row) => row.drive_id));
  const detached = (liveDrives ?? []).flatMap((device, index) =>
    rowIds.has(device.drive_id) ? [] : [detachedView(vmId, device, index)],
  );
  return [...views, ...detached];
}
