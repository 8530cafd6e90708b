// VM creation, listing and detail. Creation records everything before starting: the rootfs
// image is cloned into the VM's storage as root drive `rootfs`, extra drives are provisioned
// or checked, NICs get their TAP names and MACs, and all rows are written in one transaction.
// If anything fails on the way, the VM's directory is removed from its host and no row stays.
import { randomUUID } from 'node:crypto';
import type { LiveVmConfig } from '@hearth/agent/contract';
import type {
  CreateVmBody,
  ListVmsQuery,
  UpdateVmBody,
  Vm,
  VmDetail,
  VmEvent,
  VmListItem,
} from '@hearth/api';
import { DEFAULT_BOOT_ARGS, DRIVE_DEFAULTS } from '@hearth/api';
import type { AgentClient } from '../agents/agent-client.ts';
import { agentCall } from '../agents/agent-errors.ts';
import type { ServiceContext } from '../context.ts';
import { uniqueViolation } from '../db/types.ts';
import { loadLiveConfig, type WarnLogger } from '../devices/attachment.ts';
import { planDrive, storageRootOf } from '../drives/drive-plan.ts';
import { driveViews } from '../drives/drive-view.ts';
import { insertDrive, listDrives, type NewDrive } from '../drives/drives.repository.ts';
import { recordEvent } from '../events/event-log.ts';
import { listEvents } from '../events/events.repository.ts';
import type { HostRecord } from '../hosts/hosts.repository.ts';
import { publicHost } from '../hosts/hosts.service.ts';
import { AppError, notFound, validationFailed } from '../http/errors.ts';
import { findImage } from '../images/images.repository.ts';
import { nicConflictFromDb, planNic } from '../nics/nic-plan.ts';
import { nicViews } from '../nics/nic-view.ts';
import { findNicByMac, insertNic, listNics, type NewNic } from '../nics/nics.repository.ts';
import type { LifecycleService } from './lifecycle.service.ts';
import { type Placement, placeVm } from './placement.ts';
import { getVmOr404, hostOf } from './vm-access.ts';
import { insertVm, listVms, updateRestartPolicy, vmNameTaken } from './vms.repository.ts';

export const ROOT_DRIVE_ID = 'rootfs';
const ROOTFS_FILE = 'rootfs.img';

interface Collaborators {
  lifecycle: LifecycleService;
}

