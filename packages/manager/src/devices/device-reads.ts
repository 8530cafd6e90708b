// The read side every device service shares: a VM's devices of one kind as the API shows
// them, one device by its id, and the view of a row just written. Each answer compares the
// rows with one live-config call through the VM's agent, made only while the VM runs.
import type { LiveVmConfig } from '@hearth/agent/contract';
import type { Vm } from '@hearth/api';
import type { AgentClient } from '../agents/agent-client.ts';
import type { ServiceContext } from '../context.ts';
import type { AppError } from '../http/errors.ts';
import { getVmBundleOr404 } from '../vms/vm-access.ts';
import type { VmBundle } from '../vms/vm-bundle.repository.ts';
import { loadLiveConfig, type WarnLogger } from './attachment.ts';
import { type DeviceKind, deviceView, deviceViews, type WithAttachment } from './device-view.ts';

/** Which list of the VM's bundle holds a kind's rows, and the 404 for an unknown device id. */
export interface DeviceRows<Row> {
  part: 'drives' | 'nics';
  keyOf(row: Row): string;
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
    const bundle = await this.read(vmId, true);
    return deviceViews(this.kind, vmId, this.rowsOf(bundle), await this.liveConfig(bundle));
  }

  /** A device only the running VMM still has (its row is gone) is its pending_detach entry. */
  async get(vmId: string, key: string): Promise<WithAttachment<Row> | Detached> {
    const bundle = await this.read(vmId, true);
    const row = this.rowsOf(bundle).find((r) => this.rows.keyOf(r) === key);
    if (!row && bundle.vm.state !== 'running') throw this.rows.notFound(key);
    const live = await this.liveConfig(bundle);
    if (row) return deviceView(this.kind, row, live);
    const device = live && this.kind.liveDevices(live).find((d) => this.kind.keyOfLive(d) === key);
    if (!device) throw this.rows.notFound(key);
    return this.kind.detachedView(vmId, device);
  }

  async viewOf(vmId: string, row: Row): Promise<WithAttachment<Row>> {
    return deviceView(this.kind, row, await this.liveConfig(await this.read(vmId, false)));
  }

  /** The VM, its host, and (with `withRows`) this kind's rows, in one statement. */
  private read(vmId: string, withRows: boolean) {
    return getVmBundleOr404(this.ctx, vmId, withRows ? { [this.rows.part]: true } : {});
  }

  private rowsOf(bundle: VmBundle): Row[] {
    return bundle[this.rows.part] as Row[];
  }

  private liveConfig({ vm, agent }: { vm: Vm; agent: AgentClient }): Promise<LiveVmConfig | null> {
    return loadLiveConfig(vm, async () => agent, this.log);
  }
}
