import type { AddDriveBody, Drive, DriveToImageBody, UpdateDriveBody } from '@hearth/api';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../client.ts';
import { keys } from './keys.ts';

export const drivesQuery = (vmId: string) =>
  queryOptions({
    queryKey: keys.drives(vmId),
    queryFn: () => call(api.GET('/v1/vms/{id}/drives', { params: { path: { id: vmId } } })),
    select: (data): Drive[] => data.items,
  });

/** A drive change touches the drive list, the VM detail (drives, attachment, storage totals),
 *  the list's drive_count, the VM's events (every change leaves one) and the host's storage
 *  figures (provisioned bytes, the inventory's files). */
function useDrivesChanged(vmId: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: keys.drives(vmId) });
    void client.invalidateQueries({ queryKey: keys.vm(vmId), exact: true });
    void client.invalidateQueries({ queryKey: keys.events(vmId) });
    void client.invalidateQueries({ queryKey: keys.vmLists() });
    void client.invalidateQueries({ queryKey: keys.hosts() });
    void client.invalidateQueries({ queryKey: keys.hostStorages() });
  };
}

export function useAddDrive(vmId: string) {
  const onSuccess = useDrivesChanged(vmId);
  return useMutation({
    mutationFn: (body: AddDriveBody) =>
      call(api.POST('/v1/vms/{id}/drives', { params: { path: { id: vmId } }, body })),
    onSuccess,
  });
}

export function useUpdateDrive(vmId: string) {
  const onSuccess = useDrivesChanged(vmId);
  return useMutation({
    mutationFn: ({ driveId, body }: { driveId: string; body: UpdateDriveBody }) =>
      call(
        api.PATCH('/v1/vms/{id}/drives/{drive_id}', {
          params: { path: { id: vmId, drive_id: driveId } },
          body,
        }),
      ),
    onSuccess,
  });
}

/** POST …/apply: the one live PATCH that makes the running VMM's drive equal the row. */
export function useApplyDrive(vmId: string) {
  const onSuccess = useDrivesChanged(vmId);
  return useMutation({
    mutationFn: ({ driveId }: { driveId: string }) =>
      call(
        api.POST('/v1/vms/{id}/drives/{drive_id}/apply', {
          params: { path: { id: vmId, drive_id: driveId } },
        }),
      ),
    onSuccess,
  });
}

/** POST …/image: registers a copy of a stopped VM's drive as a new rootfs image. */
export function useDriveToImage(vmId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ driveId, body }: { driveId: string; body: DriveToImageBody }) =>
      call(
        api.POST('/v1/vms/{id}/drives/{drive_id}/image', {
          params: { path: { id: vmId, drive_id: driveId } },
          body,
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.images() });
      void client.invalidateQueries({ queryKey: keys.events(vmId) });
    },
  });
}

export function useRemoveDrive(vmId: string) {
  const onSuccess = useDrivesChanged(vmId);
  return useMutation({
    mutationFn: ({ driveId, deleteFile }: { driveId: string; deleteFile: boolean }) =>
      call(
        api.DELETE('/v1/vms/{id}/drives/{drive_id}', {
          params: {
            path: { id: vmId, drive_id: driveId },
            query: deleteFile ? { delete_file: true } : {},
          },
        }),
      ),
    onSuccess,
  });
}
