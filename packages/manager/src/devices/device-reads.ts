// The read side every device service shares: a VM's devices of one kind as the API shows
// them, one device by its id, and the view of a row just written. Each answer compares the
// rows with one live-config call through the VM's agent, made only while the VM runs.
import type { LiveVmConfig } from '@hearth/agent/contract';
import type { Vm } from '@hearth/api';
import type { ServiceContext } from '../context.ts';
import type { Db } from '../db/types.ts';
import type { AppError } from '../http/errors.ts';
import { getVmOr404, hostOf } from '../vms/vm-access.ts';
import { loadLiveConfig, type WarnLogger } from './attachment.ts';
import { type DeviceKind, deviceView, deviceViews, type WithAttachment } from './device-view.ts';

/** Where a kind's rows are kept (its repository), and the 404 for an unknown device id. */
export interface DeviceRows<Row> {
  list(db: Db, vmId: string): Promise<Row[]>;
  find(db: Db, vmId: string, key: string): Promise<Row | null>;
  notFound(key: string): AppError;
}

export class DeviceReads<Row, Live, Detached> {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly log: WarnLogger,
    private readonly kind: DeviceKind<Row, Live, Detached>,
    private readonly rows: DeviceRows<Row>,
  ) {}

  async list(vmId: string): Promise<Array<WithAttachment<Row> | Detached>> {
    const vm = await getVmOr404(this.ctx.db, vmId);
    const rows = await this.rows.list(this.ctx.db, vmId);
    return deviceViews(this.kind, vm.id, rows, await this.liveConfig(vm));
  }

  /** A device only the running VMM still has (its row is gone) is its pending_detach entry. */
  async get(vmId: string, key: string): Promise<WithAttachment<Row> | Detached> {
    const vm = await getVmOr404(this.ctx.db, vmId);
    const row = await this.rows.find(this.ctx.db, vmId, key);
    if (!row && vm.state !== 'running') throw this.rows.notFound(key);
    const live = await this.liveConfig(vm);
    if (row) return deviceView(this.kind, row, live);
    const device = live && this.kind.liveDevices(live).find((d) => this.kind.keyOfLive(d) === key);
    if (!device) throw this.rows.notFound(key);
    return this.kind.detachedView(vm.id, device);
  }

  async viewOf(vmId: string, row: Row): Promise<WithAttachment<Row>> {
    const vm = await getVmOr404(this.ctx.db, vmId);
    return deviceView(this.kind, row, await this.liveConfig(vm));
  }

  private liveConfig(vm: Vm): Promise<LiveVmConfig | null> {
    return loadLiveConfig(vm, async () => (await hostOf(this.ctx, vm)).agent, this.log);
  }
}
