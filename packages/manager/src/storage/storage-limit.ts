// Thin provisioning with a bound: a host's drives may add up to its storage file system's
// capacity × HEARTH_STORAGE_OVERCOMMIT. Sparse files use only what the guest writes, so
// the bound is on promises (size_bytes), not on use; the free space is shown next to it.
import type { HostStorageSummary } from '@hearth/api';
import { AppError } from '../http/errors.ts';
import type { HostStorageTotals } from './storage.repository.ts';

const numberOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;

/** The host's figures: what its agent reported, with the database's totals and the limit. */
export function storageSummary(
  capabilities: Record<string, unknown>,
  totals: HostStorageTotals | undefined,
  overcommit: number,
): HostStorageSummary {
  const capacity = numberOrNull(capabilities.storage_capacity_bytes);
  return {
    capacity_bytes: capacity,
    free_bytes: numberOrNull(capabilities.storage_free_bytes),
    provisioned_bytes: totals?.provisioned_bytes ?? 0,
    allocated_bytes: totals?.allocated_bytes ?? 0,
    overcommit,
    limit_bytes: capacity === null ? null : Math.floor(capacity * overcommit),
  };
}

const GIB = 1024 ** 3;
const gib = (bytes: number) => `${(bytes / GIB).toFixed(1)} GiB`;

/**
 * Refuses (507) `requestedBytes` more on a host whose drives already promise
 * `provisionedBytes`, past the limit. A host that did not report its capacity (an older
 * agent) is not bounded: there is nothing to compare with, and guessing would refuse or
 * allow at random.
 */
export function assertStorageRoom(
  host: { id: string; name: string; capabilities: Record<string, unknown> },
  provisionedBytes: number,
  requestedBytes: number,
  overcommit: number,
): void {
  if (requestedBytes <= 0) return;
  const summary = storageSummary(
    host.capabilities,
    { provisioned_bytes: provisionedBytes, allocated_bytes: 0 },
    overcommit,
  );
  if (summary.limit_bytes === null || summary.capacity_bytes === null) return;
  if (provisionedBytes + requestedBytes <= summary.limit_bytes) return;
  const available = Math.max(0, summary.limit_bytes - provisionedBytes);
  throw new AppError(
    'INSUFFICIENT_STORAGE',
    `Host ${host.name} cannot promise ${gib(requestedBytes)} more: its drives already add up to ${gib(provisionedBytes)} of a limit of ${gib(summary.limit_bytes)} (capacity ${gib(summary.capacity_bytes)} × HEARTH_STORAGE_OVERCOMMIT ${overcommit}); ${gib(available)} can still be provisioned.`,
    {
      host_id: host.id,
      host: host.name,
      capacity_bytes: summary.capacity_bytes,
      overcommit,
      limit_bytes: summary.limit_bytes,
      provisioned_bytes: provisionedBytes,
      requested_bytes: requestedBytes,
      available_bytes: available,
    },
  );
}
