// Every query key in one place, so mutations and the live event stream invalidate exactly
// the queries a change touches. Per-VM keys share the ['vm', id] prefix; the detail itself
// is invalidated with `exact: true` so a VM change does not refetch its events or devices.
export interface VmListParams {
  q?: string;
  state?: string;
  host_id?: string;
  cursor?: string;
  limit?: number;
}

export const keys = {
  vmLists: () => ['vms'] as const,
  vmList: (params: VmListParams) => ['vms', params] as const,
  vm: (id: string) => ['vm', id] as const,
  drives: (vmId: string) => ['vm', vmId, 'drives'] as const,
  nics: (vmId: string) => ['vm', vmId, 'nics'] as const,
  events: (vmId: string) => ['vm', vmId, 'events'] as const,
  hosts: () => ['hosts'] as const,
  // not under ['hosts']: a heartbeat invalidates the host list, and the inventory walks files
  hostStorages: () => ['host-storage'] as const,
  hostStorage: (hostId: string) => ['host-storage', hostId] as const,
  images: () => ['images'] as const,
};
