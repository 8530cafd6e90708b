import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';

export function DeleteVmDialog({
  name,
  open,
  onOpenChange,
  onConfirm,
  pending,
}: {
  name: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onConfirm: () => void;
  pending: boolean;
}) {
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete ${name}?`}
      description="The VM is stopped, its directory on the host (every drive file in it) is removed and its record deleted. This cannot be undone."
      confirmLabel="Delete"
      onConfirm={onConfirm}
      pending={pending}
    />
  );
}
