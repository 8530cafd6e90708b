import type { AddNicBody, Nic, UpdateNicBody } from '@hearth/api';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../client.ts';
import { keys } from './keys.ts';

export const nicsQuery = (vmId: string) =>
  queryOptions({
    queryKey: keys.nics(vmId),
    queryFn: () => call(api.GET('/v1/vms/{id}/nics', { params: { path: { id: vmId } } })),
    select: (data): Nic[] => data.items,
  });

/** A NIC change touches the NIC list, the VM detail (nics, attachment), the list's
 *  nic_count and the VM's events (every change leaves one). */
function useNicsChanged(vmId: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: keys.nics(vmId) });
    void client.invalidateQueries({ queryKey: keys.vm(vmId), exact: true });
    void client.invalidateQueries({ queryKey: keys.events(vmId) });
    void client.invalidateQueries({ queryKey: keys.vmLists() });
  };
}

export function useAddNic(vmId: string) {
  const onSuccess = useNicsChanged(vmId);
  return useMutation({
    mutationFn: (body: AddNicBody) =>
      call(api.POST('/v1/vms/{id}/nics', { params: { path: { id: vmId } }, body })),
    onSuccess,
  });
}

export function useUpdateNic(vmId: string) {
  const onSuccess = useNicsChanged(vmId);
  return useMutation({
    mutationFn: ({ ifaceId, body }: { ifaceId: string; body: UpdateNicBody }) =>
      call(
        api.PATCH('/v1/vms/{id}/nics/{iface_id}', {
          params: { path: { id: vmId, iface_id: ifaceId } },
          body,
        }),
      ),
    onSuccess,
  });
}

export function useRemoveNic(vmId: string) {
  const onSuccess = useNicsChanged(vmId);
  return useMutation({
    mutationFn: ({ ifaceId }: { ifaceId: string }) =>
      call(
        api.DELETE('/v1/vms/{id}/nics/{iface_id}', {
          params: { path: { id: vmId, iface_id: ifaceId } },
        }),
      ),
    onSuccess,
  });
}
