// What every drive and NIC change shares: the VM may be in any settled state (created,
// running, stopped, error), not while a transition reads or tears down its devices; the
// change is DB-only (the VMM is never touched), and its event says when it applies.
import type { VmState } from '@hearth/api';
import type { Kysely, OperationNodeSource } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Db } from '../db/types.ts';
import { recordEvent } from '../events/event-log.ts';
import { writeWithEvent } from '../events/events.repository.ts';
import { AppError, notFound } from '../http/errors.ts';
import { lockVmForDeviceChange } from '../vms/vms.repository.ts';

/**
 * A start or stop in progress reads the device rows (and a start may be creating their files
 * on the host): a change then would race it, e.g. a drive deleted with its file while the
 * launch attaches it. A VM being deleted loses its devices anyway.
 */
export function assertDevicesChangeable(vm: { id: string; state: VmState }): void {
  if (vm.state === 'starting' || vm.state === 'stopping') {
    throw new AppError(
      'VM_BUSY',
      `VM ${vm.id} is ${vm.state}; change its drives and NICs when it is done.`,
      { vm_id: vm.id, state: vm.state },
    );
  }
  if (vm.state === 'deleting') {
    throw new AppError(
      'VM_INVALID_STATE',
      `VM ${vm.id} is being deleted; its drives and NICs can no longer be changed.`,
      { vm_id: vm.id, state: vm.state },
    );
  }
}

/**
 * Locks the VM row for the transaction and re-checks it: it may have changed since the
 * request began.
 */
async function lockVmForChange(trx: Db, vmId: string): Promise<{ id: string; state: VmState }> {
  const vm = await lockVmForDeviceChange(trx, vmId);
  if (!vm) throw notFound('VM_NOT_FOUND', 'VM', vmId);
  assertDevicesChangeable(vm);
  return vm;
}

/** The sentence operators need while a VMM may still run with the old devices. */
function takesEffectNote(state: VmState): string {
  if (state === 'running') return ' The VM is running: the change takes effect at the next start.';
  return '';
}

/** What a change wrote, and the event that tells it (a sentence ending in a full stop). */
export interface DeviceChange<T> {
  result: T;
  event: string;
  data: Record<string, unknown>;
}

/** A change written by one statement: `write` (RETURNING *) commits with its event. */
export interface DeviceWrite {
  write: OperationNodeSource;
  event: string;
  data: Record<string, unknown>;
  /** a refusal when `write` changed no row (e.g. the device's 404) */
  none?: () => AppError;
}

/**
 * One drive or NIC change whose event does not depend on what the write found: the VM row
 * locked, then the write and its event in one statement (writeWithEvent). Two statements in
 * one transaction; the returned row as the database wrote it.
 */
export function writeDevices<Row>(
  db: Kysely<Database>,
  vmId: string,
  change: DeviceWrite,
): Promise<Row> {
  return db.transaction().execute(async (trx) => {
    const vm = await lockVmForChange(trx, vmId);
    const row = await writeWithEvent<Row>(trx, change.write, {
      vm_id: vmId,
      level: 'info',
      message: `${change.event}${takesEffectNote(vm.state)}`,
      data: change.data,
    });
    if (row === undefined) throw change.none?.() ?? new Error('the device write changed no row');
    return row;
  });
}

/**
 * Runs one drive or NIC change in a transaction with the VM row locked: `apply` writes the
 * rows (and may throw to roll everything back), and the change's event, with when it takes
 * effect, commits together with them.
 */
export function changeDevices<T>(
  db: Kysely<Database>,
  vmId: string,
  apply: (trx: Db) => Promise<DeviceChange<T>>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const vm = await lockVmForChange(trx, vmId);
    const change = await apply(trx);
    await recordEvent(
      trx,
      vmId,
      'info',
      `${change.event}${takesEffectNote(vm.state)}`,
      change.data,
    );
    return change.result;
  });
}
