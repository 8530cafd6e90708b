// What every drive and NIC change shares: the VM may be in any state except `deleting`,
// the change is DB-only (the VMM is never touched), and its event says when it applies.
import type { VmState } from '@hearth/api';
import type { AgentClient } from '../agents/agent-client.ts';
import type { Db } from '../db/types.ts';
import { AppError, notFound } from '../http/errors.ts';
import type { WarnLogger } from './attachment.ts';
import { lockVmForDeviceChange } from './drives.repository.ts';

/** A VM being deleted loses its devices anyway; a change then would only race the delete. */
export function assertDevicesChangeable(vm: { id: string; state: VmState }): void {
  if (vm.state === 'deleting') {
    throw new AppError(
      'VM_INVALID_STATE',
      `VM ${vm.id} is being deleted; its drives and NICs can no longer be changed.`,
      { vm_id: vm.id, state: vm.state },
    );
  }
}

/** Locks the VM row for the transaction and re-checks it: it may have changed since the request began. */
export async function lockVmForChange(
  trx: Db,
  vmId: string,
): Promise<{ id: string; state: VmState }> {
  const vm = await lockVmForDeviceChange(trx, vmId);
  if (!vm) throw notFound('VM_NOT_FOUND', 'VM', vmId);
  assertDevicesChangeable(vm);
  return vm;
}

/** The sentence operators need while a VMM may still run with the old devices. */
export function takesEffectNote(state: VmState): string {
  if (state === 'running') return ' The VM is running: the change takes effect at the next start.';
  if (state === 'starting' || state === 'stopping') {
    return ` The VM is ${state}: the change takes effect at the next start.`;
  }
  return '';
}

/**
 * Gives back a file provisioned for a row that was not kept. Best effort: the request
 * already failed for a reason the caller reports; a leftover file is logged, not hidden.
 */
export async function discardProvisionedFile(
  agent: AgentClient,
  vmId: string,
  path: string,
  log: WarnLogger,
): Promise<void> {
  try {
    await agent.deleteFile(vmId, path);
  } catch (err) {
    log.warn(
      { vm_id: vmId, path, err: (err as Error)?.message ?? String(err) },
      'could not delete a provisioned file whose drive row was not recorded',
    );
  }
}
