// Display formatting shared by every page. Sizes use IEC units (what `ls -lh` and
// Firecracker's docs use), rates come from Firecracker token buckets.
import type { RateLimiter } from '@hearth/api';

const IEC = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
export const MIB = 1024 * 1024;
export const GIB = 1024 * MIB;

/** 10737418240 → "10 GiB", 268435456 → "256 MiB", 1536 MiB → "1.5 GiB"; null → "—". */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < IEC.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = value >= 100 || Number.isInteger(value) ? Math.round(value) : value.toFixed(1);
  return `${String(rounded).replace(/\.0$/, '')} ${IEC[unit]}`;
}

export const formatMib = (mib: number) => formatBytes(mib * MIB);

/** "3d 4h", "2h 5m", "4m 12s", "9s": two units are enough to tell VMs apart. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (d > 0) return `${d}d ${h}h`;
  if (h > 0) return `${h}h ${m}m`;
  if (m > 0) return `${m}m ${s % 60}s`;
  return `${s}s`;
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

export const formatDateTime = (iso: string | null | undefined) =>
  iso ? dateTime.format(new Date(iso)) : '—';

export function formatEventTime(iso: string): string {
  const date = new Date(iso);
  const today = new Date().toDateString() === date.toDateString();
  return today ? timeOnly.format(date) : dateTime.format(date);
}

/** A bucket's steady rate per second: `size` tokens every `refill_time` ms. */
export function bucketRate(bucket: { size: number; refill_time: number }): number {
  return bucket.refill_time > 0 ? (bucket.size * 1000) / bucket.refill_time : 0;
}

/** "bw 100 MiB/s · 2000 ops/s"; null when the limiter is absent or empty. */
export function formatRateLimiter(limiter: RateLimiter | null | undefined): string | null {
  const parts: string[] = [];
  if (limiter?.bandwidth) parts.push(`bw ${formatBytes(bucketRate(limiter.bandwidth))}/s`);
  if (limiter?.ops) parts.push(`${Math.round(bucketRate(limiter.ops))} ops/s`);
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** The form's "MiB/s" and "ops/s" fields as Firecracker buckets refilled every second. */
export function rateLimiterFrom(
  bandwidthMibPerSec: number | null,
  opsPerSec: number | null,
): RateLimiter | null {
  const limiter: RateLimiter = {};
  if (bandwidthMibPerSec) limiter.bandwidth = { size: bandwidthMibPerSec * MIB, refill_time: 1000 };
  if (opsPerSec) limiter.ops = { size: opsPerSec, refill_time: 1000 };
  return limiter.bandwidth || limiter.ops ? limiter : null;
}

/** The inverse of rateLimiterFrom, for prefilling an editor. */
export function rateFieldsOf(limiter: RateLimiter | null | undefined): {
  bandwidth: string;
  ops: string;
} {
  const bw = limiter?.bandwidth ? bucketRate(limiter.bandwidth) / MIB : null;
  const ops = limiter?.ops ? bucketRate(limiter.ops) : null;
  return {
    bandwidth: bw === null ? '' : String(Math.round(bw * 100) / 100),
    ops: ops === null ? '' : String(Math.round(ops)),
  };
}

/** The end of a long host path (the file and its directory), which is what tells drives apart. */
export function shortPath(path: string, max = 40): string {
  if (path.length <= max) return path;
  const parts = path.split('/');
  return `…/${parts.slice(-2).join('/')}`;
}
