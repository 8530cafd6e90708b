import type { Host, HostStorage, StorageGcResult } from '@hearth/api';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../client.ts';
import { keys } from './keys.ts';

async function fetchHosts() {
  return call(api.GET('/v1/hosts'));
}
export type HostItem = Awaited<ReturnType<typeof fetchHosts>>['items'][number];

/**
 * A host turning stale (its heartbeats stopping) writes nothing, so the event stream cannot
 * announce it: health is refetched on this interval as well.
 */
const HOST_HEALTH_REFRESH_MS = 15_000;

export const hostsQuery = () =>
  queryOptions({
    queryKey: keys.hosts(),
    queryFn: fetchHosts,
    select: (data) => data.items,
    refetchInterval: HOST_HEALTH_REFRESH_MS,
  });

/** The host's storage inventory: every file under its storage root, measured by the agent. */
export const hostStorageQuery = (id: string) =>
  queryOptions({
    queryKey: keys.hostStorage(id),
    queryFn: (): Promise<HostStorage> =>
      call(api.GET('/v1/hosts/{id}/storage', { params: { path: { id } } })),
  });

/**
 * POST …/storage/gc. A dry run changes nothing, so only a real run refetches the inventory
 * and the host list's storage summary.
 */
export function useStorageGc(hostId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ dryRun }: { dryRun: boolean }): Promise<StorageGcResult> =>
      call(
        api.POST('/v1/hosts/{id}/storage/gc', {
          params: { path: { id: hostId } },
          body: { dry_run: dryRun },
        }),
      ),
    onSuccess: (result) => {
      if (result.dry_run) return;
      void client.invalidateQueries({ queryKey: keys.hostStorage(hostId) });
      void client.invalidateQueries({ queryKey: keys.hosts() });
    },
  });
}

/** The agent's report (packages/agent/src/wire.ts HostInfo), read defensively: it is JSON. */
export interface HostCapabilities {
  cpus: number | null;
  memoryBytes: number | null;
  storageFreeBytes: number | null;
  kvm: { usable: boolean; reason?: string } | null;
  firecracker: { path: string; version: string; simulator: boolean; error?: string } | null;
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function hostCapabilities(host: Pick<Host, 'capabilities'>): HostCapabilities {
  const c = host.capabilities;
  const kvm = c.kvm as HostCapabilities['kvm'] | undefined;
  const fc = c.firecracker as HostCapabilities['firecracker'] | undefined;
  return {
    cpus: num(c.cpus),
    memoryBytes: num(c.memory_bytes),
    storageFreeBytes: num(c.storage_free_bytes),
    kvm: kvm && typeof kvm === 'object' ? kvm : null,
    firecracker: fc && typeof fc === 'object' ? fc : null,
  };
}

export const usesSimulator = (host: Pick<Host, 'capabilities'>) =>
  hostCapabilities(host).firecracker?.simulator === true;
