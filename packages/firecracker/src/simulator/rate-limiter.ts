// How Firecracker reports a rate limiter back: a bucket with a zero size or refill time is
// never built, so it shows as null, and a limiter without any bucket shows as null.
import type { RateLimiter, TokenBucket } from './vmm-model.ts';

export interface TokenBucketInput {
  size: number;
  one_time_burst: number | null;
  refill_time: number;
}

export interface RateLimiterInput {
  bandwidth: TokenBucketInput | null;
  ops: TokenBucketInput | null;
}

function bucket(input: TokenBucketInput | null): TokenBucket | null {
  if (!input || input.size === 0 || input.refill_time === 0) return null;
  return {
    size: input.size,
    one_time_burst: input.one_time_burst ? input.one_time_burst : null,
    refill_time: input.refill_time,
  };
}

export function buildRateLimiter(input: RateLimiterInput | null): RateLimiter | null {
  if (!input) return null;
  const limiter = { bandwidth: bucket(input.bandwidth), ops: bucket(input.ops) };
  return limiter.bandwidth || limiter.ops ? limiter : null;
}

/** A runtime update replaces only the buckets it names. */
export function patchRateLimiter(
  current: RateLimiter | null,
  update: RateLimiterInput | null,
): RateLimiter | null {
  if (!update) return current;
  const limiter = {
    bandwidth: update.bandwidth ? bucket(update.bandwidth) : (current?.bandwidth ?? null),
    ops: update.ops ? bucket(update.ops) : (current?.ops ?? null),
  };
  return limiter.bandwidth || limiter.ops ? limiter : null;
}
