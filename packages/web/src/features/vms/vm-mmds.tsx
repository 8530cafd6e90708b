// The VM's MMDS switch: PATCH {mmds}, taking effect at the next start. Without a NIC there
// is nothing to serve MMDS on: the API answers MMDS_NEEDS_NIC, shown under the switch.
import type { VmDetail } from '@hearth/api';
import { useId } from 'react';
import { toast } from 'sonner';
import { errorMessage } from '../../api/errors.ts';
import { useUpdateVm } from '../../api/queries/vms.ts';
import { Switch } from '../../components/ui/switch.tsx';

export function MmdsSwitch({ vm }: { vm: VmDetail }) {
  const update = useUpdateVm(vm.id);
  const id = useId();
  const checked = update.isPending ? (update.variables?.mmds ?? vm.mmds) : vm.mmds;
  return (
    <div className="space-y-1">
      <div className="flex items-center gap-2">
        <Switch
          id={id}
          checked={checked}
          disabled={update.isPending}
          aria-describedby={update.error ? `${id}-error` : `${id}-hint`}
          onCheckedChange={(mmds) =>
            update.mutate(
              { mmds },
              {
                onSuccess: () =>
                  toast.success(`MMDS ${mmds ? 'enabled' : 'disabled'} for ${vm.name}`, {
                    description: 'It takes effect on the next VM start.',
                  }),
              },
            )
          }
        />
        <label htmlFor={id} className="text-sm">
          MMDS drive manifest {checked ? 'on' : 'off'}
        </label>
      </div>
      {update.error ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-red-600 dark:text-red-400">
          {errorMessage(update.error)}
        </p>
      ) : (
        <p id={`${id}-hint`} className="text-xs text-zinc-500 dark:text-zinc-400">
          Serves drive_id → device to the guest; applies at the next start.
        </p>
      )}
    </div>
  );
}
