// Shared by the Drives and NICs tabs: how a device row relates to the running VMM.
import type { Attachment } from '@hearth/api';
import { RotateCw } from 'lucide-react';
import { Badge, type Tone } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import type { useVmActions } from '../vms/use-vm-actions.ts';

export type VmActions = ReturnType<typeof useVmActions>;

const labels: Record<NonNullable<Attachment>, { text: string; tone: Tone }> = {
  attached: { text: 'attached', tone: 'green' },
  pending_attach: { text: 'pending attach', tone: 'blue' },
  pending_change: { text: 'pending change', tone: 'amber' },
  pending_detach: { text: 'pending detach', tone: 'orange' },
};

export function AttachmentBadge({ attachment }: { attachment: Attachment }) {
  if (!attachment) return <span className="text-zinc-400">—</span>;
  const { text, tone } = labels[attachment];
  return <Badge tone={tone}>{text}</Badge>;
}

export const isPending = (a: Attachment) => a !== null && a !== 'attached';

/** The plain-words note above a device list, and "Restart to apply" when something waits. */
export function DeviceNote({
  text,
  pending,
  actions,
}: {
  text: string;
  pending: boolean;
  actions: VmActions;
}) {
  return (
    <div className="flex flex-col gap-3 rounded-lg border border-zinc-200 bg-zinc-50 px-4 py-3 text-sm text-zinc-600 sm:flex-row sm:items-center sm:justify-between dark:border-zinc-800 dark:bg-zinc-900/60 dark:text-zinc-400">
      <p>{text}</p>
      {pending ? (
        <Button
          size="sm"
          variant="primary"
          disabled={!actions.can.restart}
          pending={actions.pendingAction === 'restart'}
          onClick={() => actions.run('restart')}
        >
          <RotateCw aria-hidden />
          Restart to apply
        </Button>
      ) : null}
    </div>
  );
}
