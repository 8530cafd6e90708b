// Sizes and rates as people type them (`10G`, `512M`, `1.5TiB`, `bw=100M/s,ops=2000/s`) and
// as the CLI prints them (IEC units). Binary units only: a disk of "20G" is 20 GiB.

/** A value the user typed that does not parse: the CLI reports it as a usage error. */
export class UsageError extends Error {}

const UNIT_POWERS: Record<string, number> = { '': 0, k: 1, m: 2, g: 3, t: 4 };
const SIZE_PATTERN = /^(\d+(?:\.\d+)?)\s*([kmgt]?)(i?b?)$/i;

/**
 * Bytes from `10G`, `512M`, `1.5TiB`, `64MiB`, `20gb` (K, M, G, T optionally followed by
 * i, iB or B; any case). A plain number is `plainUnit` bytes (1 for drive sizes, MiB for
 * --mem). `B` alone is bytes.
 */
export function parseSize(text: string, plainUnit = 1): number {
  const match = SIZE_PATTERN.exec(text.trim());
  const suffix = match?.[3] ?? '';
  if (!match || (suffix.toLowerCase() === 'i' && match[2] === '')) {
    throw new UsageError(
      `Invalid size "${text}": use a number with K, M, G or T (binary units), e.g. 512M, 20G or 1.5TiB.`,
    );
  }
  const [, number = '', unit = ''] = match;
  const power = UNIT_POWERS[unit.toLowerCase()] ?? 0;
  const explicitBytes = unit === '' && suffix.toLowerCase() === 'b';
  const scale = unit === '' && !explicitBytes ? plainUnit : 1024 ** power;
  const bytes = Number(number) * scale;
  if (!Number.isSafeInteger(bytes) || bytes <= 0) {
    throw new UsageError(`Invalid size "${text}": it must be a whole, positive number of bytes.`);
  }
  return bytes;
}

/** --mem: a size, a plain number meaning MiB; the API wants whole MiB. */
export function parseMemMib(text: string): number {
  const bytes = parseSize(text, MiB);
  if (bytes % MiB !== 0) throw new UsageError(`Invalid memory size "${text}": use whole MiB.`);
  return bytes / MiB;
}

const KiB = 1024;
const MiB = 1024 * KiB;

const IEC_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

/** 268435456 → "256 MiB", 1610612736 → "1.5 GiB", 1000 → "1000 B". */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < IEC_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = value >= 100 || Number.isInteger(value) ? Math.round(value) : value.toFixed(1);
  return `${String(rounded).replace(/\.0$/, '')} ${IEC_UNITS[unit]}`;
}

/** Firecracker's token bucket, as the API takes it. */
export interface TokenBucket {
  size: number;
  refill_time: number;
  one_time_burst?: number | null;
}
export interface RateLimiter {
  bandwidth?: TokenBucket | null;
  ops?: TokenBucket | null;
}

/**
 * `bw=100M/s,ops=2000/s[,bw-burst=1G][,ops-burst=500]` → a RateLimiter whose buckets refill
 * their size every second. `none` → null (no limiter).
 */
export function parseRateLimit(text: string): RateLimiter | null {
  if (text.trim() === 'none') return null;
  const limiter: RateLimiter = {};
  const bursts: { bw?: number; ops?: number } = {};
  for (const item of text.split(',')) {
    const [key = '', value = ''] = item.split('=', 2).map((s) => s.trim());
    const rate = value.replace(/\/s$/, '');
    if (key === 'bw') limiter.bandwidth = { size: parseSize(rate), refill_time: 1000 };
    else if (key === 'ops') limiter.ops = { size: parseCount(rate, text), refill_time: 1000 };
    else if (key === 'bw-burst') bursts.bw = parseSize(rate);
    else if (key === 'ops-burst') bursts.ops = parseCount(rate, text);
    else {
      throw new UsageError(
        `Invalid rate limit "${text}": use bw=SIZE/s and/or ops=N/s (with bw-burst=SIZE, ops-burst=N), or none.`,
      );
    }
  }
  if (bursts.bw !== undefined) {
    if (!limiter.bandwidth)
      throw new UsageError(`Invalid rate limit "${text}": bw-burst needs bw.`);
    limiter.bandwidth.one_time_burst = bursts.bw;
  }
  if (bursts.ops !== undefined) {
    if (!limiter.ops) throw new UsageError(`Invalid rate limit "${text}": ops-burst needs ops.`);
    limiter.ops.one_time_burst = bursts.ops;
  }
  if (!limiter.bandwidth && !limiter.ops) {
    throw new UsageError(`Invalid rate limit "${text}": give bw=SIZE/s, ops=N/s or both.`);
  }
  return limiter;
}

function parseCount(value: string, whole: string): number {
  if (!/^\d+$/.test(value) || Number(value) <= 0) {
    throw new UsageError(`Invalid rate limit "${whole}": ops takes a whole number per second.`);
  }
  return Number(value);
}

/** The other way, for tables: "bw 1 MiB/s, ops 2000/s", "-" without a limiter. */
export function formatRateLimit(limiter: RateLimiter | null | undefined): string {
  const parts: string[] = [];
  const perSecond = (bucket: TokenBucket) => (bucket.size * 1000) / bucket.refill_time;
  if (limiter?.bandwidth) parts.push(`bw ${formatBytes(perSecond(limiter.bandwidth))}/s`);
  if (limiter?.ops) parts.push(`ops ${perSecond(limiter.ops)}/s`);
  return parts.length ? parts.join(', ') : '-';
}
