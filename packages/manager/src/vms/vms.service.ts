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
import { checkDriveSizes, planDrive, requestedBytes, storageRootOf } from '../drives/drive-plan.ts';
import { driveViews } from '../drives/drive-view.ts';
import type { NewDrive } from '../drives/drives.repository.ts';
import { recordEvent } from '../events/event-log.ts';
import { listEvents } from '../events/events.repository.ts';
import { publicHost } from '../hosts/hosts.service.ts';
import { AppError, notFound, validationFailed } from '../http/errors.ts';
import { findImage, findImages } from '../images/images.repository.ts';
import { nicConflictFromDb, planNic } from '../nics/nic-plan.ts';
import { nicViews } from '../nics/nic-view.ts';
import { findNicByMac, type NewNic } from '../nics/nics.repository.ts';
import { findDeletedVm } from './deleted-vms.repository.ts';
import type { LifecycleService, TransitionDevices, Transitioned } from './lifecycle.service.ts';
import { mmdsNeedsNic } from './mmds.ts';
import { type Placement, placeVm } from './placement.ts';
import { getVmBundleOr404, getVmOr404 } from './vm-access.ts';
import {
  type CreatedVm,
  findVm,
  insertVmWithDevices,
  listVms,
  updateMmds,
  updateRestartPolicy,
  vmNameTaken,
} from './vms.repository.ts';

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
    // independent reads, sent together; the name is checked again by its unique index
    const [images, nameIsTaken] = await Promise.all([
      findImages(this.ctx.db, [body.kernel_image_id, body.rootfs_image_id]),
      vmNameTaken(this.ctx.db, body.name),
    ]);
    const kernelImage = images.get(body.kernel_image_id);
    if (!kernelImage) throw notFound('IMAGE_NOT_FOUND', 'Kernel image', body.kernel_image_id);
    if (kernelImage.kind !== 'kernel') {
      throw validationFailed(`Image ${kernelImage.name} is a ${kernelImage.kind}, not a kernel.`);
    }
    const rootfsImage = images.get(body.rootfs_image_id);
    if (!rootfsImage) throw notFound('IMAGE_NOT_FOUND', 'Rootfs image', body.rootfs_image_id);
    if (rootfsImage.kind !== 'rootfs') {
      throw validationFailed(`Image ${rootfsImage.name} is a ${rootfsImage.kind}, not a rootfs.`);
    }
    for (const d of body.drives ?? []) {
      // a size invalid in itself is a 400 before placement weighs it against hosts' room
      checkDriveSizes(this.ctx.config, d);
      if (d.is_root_device) {
        throw new AppError(
          'ROOT_DEVICE_EXISTS',
          `Drive ${d.drive_id} cannot be a root device: the VM's root is the rootfs image.`,
          { drive_id: d.drive_id },
        );
      }
    }
    const placement = await placeVm(
      this.ctx,
      kernelImage,
      rootfsImage,
      { vcpu: body.vcpu, mem_mib: body.mem_mib },
      {
        bytes:
          rootfsImage.size_bytes +
          (body.drives ?? []).reduce((sum, d) => sum + requestedBytes(d), 0),
      },
    );
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
      mmds: body.mmds ?? false,
    };
    if (vm.mmds && (body.nics ?? []).length === 0) throw mmdsNeedsNic(vm.name);
    const agent = this.ctx.agents.forHost(placement.host);
    if (nameIsTaken) throw nameTaken(vm.name);

    let nics: NewNic[] = [];
    let created: CreatedVm;
    try {
      const devices = await this.prepareDevices(vm, placement, body);
      nics = devices.nics;
      const { drives } = devices;
      created = await insertVmWithDevices(this.ctx.db, vm, drives, nics, {
        level: 'info',
        message: 'VM created',
        data: {
          host: placement.host.name,
          drives: drives.map((d) => d.drive_id),
          nics: nics.map((n) => n.iface_id),
        },
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
      if (started) return this.detail(started);
      return this.get(vm.id);
    }
    return detailOf(created.vm, null, { host: placement.host, ...created });
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
    const bundle = await getVmBundleOr404(this.ctx, id);
    // one live-config call for both drives and NICs
    const live = await loadLiveConfig(bundle.vm, async () => bundle.agent, this.log);
    return detailOf(bundle.vm, live, bundle);
  }

  /**
   * The detail of a transition's outcome: its devices compared against the live config the
   * transition has (a launch's answer, say), or null when it has none; the agent is not
   * asked. Rows the transition already read are used as they are, since a VM's devices cannot
   * change while it is in a transition (assertDevicesChangeable).
   */
  async detail({ vm, live, devices }: Transitioned): Promise<VmDetail> {
    if (devices) return detailOf(vm, live, devices);
    const bundle = await getVmBundleOr404(this.ctx, vm.id);
    return detailOf(vm, live, bundle);
  }

  async update(id: string, body: UpdateVmBody): Promise<VmDetail> {
    const vm = await getVmOr404(this.ctx.db, id);
    if (body.mmds !== undefined && body.mmds !== vm.mmds) {
      if (body.mmds) {
        const { nics } = await getVmBundleOr404(this.ctx, id, { nics: true });
        if (nics.length === 0) throw mmdsNeedsNic(vm.name);
      }
      await updateMmds(this.ctx.db, id, body.mmds);
      await recordEvent(
        this.ctx.db,
        id,
        'info',
        `MMDS ${body.mmds ? 'enabled: the drive manifest is served' : 'disabled'} from the next start.`,
        { mmds: body.mmds },
      );
    }
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

  /** A VM's events; a deleted VM's too, until the retention prunes them with its tombstone. */
  async events(id: string, limit: number): Promise<VmEvent[]> {
    if (!(await findVm(this.ctx.db, id)) && !(await findDeletedVm(this.ctx.db, id))) {
      throw notFound('VM_NOT_FOUND', 'VM', id);
    }
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
      // the copy's size: what the drive promises on the host, counted by the storage limit
      size_bytes: clone.size_bytes > 0 ? clone.size_bytes : null,
      source: 'image',
      is_root_device: true,
      ...DRIVE_DEFAULTS,
      rate_limiter: null,
      allocated_bytes: null,
    };
    const drives: NewDrive[] = [root];
    for (const d of body.drives ?? []) {
      const { row } = await planDrive(this.ctx.config, vm, agent, d, drives, {
        storageRoot: storageRootOf(placement.host),
        hostId: placement.host.id,
        findImage: (id) => findImage(this.ctx.db, id),
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

function detailOf(vm: Vm, live: LiveVmConfig | null, devices: TransitionDevices): VmDetail {
  return {
    ...vm,
    host: publicHost(devices.host),
    drives: driveViews(vm.id, devices.drives, live),
    nics: nicViews(vm.id, devices.nics, live),
    storage: {
      provisioned_bytes: devices.drives.reduce(
        (sum, d) => sum + (d.source === 'host_path' ? 0 : (d.size_bytes ?? 0)),
        0,
      ),
      allocated_bytes: devices.drives.reduce((sum, d) => sum + (d.allocated_bytes ?? 0), 0),
    },
  };
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
