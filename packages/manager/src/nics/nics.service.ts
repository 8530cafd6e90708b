// NIC use cases, shaped like drives: a NIC is a database row applied to Firecracker (and a
// TAP on the host) at every start; adding, editing or removing one never touches the VMM.
import type { AddNicBody, Nic, UpdateNicBody } from '@hearth/api';
import type { ServiceContext } from '../context.ts';
import type { WarnLogger } from '../devices/attachment.ts';
import { assertDevicesChangeable, changeDevices } from '../devices/device-change.ts';
import { DeviceReads } from '../devices/device-reads.ts';
import { notFound, validationFailed } from '../http/errors.ts';
import { mmdsNeedsNic } from '../vms/mmds.ts';
import { getVmOr404 } from '../vms/vm-access.ts';
import {
  assertMacFree,
  nicConflictFromDb,
  normalizeGuestMac,
  planNic,
  tapNameClash,
} from './nic-plan.ts';
import { type LiveNic, NIC_KIND } from './nic-view.ts';
import {
  deleteNic,
  findNic,
  insertNic,
  listNics,
  type NicChanges,
  type NicRecord,
  updateNic,
  vmHasNic,
} from './nics.repository.ts';

/** A lost race for a random TAP name is drawn again; more than this is not chance. */
const MAX_INSERT_ATTEMPTS = 3;

const nicNotFound = (ifaceId: string) => notFound('NIC_NOT_FOUND', 'Network interface', ifaceId);

export class NicsService {
  private readonly reads: DeviceReads<NicRecord, LiveNic, Nic>;

  constructor(
    private readonly ctx: ServiceContext,
    log: WarnLogger = console,
  ) {
    this.reads = new DeviceReads(ctx, log, NIC_KIND, {
      part: 'nics',
      keyOf: (row) => row.iface_id,
      notFound: nicNotFound,
    });
  }

  list(vmId: string): Promise<Nic[]> {
    return this.reads.list(vmId);
  }

  /** An interface still in the running VMM but no longer in the database is its pending_detach entry. */
  get(vmId: string, ifaceId: string): Promise<Nic> {
    return this.reads.get(vmId, ifaceId);
  }

  async add(vmId: string, body: AddNicBody): Promise<Nic> {
    const vm = await getVmOr404(this.ctx.db, vmId);
    assertDevicesChangeable(vm);
    for (let attempt = 1; ; attempt++) {
      const row = await planNic(this.ctx.db, vm, body, await listNics(this.ctx.db, vmId));
      try {
        const inserted = await changeDevices(this.ctx.db, vmId, async (trx) => {
          const nic = await insertNic(trx, row);
          return {
            result: nic,
            event: `Network interface "${nic.iface_id}" added (TAP ${nic.host_dev_name}, MAC ${nic.guest_mac}).`,
            data: {
              iface_id: nic.iface_id,
              host_dev_name: nic.host_dev_name,
              guest_mac: nic.guest_mac,
            },
          };
        });
        return await this.reads.viewOf(vmId, inserted);
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
      row = await changeDevices(this.ctx.db, vmId, async (trx) => {
        const current = await findNic(trx, vmId, ifaceId);
        if (!current) throw nicNotFound(ifaceId);
        if (changes.guest_mac !== undefined)
          await assertMacFree(trx, changes.guest_mac, [], current.id);
        const updated = await updateNic(trx, vmId, ifaceId, changes);
        if (!updated) throw nicNotFound(ifaceId);
        return {
          result: updated,
          event: `Network interface "${ifaceId}" updated (${fields.join(', ')}).`,
          data: { iface_id: ifaceId, changes },
        };
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
    return this.reads.viewOf(vmId, row);
  }

  async remove(vmId: string, ifaceId: string): Promise<void> {
    const vm = await getVmOr404(this.ctx.db, vmId);
    assertDevicesChangeable(vm);
    await changeDevices(this.ctx.db, vmId, async (trx) => {
      const row = await deleteNic(trx, vmId, ifaceId);
      if (!row) throw nicNotFound(ifaceId);
      // MMDS is served on the VM's NICs: the last one cannot go while MMDS is on
      if (vm.mmds && !(await vmHasNic(trx, vmId))) throw mmdsNeedsNic(vm.name);
      return {
        result: row,
        event: `Network interface "${ifaceId}" removed (TAP ${row.host_dev_name}).`,
        data: { iface_id: ifaceId, host_dev_name: row.host_dev_name, guest_mac: row.guest_mac },
      };
    });
  }
}
