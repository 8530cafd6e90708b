import type { Nic, VmDetail } from '@hearth/api';
import { useQuery } from '@tanstack/react-query';
import { Pencil, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import { nicsQuery, useRemoveNic } from '../../api/queries/nics.ts';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { Table, TBody, Td, THead, Th, Tr } from '../../components/ui/table.tsx';
import { formatRateLimiter } from '../../lib/format.ts';
import { AttachmentBadge, DeviceNote, isPending, type VmActions } from '../devices/attachment.tsx';
import { NicEditorDialog } from './nic-editor-dialog.tsx';

const NOTE =
  'NICs are stored in the database and will be attached when the VM starts. Changes take effect on next VM start.';

export function NicsTab({ vm, actions }: { vm: VmDetail; actions: VmActions }) {
  const nics = useQuery(nicsQuery(vm.id));
  const [editing, setEditing] = useState<Nic | 'new' | null>(null);
  const [removing, setRemoving] = useState<Nic | null>(null);
  const remove = useRemoveNic(vm.id);
  const items = nics.data ?? [];
  const showAttachment = items.some((n) => n.attachment !== null);
  const closeRemove = () => {
    remove.reset();
    setRemoving(null);
  };

  return (
    <div className="space-y-4">
      <DeviceNote
        text={NOTE}
        pending={items.some((n) => isPending(n.attachment))}
        actions={actions}
      />
      <div className="flex items-center justify-between">
        <h2 className="text-base font-semibold">Network interfaces</h2>
        <Button size="sm" onClick={() => setEditing('new')}>
          <Plus aria-hidden />
          Add NIC
        </Button>
      </div>
      {nics.isPending ? (
        <LoadingState label="Loading NICs…" />
      ) : nics.isError ? (
        <ErrorState title="Could not load NICs" error={nics.error} onRetry={() => nics.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          title="No network interfaces"
          description="Add a NIC to connect the VM to the host's bridge."
        />
      ) : (
        <Table>
          <THead>
            <tr>
              <Th>Interface ID</Th>
              {showAttachment ? <Th>Attachment</Th> : null}
              <Th>TAP device</Th>
              <Th>Guest MAC</Th>
              <Th>RX limit</Th>
              <Th>TX limit</Th>
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            </tr>
          </THead>
          <TBody>
            {items.map((nic) => (
              <Tr key={nic.id ?? `detached-${nic.iface_id}`}>
                <Td className="font-mono font-medium">{nic.iface_id}</Td>
                {showAttachment ? (
                  <Td>
                    <AttachmentBadge attachment={nic.attachment} />
                  </Td>
                ) : null}
                <Td className="font-mono text-xs">{nic.host_dev_name}</Td>
                <Td className="font-mono text-xs">{nic.guest_mac ?? '—'}</Td>
                <Td className="text-zinc-600 dark:text-zinc-400">
                  {formatRateLimiter(nic.rx_rate_limiter) ?? '—'}
                </Td>
                <Td className="text-zinc-600 dark:text-zinc-400">
                  {formatRateLimiter(nic.tx_rate_limiter) ?? '—'}
                </Td>
                <Td className="py-1.5">
                  {nic.attachment === 'pending_detach' ? null : (
                    <div className="flex justify-end gap-0.5">
                      <Button
                        size="icon"
                        variant="ghost"
                        aria-label={`Edit ${nic.iface_id}`}
                        title="Edit"
                        onClick={() => setEditing(nic)}
                      >
                        <Pencil aria-hidden />
                      </Button>
                      <Button
                        size="icon"
                        variant="ghost"
                        aria-label={`Remove ${nic.iface_id}`}
                        title="Remove"
                        className="hover:text-red-600 dark:hover:text-red-400"
                        onClick={() => setRemoving(nic)}
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
      <NicEditorDialog
        vmId={vm.id}
        nic={editing === 'new' ? null : editing}
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
      />
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => !open && closeRemove()}
        title={`Remove NIC ${removing?.iface_id ?? ''}`}
        description="The interface is removed from the VM's configuration; a running VM keeps it until its next start."
        confirmLabel="Remove"
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() => {
          if (!removing) return;
          const ifaceId = removing.iface_id;
          remove.mutate(
            { ifaceId },
            {
              onSuccess: () => {
                toast.success(`Removed NIC ${ifaceId}`);
                closeRemove();
              },
            },
          );
        }}
      />
    </div>
  );
}
