// Start/stop/restart/delete with the toasts an operator expects. One instance per VM row
// or detail page, so "pending" disables only that VM's buttons.
import type { VmDetail, VmState } from '@hearth/api';
import { toast } from 'sonner';
import { errorMessage } from '../../api/errors.ts';
import { useDeleteVm, useVmAction, type VmAction } from '../../api/queries/vms.ts';
import { allowed, isTransitional } from './vm-state.ts';

const done: Record<VmAction, string> = { start: 'Started', stop: 'Stopped', restart: 'Restarted' };

export function useVmActions(vm: { id: string; name: string; state: VmState }) {
  const action = useVmAction();
  const remove = useDeleteVm();
  const busy = action.isPending || remove.isPending || isTransitional(vm.state);

  const run = (kind: VmAction) =>
    action.mutate(
      { id: vm.id, action: kind, name: vm.name },
      {
        onSuccess: (result) => {
          const detail = result as VmDetail;
          if (detail.state === 'error' && detail.last_error) {
            toast.error(`${vm.name} failed to ${kind}`, { description: detail.last_error.message });
          } else {
            toast.success(`${done[kind]} ${vm.name}`);
          }
        },
        onError: (err) =>
          toast.error(`Could not ${kind} ${vm.name}`, { description: errorMessage(err) }),
      },
    );

  const destroy = (onDeleted?: () => void) =>
    remove.mutate(
      { id: vm.id, name: vm.name },
      {
        onSuccess: () => {
          toast.success(`Deleted ${vm.name}`);
          onDeleted?.();
        },
        onError: (err) =>
          toast.error(`Could not delete ${vm.name}`, { description: errorMessage(err) }),
      },
    );

  return {
    busy,
    pendingAction: action.isPending ? action.variables?.action : remove.isPending ? 'delete' : null,
    deleteError: remove.error,
    resetDelete: remove.reset,
    can: {
      start: !busy && allowed.start(vm.state),
      stop: !busy && allowed.stop(vm.state),
      restart: !busy && allowed.restart(vm.state),
      delete: !busy && allowed.delete(vm.state),
    },
    run,
    destroy,
  };
}
