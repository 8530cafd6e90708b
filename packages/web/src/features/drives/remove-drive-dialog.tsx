import type { Drive } from '@hearth/api';
import { useState } from 'react';
import { toast } from 'sonner';
import { useRemoveDrive } from '../../api/queries/drives.ts';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { Checkbox } from '../../components/ui/field.tsx';

/** The file may only be deleted when Hearth made it, in the VM's own storage directory. */
export const fileIsDeletable = (vmId: string, drive: Drive) =>
  drive.source === 'provisioned' && drive.path_on_host.includes(`/${vmId}/storage/`);

export function RemoveDriveDialog({
  vmId,
  drive,
  onClose,
}: {
  vmId: string;
  drive: Drive | null;
  onClose: () => void;
}) {
  const remove = useRemoveDrive(vmId);
  const [deleteFile, setDeleteFile] = useState(false);
  const close = () => {
    remove.reset();
    setDeleteFile(false);
    onClose();
  };
  return (
    <ConfirmDialog
      open={drive !== null}
      onOpenChange={(open) => !open && close()}
      title={`Remove drive ${drive?.drive_id ?? ''}`}
      description="The drive is removed from the VM's configuration; a running VM keeps it until its next start."
      confirmLabel="Remove"
      pending={remove.isPending}
      error={remove.error}
      onConfirm={() => {
        if (!drive) return;
        remove.mutate(
          { driveId: drive.drive_id, deleteFile: deleteFile && fileIsDeletable(vmId, drive) },
          {
            onSuccess: () => {
              toast.success(`Removed drive ${drive.drive_id}`);
              close();
            },
          },
        );
      }}
    >
      {drive && fileIsDeletable(vmId, drive) ? (
        <Checkbox
          label="Also delete the file"
          hint={<span className="font-mono break-all">{drive.path_on_host}</span>}
          checked={deleteFile}
          onChange={(e) => setDeleteFile(e.target.checked)}
        />
      ) : null}
    </ConfirmDialog>
  );
}
