// One host's storage: the summary figures, totals per status and every file under its
// storage root with the VM and drive it belongs to, and the garbage collection of orphans.
import type { HostStorage, StorageFileStatus } from '@hearth/api';
import { useQuery } from '@tanstack/react-query';
import { ArrowLeft, RefreshCw, Trash2 } from 'lucide-react';
import { type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/errors.ts';
import { hostStorageQuery, hostsQuery } from '../../api/queries/hosts.ts';
import { Badge, type Tone } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { Table, TBody, Td, THead, Th, Tr } from '../../components/ui/table.tsx';
import { formatBytes, formatDateTime, shortPath } from '../../lib/format.ts';
import { GcDialog } from './gc-dialog.tsx';
import { StorageSummaryCards } from './storage-summary.tsx';

const STATUS: Record<StorageFileStatus, { label: string; tone: Tone; note: string }> = {
  in_use: { label: 'in use', tone: 'green', note: 'a drive row names it' },
  orphan: { label: 'orphan', tone: 'amber', note: 'no drive row names it' },
  missing: {
    label: 'missing',
    tone: 'red',
    note: 'a drive row names it, the file is gone',
  },
};
const STATUSES = Object.keys(STATUS) as StorageFileStatus[];

const backLink = (
  <Link
    to="/hosts"
    className="inline-flex items-center gap-1 text-sm text-zinc-500 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100"
  >
    <ArrowLeft aria-hidden className="size-4" />
    Hosts
  </Link>
);

export function HostStoragePage() {
  const { id = '' } = useParams();
  const hosts = useQuery(hostsQuery());
  const storage = useQuery(hostStorageQuery(id));
  const [gcOpen, setGcOpen] = useState(false);
  const host = hosts.data?.find((h) => h.id === id);
  const name = host?.name ?? (hosts.isPending ? '…' : id);

  let content: ReactNode;
  if (storage.isPending) content = <LoadingState label="Measuring storage…" />;
  else if (storage.isError) {
    content =
      isApiError(storage.error) && storage.error.code === 'HOST_NOT_FOUND' ? (
        <EmptyState title="Host not found" description="It may have been removed." />
      ) : (
        <ErrorState
          title="Could not load the host's storage"
          error={storage.error}
          onRetry={() => storage.refetch()}
        />
      );
  } else content = <StorageView storage={storage.data} />;

  return (
    <div className="space-y-5">
      <div className="space-y-3">
        {backLink}
        <PageHeader
          title={`Storage of ${name}`}
          description={
            storage.data ? (
              <>
                <span className="font-mono">{storage.data.storage_root}</span> · measured{' '}
                {formatDateTime(storage.data.measured_at)}
              </>
            ) : (
              'Files under the host’s storage root.'
            )
          }
          actions={
            <>
              <Button onClick={() => storage.refetch()} pending={storage.isFetching}>
                <RefreshCw aria-hidden />
                Refresh
              </Button>
              <Button
                variant="danger-outline"
                disabled={!storage.data}
                onClick={() => setGcOpen(true)}
              >
                <Trash2 aria-hidden />
                Collect garbage
              </Button>
            </>
          }
        />
      </div>
      {content}
      <GcDialog hostId={id} open={gcOpen} onOpenChange={setGcOpen} />
    </div>
  );
}

function StorageView({ storage }: { storage: HostStorage }) {
  const [filter, setFilter] = useState<StorageFileStatus | 'all'>('all');
  const files = filter === 'all' ? storage.files : storage.files.filter((f) => f.status === filter);
  return (
    <div className="space-y-5">
      <StorageSummaryCards summary={storage.summary} />
      <section aria-label="Totals" className="flex flex-wrap gap-2">
        {STATUSES.map((status) => {
          const total = storage.totals[status];
          const { label, tone, note } = STATUS[status];
          const active = filter === status;
          return (
            <button
              key={status}
              type="button"
              aria-pressed={active}
              title={`${note}; click to show only these`}
              onClick={() => setFilter(active ? 'all' : status)}
              className="flex items-center gap-2 rounded-lg border border-zinc-200 bg-white px-3 py-2 text-left text-sm hover:bg-zinc-50 aria-pressed:border-orange-500 dark:border-zinc-800 dark:bg-zinc-900 dark:hover:bg-zinc-800"
            >
              <Badge tone={tone}>{label}</Badge>
              <span className="tabular-nums">
                {total.files} {total.files === 1 ? 'file' : 'files'} ·{' '}
                {formatBytes(total.size_bytes)}
                <span className="text-zinc-500 dark:text-zinc-400">
                  {' '}
                  ({formatBytes(total.allocated_bytes)} on disk)
                </span>
              </span>
            </button>
          );
        })}
      </section>
      {files.length === 0 ? (
        <EmptyState
          title={filter === 'all' ? 'No files' : `No ${STATUS[filter].label} files`}
          description={
            filter === 'all' ? 'No VM has storage on this host yet.' : 'Nothing in this state.'
          }
        />
      ) : (
        <Table aria-label="Files">
          <THead>
            <tr>
              <Th>Status</Th>
              <Th>Path</Th>
              <Th>VM</Th>
              <Th>Drive</Th>
              <Th className="text-right">Size</Th>
              <Th className="text-right">On disk</Th>
              <Th>Modified</Th>
              <Th>Collectable</Th>
            </tr>
          </THead>
          <TBody>
            {files.map((f) => (
              <Tr key={f.path}>
                <Td>
                  <Badge tone={STATUS[f.status].tone}>{STATUS[f.status].label}</Badge>
                </Td>
                <Td className="max-w-80 truncate font-mono text-xs" title={f.path}>
                  {shortPath(f.path, 48)}
                </Td>
                <Td>
                  {f.vm_name ? (
                    <Link
                      to={`/vms/${f.vm_id}`}
                      className="font-medium hover:text-orange-600 hover:underline"
                    >
                      {f.vm_name}
                    </Link>
                  ) : (
                    <span className="text-zinc-500 dark:text-zinc-400" title={f.vm_id}>
                      deleted VM <span className="font-mono text-xs">{f.vm_id.slice(0, 8)}</span>
                    </span>
                  )}
                </Td>
                <Td className="font-mono text-xs">{f.drive_id ?? '—'}</Td>
                <Td className="text-right tabular-nums">{formatBytes(f.size_bytes)}</Td>
                <Td className="text-right tabular-nums">{formatBytes(f.allocated_bytes)}</Td>
                <Td className="text-zinc-600 dark:text-zinc-400">
                  {formatDateTime(f.modified_at)}
                </Td>
                <Td>
                  {f.collectable ? (
                    <Badge tone="amber">collectable</Badge>
                  ) : f.status === 'orphan' ? (
                    <span className="text-xs text-zinc-500 dark:text-zinc-400">not yet</span>
                  ) : (
                    <span className="text-zinc-400">—</span>
                  )}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </div>
  );
}
