// How device rows relate to the running VMM. Rows are desired state; Firecracker's
// GET /vm/config (through the agent) is actual state. Nothing here changes either side: the
// comparison only tells the operator what the next start will change.

import type { LiveVmConfig } from '@hearth/agent/contract';
import type { Attachment, RateLimiter, Vm } from '@hearth/api';
import type { AgentClient } from '../agents/agent-client.ts';

type Bucket = NonNullable<RateLimiter['bandwidth']>;
type LiveBucket = { size?: number; one_time_burst?: number | null; refill_time?: number } | null;
type LiveLimiter = { bandwidth?: LiveBucket; ops?: LiveBucket } | null | undefined;

/** Something that logs warnings: Fastify's/pino's logger or the console. */
export interface WarnLogger {
  warn(obj: Record<string, unknown>, msg: string): void;
}

/**
 * Firecracker never builds a bucket whose size or refill time is zero and reports a limiter
 * without buckets as null, so those spellings are all the same limiter. A one_time_burst
 * of 0, null or absent is likewise the same (no burst).
 */
function canonicalBucket(bucket: LiveBucket | undefined): Bucket | null {
  if (!bucket?.size || !bucket.refill_time) return null;
  return {
    size: bucket.size,
    one_time_burst: bucket.one_time_burst ? bucket.one_time_burst : null,
    refill_time: bucket.refill_time,
  };
}

export function canonicalRateLimiter(limiter: LiveLimiter): RateLimiter | null {
  if (!limiter) return null;
  const bandwidth = canonicalBucket(limiter.bandwidth);
  const ops = canonicalBucket(limiter.ops);
  return bandwidth || ops ? { bandwidth, ops } : null;
}

function sameBucket(a: Bucket | null | undefined, b: Bucket | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return (
    a.size === b.size && a.refill_time === b.refill_time && a.one_time_burst === b.one_time_burst
  );
}

export function sameRateLimiter(a: LiveLimiter, b: LiveLimiter): boolean {
  const ca = canonicalRateLimiter(a);
  const cb = canonicalRateLimiter(b);
  if (ca === null || cb === null) return ca === cb;
  return sameBucket(ca.bandwidth, cb.bandwidth) && sameBucket(ca.ops, cb.ops);
}

/** How one row stands against the live device with its key (undefined: the VMM has none). */
export function attachmentOf<Row, Live>(
  row: Row,
  device: Live | undefined,
  matches: (row: Row, device: Live) => boolean,
): Attachment {
  if (device === undefined) return 'pending_attach';
  return matches(row, device) ? 'attached' : 'pending_change';
}

/**
 * Pairs rows with live devices by key. Rows get attached / pending_attach / pending_change;
 * live devices without a row come back as `detached` so the caller can render them as
 * pending_detach entries. Without a live view every row gets attachment null.
 */
export function compareWithLive<Row, Live>(
  rows: readonly Row[],
  live: readonly Live[] | null,
  keyOfRow: (row: Row) => string,
  keyOfLive: (device: Live) => string,
  matches: (row: Row, device: Live) => boolean,
): { rows: Array<{ row: Row; attachment: Attachment }>; detached: Live[] } {
  if (live === null) return { rows: rows.map((row) => ({ row, attachment: null })), detached: [] };
  const byKey = new Map(live.map((device) => [keyOfLive(device), device]));
  const rowKeys = new Set(rows.map(keyOfRow));
  return {
    rows: rows.map((row) => ({
      row,
      attachment: attachmentOf(row, byKey.get(keyOfRow(row)), matches),
    })),
    detached: live.filter((device) => !rowKeys.has(keyOfLive(device))),
  };
}

/**
 * The live configuration of a running VM, fetched once per API request. Null when the VM is
 * not running (no agent call) or when the agent cannot say: a guess would tell the operator
 * something false about the VMM, so attachments are then null and a warning is logged.
 */
export async function loadLiveConfig(
  vm: Pick<Vm, 'id' | 'state'>,
  agentOf: () => Promise<AgentClient>,
  log: WarnLogger,
): Promise<LiveVmConfig | null> {
  if (vm.state !== 'running') return null;
  try {
    const agent = await agentOf();
    return await agent.liveConfig(vm.id);
  } catch (err) {
    log.warn(
      { vm_id: vm.id, err: (err as Error)?.message ?? String(err) },
      'live VM config unavailable; device attachments are reported as null',
    );
    return null;
  }
}
