import type { Drive, VmDetail } from '@hearth/api';
import { useQuery } from '@tanstack/react-query';
import { ImageDown, MoveDiagonal, Pencil, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import { type ApiError, errorMessage, isApiError } from '../../api/errors.ts';
import { drivesQuery, useApplyDrive } from '../../api/queries/drives.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { Table, TBody, Td, THead, Th, Tr } from '../../components/ui/table.tsx';
import { Tooltip } from '../../components/ui/tooltip.tsx';
import { formatRateLimiter, shortPath } from '../../lib/format.ts';
import { AttachmentBadge, DeviceNote, isPending, type VmActions } from '../devices/attachment.tsx';
import {
  ApplyButton,
  fieldList,
  GuestDeviceCell,
  PendingFields,
  SizeCell,
} from './drive-cells.tsx';
import { DriveEditorDialog } from './drive-editor-dialog.tsx';
import { DriveImageDialog } from './drive-image-dialog.tsx';
import { RemoveDriveDialog } from './remove-drive-dialog.tsx';
import { ResizeDriveDialog } from './resize-drive-dialog.tsx';

const NOTE =
  'Drives are stored in the database and will be attached when the VM starts. Changes take effect on next VM start.';

const sourceLabel = { provisioned: 'provisioned', host_path: 'host path', image: 'image' } as const;

/** A copy of a drive the guest is writing to would be inconsistent: only while it is down. */
const canCopy = (state: VmDetail['state']) =>
  state !== 'running' && state !== 'starting' && state !== 'stopping';

function ApplyErrorAlert({
  driveId,
  error,
  onDismiss,
}: {
  driveId: string;
  error: unknown;
  onDismiss: () => void;
}) {
  const restart = isApiError(error) && error.code === 'RESTART_REQUIRED';
  const fields = restart ? (error as ApiError).details.fields : undefined;
  return (
    <Alert
      tone="error"
      title={restart ? `Drive ${driveId} needs a restart` : `Could not apply drive ${driveId}`}
    >
      <p>{errorMessage(error)}</p>
      {Array.isArray(fields) && fields.length > 0 ? (
        <p>Fields that only change at the next start: {fieldList(fields.map(String))}.</p>
      ) : null}
      <button type="button" className="text-xs font-medium underline" onClick={onDismiss}>
        Dismiss
      </button>
    </Alert>
  );
}

export function DrivesTab({ vm, actions }: { vm: VmDetail; actions: VmActions }) {
  const drives = useQuery(drivesQuery(vm.id));
  const apply = useApplyDrive(vm.id);
  const [editing, setEditing] = useState<Drive | 'new' | null>(null);
  const [removing, setRemoving] = useState<Drive | null>(null);
  const [resizing, setResizing] = useState<Drive | null>(null);
  const [imaging, setImaging] = useState<Drive | null>(null);
  const items = drives.data ?? [];
  const showAttachment = items.some((d) => d.attachment !== null);
  const copyable = canCopy(vm.state);

  const applyNow = (drive: Drive) =>
    apply.mutate(
      { driveId: drive.drive_id },
      {
        onSuccess: () =>
          toast.success(`Applied drive ${drive.drive_id} to the running VM`, {
            description: 'Firecracker re-read the drive; the guest sees the change now.',
          }),
      },
    );

  return (
    <div className="space-y-4">
      <DeviceNote
        text={NOTE}
        pending={items.some((d) => isPending(d.attachment))}
        actions={actions}
      />
      {apply.error && apply.variables ? (
        <ApplyErrorAlert
          driveId={apply.variables.driveId}
          error={apply.error}
          onDismiss={() => apply.reset()}
        />
      ) : null}
      <div className="flex items-center justify-between">
        <h2 className="text-base font-semibold">Drives</h2>
        <Button size="sm" onClick={() => setEditing('new')}>
          <Plus aria-hidden />
          Add drive
        </Button>
      </div>
      {drives.isPending ? (
        <LoadingState label="Loading drives…" />
      ) : drives.isError ? (
        <ErrorState
          title="Could not load drives"
          error={drives.error}
          onRetry={() => drives.refetch()}
        />
      ) : items.length === 0 ? (
        <EmptyState title="No drives" description="Add a drive to give the VM more storage." />
      ) : (
        <Table>
          <THead>
            <tr>
              <Th>Drive ID</Th>
              {showAttachment ? <Th>Attachment</Th> : null}
              <Th title="The block device in the guest (at the next start; now, if different)">
                Guest device
              </Th>
              <Th>Backing file</Th>
              <Th className="text-right" title="Allocated on disk of the drive's size">
                Size
              </Th>
              <Th>Cache · IO</Th>
              <Th>Rate limit</Th>
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            </tr>
          </THead>
          <TBody>
            {items.map((drive) => (
              <Tr key={drive.id ?? `detached-${drive.drive_id}`}>
                <Td>
                  <div className="flex items-center gap-1.5">
                    <span className="font-mono font-medium">{drive.drive_id}</span>
                    {drive.is_root_device ? <Badge tone="orange">root</Badge> : null}
                    {drive.is_read_only ? <Badge>read-only</Badge> : null}
                  </div>
                </Td>
                {showAttachment ? (
                  <Td>
                    <AttachmentBadge attachment={drive.attachment} />
                    <PendingFields drive={drive} />
                    <ApplyButton
                      drive={drive}
                      pending={apply.isPending && apply.variables?.driveId === drive.drive_id}
                      onApply={() => applyNow(drive)}
                    />
                  </Td>
                ) : null}
                <Td>
                  <GuestDeviceCell drive={drive} />
                </Td>
                <Td className="max-w-52">
                  <div className="truncate font-mono text-xs" title={drive.path_on_host}>
                    {shortPath(drive.path_on_host, 28)}
                  </div>
                  <div className="text-xs text-zinc-500 dark:text-zinc-400">
                    {drive.source ? sourceLabel[drive.source] : '—'}
                  </div>
                </Td>
                <Td>
                  <SizeCell drive={drive} />
                </Td>
                <Td>
                  {drive.cache_type} · {drive.io_engine}
                </Td>
                <Td className="text-zinc-600 dark:text-zinc-400">
                  {formatRateLimiter(drive.rate_limiter) ?? '—'}
                </Td>
                <Td className="py-1.5">
                  {drive.attachment === 'pending_detach' ? null : (
                    <div className="flex justify-end gap-0.5">
                      {drive.source === 'provisioned' ? (
                        <Button
                          size="icon"
                          variant="ghost"
                          aria-label={`Resize ${drive.drive_id}`}
                          title="Resize"
                          onClick={() => setResizing(drive)}
                        >
                          <MoveDiagonal aria-hidden />
                        </Button>
                      ) : null}
                      <Tooltip
                        content={copyable ? null : 'Stop the VM to save a drive as an image.'}
                      >
                        <Button
                          size="icon"
                          variant="ghost"
                          aria-label={`Save ${drive.drive_id} as image`}
                          title={copyable ? 'Save as image' : undefined}
                          disabled={!copyable}
                          onClick={() => setImaging(drive)}
                        >
                          <ImageDown aria-hidden />
                        </Button>
                      </Tooltip>
                      <Button
                        size="icon"
                        variant="ghost"
                        aria-label={`Edit ${drive.drive_id}`}
                        title="Edit"
                        onClick={() => setEditing(drive)}
                      >
                        <Pencil aria-hidden />
                      </Button>
                      <Button
                        size="icon"
                        variant="ghost"
                        aria-label={`Remove ${drive.drive_id}`}
                        title={
                          drive.is_root_device ? 'The root device cannot be removed' : 'Remove'
                        }
                        disabled={drive.is_root_device}
                        className="hover:text-red-600 dark:hover:text-red-400"
                        onClick={() => setRemoving(drive)}
                      >
                        <Trash2 aria-hidden />
                      </Button>
                    </div>
                  )}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      <DriveEditorDialog
        vmId={vm.id}
        hostId={vm.host_id}
        drive={editing === 'new' ? null : editing}
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
      />
      <RemoveDriveDialog vmId={vm.id} drive={removing} onClose={() => setRemoving(null)} />
      <ResizeDriveDialog
        vmId={vm.id}
        drive={resizing}
        running={vm.state === 'running'}
        onClose={() => setResizing(null)}
      />
      <DriveImageDialog vmId={vm.id} drive={imaging} onClose={() => setImaging(null)} />
    </div>
  );
}
