// A host's storage figures: capacity and free space of the storage root's file system, the
// sum of provisioned drive sizes against the overcommit limit, and what is really allocated.
import type { HostStorageSummary } from '@hearth/api';
import { clsx } from 'clsx';
import { formatBytes } from '../../lib/format.ts';

/** provisioned / limit as a bar: amber from 80 %, red at the limit. */
export function ProvisionedBar({ summary }: { summary: HostStorageSummary }) {
  const { provisioned_bytes: provisioned, limit_bytes: limit } = summary;
  if (!limit) return null;
  const ratio = Math.min(1, provisioned / limit);
  return (
    // the figures are in the text beside it: the bar is for the eye only
    <div
      aria-hidden
      title={`${Math.round(ratio * 100)} % of the limit`}
      className="mt-1 h-1.5 w-28 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
    >
      <div
        className={clsx(
          'h-full rounded-full',
          ratio >= 1 ? 'bg-red-500' : ratio >= 0.8 ? 'bg-amber-500' : 'bg-emerald-500',
        )}
        style={{ width: `${Math.max(2, ratio * 100)}%` }}
      />
    </div>
  );
}

export function provisionedText(summary: HostStorageSummary): string {
  const limit =
    summary.limit_bytes === null ? 'no limit known' : `limit ${formatBytes(summary.limit_bytes)}`;
  return `${formatBytes(summary.provisioned_bytes)} of ${limit}`;
}

/** "free of capacity" */
export function freeText(summary: HostStorageSummary): string {
  if (summary.capacity_bytes === null) return formatBytes(summary.free_bytes);
  return `${formatBytes(summary.free_bytes)} of ${formatBytes(summary.capacity_bytes)}`;
}

/** The four figures as cards, for the host storage page. */
export function StorageSummaryCards({ summary }: { summary: HostStorageSummary }) {
  const cards = [
    {
      label: 'Capacity',
      value: formatBytes(summary.capacity_bytes),
      note: 'of the storage root’s file system',
    },
    { label: 'Free', value: formatBytes(summary.free_bytes), note: 'as the agent last reported' },
    {
      label: 'Provisioned',
      value: formatBytes(summary.provisioned_bytes),
      note:
        summary.limit_bytes === null
          ? `overcommit ${summary.overcommit}×`
          : `of ${formatBytes(summary.limit_bytes)} limit (${summary.overcommit}× capacity)`,
      bar: true,
    },
    {
      label: 'Allocated',
      value: formatBytes(summary.allocated_bytes),
      note: 'on disk: sparse files use only what guests wrote',
    },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      {cards.map((card) => (
        <div
          key={card.label}
          className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
        >
          <dt className="text-xs font-medium text-zinc-500 dark:text-zinc-400">{card.label}</dt>
          <dd className="mt-1 text-lg font-semibold tabular-nums">{card.value}</dd>
          <dd className="text-xs text-zinc-500 dark:text-zinc-400">{card.note}</dd>
          {card.bar ? (
            <dd>
              <ProvisionedBar summary={summary} />
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
