// A VM's drives as people read them: the device the guest sees (now and at the next start),
// how much of each sparse file is really on disk, and what a pending_change is waiting for.
import type { Drive } from '@hearth/api';
import { formatBytes, formatRateLimit } from '../units.ts';
import type { Palette } from './colour.ts';
import { table } from './table.ts';

const SHORT_UNITS = ['', 'K', 'M', 'G', 'T', 'P'];

/** Sizes for narrow columns: 0 → "0", 1000 → "1000B", 12 MiB → "12M", 1.5 GiB → "1.5G". */
export function shortBytes(bytes: number): string {
  if (bytes < 1024) return bytes === 0 ? '0' : `${bytes}B`;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < SHORT_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = value >= 10 ? String(Math.round(value)) : value.toFixed(1).replace(/\.0$/, '');
  return `${rounded}${SHORT_UNITS[unit]}`;
}

const deviceName = (path: string) => path.replace(/^\/dev\//, '');

/**
 * "vdb"; "vdc (now vdb)" while the running guest has it under another name (drives were
 * added or removed since the start); "- (now vdb)" for a drive that detaches at the next start.
 */
export function deviceCell(drive: Pick<Drive, 'guest_device' | 'live_guest_device'>): string {
  const next = drive.guest_device ? deviceName(drive.guest_device) : '-';
  const now = drive.live_guest_device ? deviceName(drive.live_guest_device) : null;
  return now && now !== next ? `${next} (now ${now})` : next;
}

/**
 * "12M/10G" (allocated on the host / apparent size); "12M/20G (now 10G)" while the running
 * VMM still has the size it read before a grow.
 */
export function usageCell(
  drive: Pick<Drive, 'allocated_bytes' | 'size_bytes' | 'live_size_bytes'>,
): string {
  const { allocated_bytes: allocated, size_bytes: size, live_size_bytes: live } = drive;
  if (allocated === null && size === null) return '-';
  const text = `${allocated === null ? '-' : shortBytes(allocated)}/${size === null ? '-' : shortBytes(size)}`;
  return live !== null && size !== null && live !== size
    ? `${text} (now ${shortBytes(live)})`
    : text;
}

/** "attached", "pending_change (size_bytes, rate_limiter)", "-" while the VM is not running. */
export function attachmentText(drive: Pick<Drive, 'attachment' | 'pending_fields'>): string {
  if (!drive.attachment) return '-';
  return drive.attachment === 'pending_change' && drive.pending_fields.length
    ? `${drive.attachment} (${drive.pending_fields.join(', ')})`
    : drive.attachment;
}

export function driveTable(drives: Drive[], c: Palette): string {
  return table(
    [
      'DRIVE',
      'DEVICE',
      'SOURCE',
      'ALLOC/SIZE',
      'MODE',
      'CACHE',
      'IO',
      'RATE LIMIT',
      'ATTACHMENT',
      'PATH',
    ],
    drives.map((d) => [
      // the root drive is the one on vda (DEVICE), always: no "(root)" mark to widen DRIVE
      d.drive_id,
      deviceCell(d),
      d.source ?? '-',
      usageCell(d),
      d.is_read_only ? 'ro' : 'rw',
      d.cache_type,
      d.io_engine,
      formatRateLimit(d.rate_limiter),
      d.attachment ? attachmentText(d).replace(d.attachment, c.state(d.attachment)) : '-',
      d.path_on_host,
    ]),
  );
}

/** What the guest has of a drive, in words: "20 GiB on /dev/vdb". */
export function guestView(drive: Drive): string {
  const size = drive.live_size_bytes ?? drive.size_bytes;
  const device = drive.live_guest_device ?? drive.guest_device;
  return [size === null ? null : formatBytes(size), device ? `on ${device}` : null]
    .filter(Boolean)
    .join(' ');
}

/**
 * A live apply, before → after: "data: pending_change (size_bytes) → attached; the guest now
 * has 20 GiB on /dev/vdb".
 */
export function applySentence(before: Drive, after: Drive): string {
  const view = guestView(after);
  if (before.attachment === 'attached' && after.attachment === 'attached') {
    return `${after.drive_id}: attached, nothing to apply${view ? `; the guest has ${view}` : ''}`;
  }
  const change = `${attachmentText(before)} → ${attachmentText(after)}`;
  return `${after.drive_id}: ${change}${view && after.attachment === 'attached' ? `; the guest now has ${view}` : ''}`;
}
