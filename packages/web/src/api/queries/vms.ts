import type { CreateVmBody, UpdateVmBody, VmDetail } from '@hearth/api';
import {
  keepPreviousData,
  type QueryClient,
  queryOptions,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { api, call } from '../client.ts';
import { keys, type VmListParams } from './keys.ts';

export const VM_PAGE_SIZE = 50;

async function fetchVmPage(params: VmListParams) {
  const query = Object.fromEntries(
    Object.entries({ limit: VM_PAGE_SIZE, ...params }).filter(
      ([, v]) => v !== undefined && v !== '',
    ),
  );
  return call(api.GET('/v1/vms', { params: { query } }));
}

export type VmPage = Awaited<ReturnType<typeof fetchVmPage>>;
export type VmListItem = VmPage['items'][number];

export const vmListQuery = (params: VmListParams) =>
  queryOptions({
    queryKey: keys.vmList(params),
    queryFn: () => fetchVmPage(params),
    // paging and typing in the search box keep the old rows on screen until the new arrive
    placeholderData: keepPreviousData,
  });

export const vmQuery = (id: string) =>
  queryOptions({
    queryKey: keys.vm(id),
    queryFn: (): Promise<VmDetail> => call(api.GET('/v1/vms/{id}', { params: { path: { id } } })),
  });

/** What a transition changes: the detail, every list row showing the VM, its events, and
 *  its devices' attachment (computed against the live VMM, so a start or stop changes it). */
function invalidateVm(client: QueryClient, id: string) {
  void client.invalidateQueries({ queryKey: keys.vm(id), exact: true });
  void client.invalidateQueries({ queryKey: keys.vmLists() });
  void client.invalidateQueries({ queryKey: keys.events(id) });
  void client.invalidateQueries({ queryKey: keys.drives(id) });
  void client.invalidateQueries({ queryKey: keys.nics(id) });
}

function useVmChanged() {
  const client = useQueryClient();
  return (vm: VmDetail) => {
    invalidateVm(client, vm.id);
    client.setQueryData(keys.vm(vm.id), vm);
  };
}

export function useCreateVm() {
  const changed = useVmChanged();
  return useMutation({
    mutationFn: (body: CreateVmBody) => call(api.POST('/v1/vms', { body })),
    onSuccess: (vm: VmDetail) => changed(vm),
  });
}

/** PATCH /v1/vms/{id}: the restart policy and MMDS. */
export function useUpdateVm(id: string) {
  const changed = useVmChanged();
  return useMutation({
    mutationFn: (body: UpdateVmBody) =>
      call(api.PATCH('/v1/vms/{id}', { params: { path: { id } }, body })),
    onSuccess: (vm: VmDetail) => changed(vm),
  });
}

// literal paths, so each call stays typed by the generated client
const actions = {
  start: (id: string) => api.POST('/v1/vms/{id}/start', { params: { path: { id } } }),
  stop: (id: string) => api.POST('/v1/vms/{id}/stop', { params: { path: { id } } }),
  restart: (id: string) => api.POST('/v1/vms/{id}/restart', { params: { path: { id } } }),
};
export type VmAction = keyof typeof actions;

export function useVmAction() {
  const changed = useVmChanged();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: VmAction; name: string }) =>
      call(actions[action](id)),
    onSuccess: (vm: VmDetail) => changed(vm),
    // a failed start still changed the VM (state error, last_error, an event)
    onError: (_err, { id }) => invalidateVm(client, id),
  });
}

export function useDeleteVm() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id }: { id: string; name: string }) =>
      call(api.DELETE('/v1/vms/{id}', { params: { path: { id } } })),
    onSettled: (_data, _err, { id }) => {
      client.removeQueries({ queryKey: keys.vm(id) });
      void client.invalidateQueries({ queryKey: keys.vmLists() });
    },
  });
}
