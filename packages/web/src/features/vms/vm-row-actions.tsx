import { Play, RotateCw, Square, Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { VmListItem } from '../../api/queries/vms.ts';
import { Button } from '../../components/ui/button.tsx';
import { DeleteVmDialog } from './delete-vm-dialog.tsx';
import { useVmActions } from './use-vm-actions.ts';

/** Icon buttons named "Start web1", "Stop web1", ...: always present, disabled when the
 *  state does not allow them, so the row layout never jumps. */
export function VmRowActions({ vm }: { vm: VmListItem }) {
  const actions = useVmActions(vm);
  const [confirming, setConfirming] = useState(false);
  const buttons = [
    { kind: 'start', label: 'Start', icon: Play, enabled: actions.can.start },
    { kind: 'stop', label: 'Stop', icon: Square, enabled: actions.can.stop },
    { kind: 'restart', label: 'Restart', icon: RotateCw, enabled: actions.can.restart },
  ] as const;
  return (
    <div className="flex justify-end gap-0.5">
      {buttons.map(({ kind, label, icon: Icon, enabled }) => (
        <Button
          key={kind}
          size="icon"
          variant="ghost"
          aria-label={`${label} ${vm.name}`}
          title={label}
          disabled={!enabled}
          pending={actions.pendingAction === kind}
          onClick={() => actions.run(kind)}
        >
          <Icon aria-hidden />
        </Button>
      ))}
      <Button
        size="icon"
        variant="ghost"
        aria-label={`Delete ${vm.name}`}
        title="Delete"
        disabled={!actions.can.delete}
        className="hover:text-red-600 dark:hover:text-red-400"
        onClick={() => setConfirming(true)}
      >
        <Trash2 aria-hidden />
      </Button>
      <DeleteVmDialog
        name={vm.name}
        open={confirming}
        onOpenChange={setConfirming}
        pending={actions.pendingAction === 'delete'}
        onConfirm={() => actions.destroy(() => setConfirming(false))}
      />
    </div>
  );
}
