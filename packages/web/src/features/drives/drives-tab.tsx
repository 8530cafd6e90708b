import type { Drive, VmDetail } from '@hearth/api';
import { useQuery } from '@tanstack/react-query';
import { Pencil, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { drivesQuery } from '../../api/queries/drives.ts';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { Table, TBody, Td, THead, Th, Tr } from '../../components/ui/table.tsx';
import { formatBytes, formatRateLimiter, shortPath } from '../../lib/format.ts';
import { AttachmentBadge, DeviceNote, isPending, type VmActions } from '../devices/attachment.tsx';
import { DriveEditorDialog } from './drive-editor-dialog.tsx';
import { RemoveDriveDialog } from './remove-drive-dialog.tsx';

const NOTE =
  'Drives are stored in the database and will be attached when the VM starts. Changes take effect on next VM start.';

const sourceLabel = { provisioned: 'provisioned', host_path: 'host path', image: 'image' } as const;

export function DrivesTab({ vm, actions }: { vm: VmDetail; actions: VmActions }) {
  const drives = useQuery(drivesQuery(vm.id));
  const [editing, setEditing] = useState<Drive | 'new' | null>(null);
  const [removing, setRemoving] = useState<Drive | null>(null);
  const items = drives.data ?? [];
  const showAttachment = items.some((d) => d.attachment !== null);

  return (
    <div className="space-y-4">
      <DeviceNote
        text={NOTE}
        pending={items.some((d) => isPending(d.attachment))}
        actions={actions}
      />
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
              <Th>Source</Th>
              <Th>Path</Th>
              <Th className="text-right">Size</Th>
              <Th>Cache</Th>
              <Th>IO engine</Th>
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
                  </Td>
                ) : null}
                <Td className="text-zinc-600 dark:text-zinc-400">
                  {drive.source ? sourceLabel[drive.source] : '—'}
                </Td>
                <Td className="max-w-80 truncate font-mono text-xs" title={drive.path_on_host}>
                  {shortPath(drive.path_on_host)}
                </Td>
                <Td className="text-right tabular-nums">{formatBytes(drive.size_bytes)}</Td>
                <Td>{drive.cache_type}</Td>
                <Td>{drive.io_engine}</Td>
                <Td className="text-zinc-600 dark:text-zinc-400">
                  {formatRateLimiter(drive.rate_limiter) ?? '—'}
                </Td>
                <Td className="py-1.5">
                  {drive.attachment === 'pending_detach' ? null : (
                    <div className="flex justify-end gap-0.5">
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
        drive={editing === 'new' ? null : editing}
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
      />
      <RemoveDriveDialog vmId={vm.id} drive={removing} onClose={() => setRemoving(null)} />
    </div>
  );
}
