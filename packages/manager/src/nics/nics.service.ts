// NIC use cases, shaped like drives: a NIC is a database row applied to Firecracker (and a
// TAP on the host) at every start; adding, editing or removing one never touches the VMM.
import type { AddNicBody, Nic, UpdateNicBody, Vm } from '@hearth/api';
import type { ServiceContext } from '../context.ts';
import { loadLiveConfig, type WarnLogger } from '../drives/attachment.ts';
import {
  assertDevicesChangeable,
  lockVmForChange,
  takesEffectNote,
} from '../drives/device-change.ts';
import { recordEvent } from '../events/event-log.ts';
import { notFound, validationFailed } from '../http/errors.ts';
import { getVmOr404, hostOf } from '../vms/vm-access.ts';
import {
  assertMacFree,
  type ExistingNic,
  nicConflictFromDb,
  normalizeGuestMac,
  planNic,
  tapNameClash,
} from './nic-plan.ts';
import { nicViews } from './nic-view.ts';
import {
  deleteNic,
  findNic,
  insertNic,
  listNics,
  type NewNic,
  type NicChanges,
  type NicRecord,
  updateNic,
} from './nics.repository.ts';

/** A lost race for a random TAP name is drawn again; more than this is not chance. */
const MAX_INSERT_ATTEMPTS = 3;

export class NicsService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly log: WarnLogger = console,
  ) {}

  async list(vmId: string): Promise<Nic[]> {
    const vm = await getVmOr404(this.ctx.db, vmId);
    const rows = await listNics(this.ctx.db, vmId);
    return nicViews(vm.id, rows, await this.liveConfig(vm));
  }

  /** An interface still in the running VMM but no longer in the database is its pending_detach entry. */
  async get(vmId: string, ifaceId: string): Promise<Nic> {
    const vm = await getVmOr404(this.ctx.db, vmId);
    const row = await findNic(this.ctx.db, vmId, ifaceId);
    if (!row && vm.state !== 'running')
      throw notFound('NIC_NOT_FOUND', 'Network interface', ifaceId);
    const views = nicViews(vm.id, row ? [row] : [], await this.liveConfig(vm));
    const view = views.find((n) => n.iface_id === ifaceId);
    if (!view) throw notFound('NIC_NOT_FOUND', 'Network interface', ifaceId);
    return view;
  }

  /** Validates a NIC for `vm` and picks its MAC and TAP name, without inserting it. */
  planNic(vm: { id: string }, body: AddNicBody, existing: readonly ExistingNic[]): Promise<NewNic> {
    return planNic(this.ctx.db, vm, body, existing);
  }

  async add(vmId: string, body: AddNicBody): Promise<Nic> {
    const vm = await getVmOr404(this.ctx.db, vmId);
    assertDevicesChangeable(vm);
    for (let attempt = 1; ; attempt++) {
      const row = await planNic(this.ctx.db, vm, body, await listNics(this.ctx.db, vmId));
      try {
        const inserted = await this.ctx.db.transaction().execute(async (trx) => {
          const locked = await lockVmForChange(trx, vmId);
          const nic = await insertNic(trx, row);
          await recordEvent(
            trx,
            vmId,
            'info',
            `Network interface "${nic.iface_id}" added (TAP ${nic.host_dev_name}, MAC ${nic.guest_mac}).${takesEffectNote(locked.state)}`,
            { iface_id: nic.iface_id, host_dev_name: nic.host_dev_name, guest_mac: nic.guest_mac },
          );
          return nic;
        });
        return await this.viewOf(vmId, inserted);
      } catch (err) {
        if (tapNameClash(err) && attempt < MAX_INSERT_ATTEMPTS) continue;
        throw nicConflictFromDb(err, row) ?? err;
      }
    }
  }

  async update(vmId: string, ifaceId: string, body: UpdateNicBody): Promise<Nic> {
    const changes: NicChanges = {};
    if (body.guest_mac !== undefined) changes.guest_mac = normalizeGuestMac(body.guest_mac);
    if (body.rx_rate_limiter !== undefined) changes.rx_rate_limiter = body.rx_rate_limiter;
    if (body.tx_rate_limiter !== undefined) changes.tx_rate_limiter = body.tx_rate_limiter;
    const fields = Object.keys(changes);
    if (fields.length === 0) throw validationFailed('Nothing to update: give at least one field.');

    let row: NicRecord;
    try {
      row = await this.ctx.db.transaction().execute(async (trx) => {
        const locked = await lockVmForChange(trx, vmId);
        const current = await findNic(trx, vmId, ifaceId);
        if (!current) throw notFound('NIC_NOT_FOUND', 'Network interface', ifaceId);
        if (changes.guest_mac !== undefined)
          await assertMacFree(trx, changes.guest_mac, [], current.id);
        const updated = await updateNic(trx, vmId, ifaceId, changes);
        if (!updated) throw notFound('NIC_NOT_FOUND', 'Network interface', ifaceId);
        await recordEvent(
          trx,
          vmId,
          'info',
          `Network interface "${ifaceId}" updated (${fields.join(', ')}).${takesEffectNote(locked.state)}`,
          { iface_id: ifaceId, changes },
        );
        return updated;
      });
    } catch (err) {
      throw (
        nicConflictFromDb(err, {
          vm_id: vmId,
          iface_id: ifaceId,
          guest_mac: changes.guest_mac ?? '',
        }) ?? err
      );
    }
    return this.viewOf(vmId, row);
  }

  async remove(vmId: string, ifaceId: string): Promise<void> {
    const vm = await getVmOr404(this.ctx.db, vmId);
    assertDevicesChangeable(vm);
    await this.ctx.db.transaction().execute(async (trx) => {
      const locked = await lockVmForChange(trx, vmId);
      const row = await deleteNic(trx, vmId, ifaceId);
      if (!row) throw notFound('NIC_NOT_FOUND', 'Network interface', ifaceId);
      await recordEvent(
        trx,
        vmId,
        'info',
        `Network interface "${ifaceId}" removed (TAP ${row.host_dev_name}).${takesEffectNote(locked.state)}`,
        { iface_id: ifaceId, host_dev_name: row.host_dev_name, guest_mac: row.guest_mac },
      );
    });
  }

  private async viewOf(vmId: string, row: NicRecord): Promise<Nic> {
    const vm = await getVmOr404(this.ctx.db, vmId);
    return nicViews(vm.id, [row], await this.liveConfig(vm))[0]!;
  }

  private liveConfig(vm: Vm) {
    return loadLiveConfig(vm, async () => (await hostOf(this.ctx, vm)).agent, this.log);
  }
}