export class VmsService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly deps: Collaborators,
    private readonly log: WarnLogger = console,
  ) {}

  async create(body: CreateVmBody): Promise<VmDetail> {
    const kernelImage = await findImage(this.ctx.db, body.kernel_image_id);
    if (!kernelImage) throw notFound('IMAGE_NOT_FOUND', 'Kernel image', body.kernel_image_id);
    if (kernelImage.kind !== 'kernel') {
      throw validationFailed(`Image ${kernelImage.name} is a ${kernelImage.kind}, not a kernel.`);
    }
    const rootfsImage = await findImage(this.ctx.db, body.rootfs_image_id);
    if (!rootfsImage) throw notFound('IMAGE_NOT_FOUND', 'Rootfs image', body.rootfs_image_id);
    if (rootfsImage.kind !== 'rootfs') {
      throw validationFailed(`Image ${rootfsImage.name} is a ${rootfsImage.kind}, not a rootfs.`);
    }
    for (const d of body.drives ?? []) {
      if (d.is_root_device) {
        throw new AppError(
          'ROOT_DEVICE_EXISTS',
          `Drive ${d.drive_id} cannot be a root device: the VM's root is the rootfs image.`,
          { drive_id: d.drive_id },
        );
      }
    }
    const placement = await placeVm(this.ctx, kernelImage, rootfsImage, {
      vcpu: body.vcpu,
      mem_mib: body.mem_mib,
    });
    const vm = {
      id: randomUUID(),
      name: body.name,
      host_id: placement.host.id,
      state: 'created' as const,
      vcpu: body.vcpu,
      mem_mib: body.mem_mib,
      kernel_image_id: placement.kernel.id,
      rootfs_image_id: placement.rootfs.id,
      boot_args: body.boot_args ?? DEFAULT_BOOT_ARGS,
      desired_state: body.start === false ? ('stopped' as const) : ('running' as const),
      // with a start to follow, this process owns the VM until the start takes its lock, so
      // the reconciler does not start it as well; if the process dies first, it will
      transition_owner: body.start === false ? null : this.ctx.instance.id,
      restart_policy: body.restart_policy?.name ?? 'no',
      restart_max_retries: body.restart_policy?.max_retries ?? 3,
    };
    const agent = this.ctx.agents.forHost(placement.host);
    await this.assertNameFree(vm.name);

    let nics: NewNic[] = [];
    try {
      const devices = await this.prepareDevices(vm, placement, body);
      nics = devices.nics;
      const { drives } = devices;
      await this.ctx.db.transaction().execute(async (trx) => {
        await insertVm(trx, vm);
        for (const d of drives) await insertDrive(trx, d);
        for (const n of nics) await insertNic(trx, n);
        await recordEvent(trx, vm.id, 'info', 'VM created', {
          host: placement.host.name,
          drives: drives.map((d) => d.drive_id),
          nics: nics.map((n) => n.iface_id),
        });
      });
    } catch (err) {
      // nothing may stay behind: the cloned rootfs and provisioned disks go with the directory
      await this.discardStorage(agent, vm.id);
      throw (await this.conflictFromDb(err, vm.name, nics)) ?? err;
    }

    if (body.start !== false) {
      // a failed start leaves the VM in `error` with last_error and an event: the VM exists,
      // so the answer is the VM as it now is
      const started = await this.deps.lifecycle.start(vm.id).catch(() => null);
      if (started) return this.detail(started.vm, started.live);
    }
    return this.get(vm.id);
  }

  async list(query: ListVmsQuery): Promise<{ items: VmListItem[]; next_cursor: string | null }> {
    const limit = query.limit ?? 50;
    const items = await listVms(this.ctx.db, {
      limit: limit + 1,
      ...(query.name ? { name: query.name } : {}),
      ...(query.q ? { nameContains: query.q } : {}),
      ...(query.state ? { state: query.state } : {}),
      ...(query.host_id ? { host_id: query.host_id } : {}),
      ...(query.cursor ? { after: decodeCursor(query.cursor) } : {}),
    });
    const page = items.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page,
      next_cursor: items.length > limit && last ? encodeCursor(last) : null,
    };
  }

  async get(id: string): Promise<VmDetail> {
    const vm = await getVmOr404(this.ctx.db, id);
    const hosted = await hostOf(this.ctx, vm);
    // one live-config call for both drives and NICs; the host read once for both
    const live = await loadLiveConfig(vm, async () => hosted.agent, this.log);
    return this.detail(vm, live, hosted.host);
  }

  /**
   * The detail of `vm` with its devices compared against `live`, a live config the caller
   * already has (a launch's answer, say), or null when it has none; the agent is not asked.
   */
  async detail(vm: Vm, live: LiveVmConfig | null, knownHost?: HostRecord): Promise<VmDetail> {
    const [host, driveRows, nicRows] = await Promise.all([
      knownHost ?? hostOf(this.ctx, vm).then((hosted) => hosted.host),
      listDrives(this.ctx.db, vm.id),
      listNics(this.ctx.db, vm.id),
    ]);
    return {
      ...vm,
      host: publicHost(host),
      drives: driveViews(vm.id, driveRows, live),
      nics: nicViews(vm.id, nicRows, live),
    };
  }

  async update(id: string, body: UpdateVmBody): Promise<VmDetail> {
    await getVmOr404(this.ctx.db, id);
    if (body.restart_policy) {
      const policy = {
        name: body.restart_policy.name,
        max_retries: body.restart_policy.max_retries ?? 3,
      };
      await updateRestartPolicy(this.ctx.db, id, policy);
      await recordEvent(this.ctx.db, id, 'info', `Restart policy set to ${policy.name}`, policy);
    }
    return this.get(id);
  }

  async events(id: string, limit: number): Promise<VmEvent[]> {
    await getVmOr404(this.ctx.db, id);
    return listEvents(this.ctx.db, id, limit);
  }

  /** The unique indexes are the race-safe form of the checks made before the insert. */
  private async conflictFromDb(
    err: unknown,
    name: string,
    nics: NewNic[],
  ): Promise<AppError | null> {
    const constraint = uniqueViolation(err);
    if (constraint === 'vm_name_key') return nameTaken(name);
    if (constraint === 'vm_nic_guest_mac_key') {
      for (const nic of nics) {
        if (await findNicByMac(this.ctx.db, nic.guest_mac)) return nicConflictFromDb(err, nic);
      }
    }
    return null;
  }

  /**
   * Best effort, after a failed create whose error the caller reports: a directory left on
   * the host is logged, not hidden.
   */
  private async discardStorage(agent: AgentClient, vmId: string): Promise<void> {
    try {
      await agent.deleteVmStorage(vmId);
    } catch (err) {
      this.log.warn(
        { vm_id: vmId, what: 'VM storage directory', err: (err as Error)?.message ?? String(err) },
        'could not delete the storage of a VM whose creation failed; its files stay on the host',
      );
    }
  }

  private async assertNameFree(name: string): Promise<void> {
    if (await vmNameTaken(this.ctx.db, name)) throw nameTaken(name);
  }

  /** Clones the rootfs and plans every extra drive and NIC; provisions files on the host. */
  private async prepareDevices(
    vm: { id: string },
    placement: Placement,
    body: CreateVmBody,
  ): Promise<{ drives: NewDrive[]; nics: NewNic[] }> {
    const agent = this.ctx.agents.forHost(placement.host);
    const clone = await agentCall('clone the rootfs image', () =>
      agent.cloneImage(vm.id, { source_path: placement.rootfs.path, file_name: ROOTFS_FILE }),
    );
    const root: NewDrive = {
      id: randomUUID(),
      vm_id: vm.id,
      drive_id: ROOT_DRIVE_ID,
      path_on_host: clone.path,
      size_bytes: null,
      source: 'image',
      is_root_device: true,
      ...DRIVE_DEFAULTS,
      rate_limiter: null,
    };
    const drives: NewDrive[] = [root];
    for (const d of body.drives ?? []) {
      const { row } = await planDrive(this.ctx.config, vm, agent, d, drives, {
        storageRoot: storageRootOf(placement.host),
      });
      drives.push(row);
    }
    const nics: NewNic[] = [];
    for (const n of body.nics ?? []) {
      nics.push(await planNic(this.ctx.db, vm, n, nics));
    }
    return { drives, nics };
  }
}

const nameTaken = (name: string) =>
  new AppError('NAME_TAKEN', `A VM named ${name} already exists.`, { name });

function encodeCursor(vm: Vm): string {
  return Buffer.from(JSON.stringify([vm.created_at, vm.id])).toString('base64url');
}

function decodeCursor(cursor: string): { created_at: string; id: string } {
  try {
    const [created_at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      typeof created_at === 'string' &&
      typeof id === 'string' &&
      !Number.isNaN(Date.parse(created_at))
    ) {
      return { created_at, id };
    }
  } catch {
    // reported below
  }
  throw validationFailed('Invalid cursor: pass next_cursor from a previous page unchanged.', {
    cursor,
  });
}
