import type { VmState } from '@hearth/api';
import { useQuery } from '@tanstack/react-query';
import { ChevronLeft, ChevronRight, Plus, Search } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { hostsQuery } from '../../api/queries/hosts.ts';
import { VM_PAGE_SIZE, vmListQuery } from '../../api/queries/vms.ts';
import { Button } from '../../components/ui/button.tsx';
import { Input, Select } from '../../components/ui/field.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { useDebounced } from '../../lib/use-debounced.ts';
import { CreateVmDialog } from './create-vm-dialog.tsx';
import { VM_STATES } from './vm-state.ts';
import { VmTable } from './vm-table.tsx';

/** The VM list: filters live in the URL (shareable, survive reload); paging keeps a stack of
 *  the cursors that led to the current page, since the API only pages forward. */
export function VmsPage() {
  const [params, setParams] = useSearchParams();
  const state = params.get('state') ?? '';
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebounced(search.trim(), 300);
  const [cursors, setCursors] = useState<string[]>([]);
  const [creating, setCreating] = useState(false);

  // a new filter starts again from the first page
  useEffect(() => {
    setCursors([]);
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (q) next.set('q', q);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [q, setParams]);

  const setState = (value: string) => {
    setCursors([]);
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set('state', value);
      else next.delete('state');
      return next;
    });
  };

  const cursor = cursors.at(-1);
  const list = useQuery(
    vmListQuery({ q: q || undefined, state: state || undefined, cursor, limit: VM_PAGE_SIZE }),
  );
  const hosts = useQuery(hostsQuery());
  const hostNames = useMemo(
    () => new Map((hosts.data ?? []).map((h) => [h.id, h.name])),
    [hosts.data],
  );
  const filtered = Boolean(q || state);
  const page = cursors.length + 1;
  const items = list.data?.items ?? [];

  return (
    <div className="space-y-5">
      <PageHeader
        title="Virtual machines"
        description="Firecracker microVMs across every registered host."
        actions={
          <Button variant="primary" onClick={() => setCreating(true)}>
            <Plus aria-hidden />
            Create VM
          </Button>
        }
      />

      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <div className="relative sm:w-72">
          <Search
            aria-hidden
            className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-zinc-400"
          />
          <Input
            type="search"
            aria-label="Search by name"
            placeholder="Search by name"
            className="pl-8"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <div className="flex items-center gap-2">
          <label htmlFor="vm-state-filter" className="text-sm text-zinc-600 dark:text-zinc-400">
            State
          </label>
          <Select
            id="vm-state-filter"
            className="w-40"
            value={state}
            onChange={(e) => setState(e.target.value as VmState | '')}
          >
            <option value="">All</option>
            {VM_STATES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </div>
        {list.isFetching && !list.isPending ? (
          <span className="text-xs text-zinc-500 sm:ml-auto" aria-live="polite">
            Updating…
          </span>
        ) : null}
      </div>

      {list.isPending ? (
        <LoadingState label="Loading virtual machines…" />
      ) : list.isError ? (
        <ErrorState title="Could not load VMs" error={list.error} onRetry={() => list.refetch()} />
      ) : items.length === 0 && page === 1 ? (
        filtered ? (
          <EmptyState
            title="No VMs match"
            description="Try another name or state."
            action={
              <Button
                onClick={() => {
                  setSearch('');
                  setState('');
                }}
              >
                Clear filters
              </Button>
            }
          />
        ) : (
          <EmptyState
            title="No virtual machines yet"
            description="Create one from a registered kernel and rootfs image."
            action={
              <Button variant="primary" onClick={() => setCreating(true)}>
                <Plus aria-hidden />
                Create VM
              </Button>
            }
          />
        )
      ) : (
        <>
          <VmTable items={items} hostNames={hostNames} />
          <nav aria-label="Pagination" className="flex items-center justify-between gap-3 text-sm">
            <span className="text-zinc-500 dark:text-zinc-400">
              Page {page} · {items.length} VM{items.length === 1 ? '' : 's'}
            </span>
            <div className="flex gap-2">
              <Button
                size="sm"
                disabled={cursors.length === 0 || list.isPlaceholderData}
                onClick={() => setCursors((c) => c.slice(0, -1))}
              >
                <ChevronLeft aria-hidden />
                Previous page
              </Button>
              <Button
                size="sm"
                disabled={!list.data?.next_cursor || list.isPlaceholderData}
                onClick={() => {
                  const next = list.data?.next_cursor;
                  if (next) setCursors((c) => [...c, next]);
                }}
              >
                Next page
                <ChevronRight aria-hidden />
              </Button>
            </div>
          </nav>
        </>
      )}

      <CreateVmDialog open={creating} onOpenChange={setCreating} />
    </div>
  );
}
