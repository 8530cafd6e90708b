// Drive use cases. A drive is a database row applied to Firecracker at every start: adding,
// editing or removing one touches the database (and, for its file, the host's agent) and
// never the VMM, in every VM state but `deleting`.
import { randomUUID } from 'node:crypto';
import type { LiveVmConfig } from '@hearth/agent/contract';
import type { AddDriveBody, Drive, DriveToImageBody, Image, UpdateDriveBody } from '@hearth/api';
import type { AgentClient } from '../agents/agent-client.ts';
import { agentCall } from '../agents/agent-errors.ts';
import type { ServiceContext } from '../context.ts';
import type { Db } from '../db/types.ts';
import { uniqueViolation } from '../db/types.ts';
import type { WarnLogger } from '../devices/attachment.ts';
import { loadLiveConfig } from '../devices/attachment.ts';
import { assertDevicesChangeable, changeDevices, writeDevices } from '../devices/device-change.ts';
import { recordEvent } from '../events/event-log.ts';
import { AppError, notFound, validationFailed } from '../http/errors.ts';
import { findImage, findImageByName, insertImage } from '../images/images.repository.ts';
import { assertStorageRoom } from '../storage/storage-limit.ts';
import { getVmBundleOr404, getVmOr404, hostOf } from '../vms/vm-access.ts';
import type { VmBundle } from '../vms/vm-bundle.repository.ts';
import { liveApplyRequest } from './drive-apply.ts';
import {
  checkDriveSizes,
  discardProvisionedFile,
  driveConflictFromDb,
  planDrive,
  requestedBytes,
  storageRootOf,
} from './drive-plan.ts';
import { driveViews } from './drive-view.ts';
import {
  type DriveChanges,
  type DriveRecord,
  deleteDrive,
  drivesUsingFile,
  insertDrivesQuery,
  type NewDrive,
  toDrive,
  updateDriveQuery,
} from './drives.repository.ts';

type DriveRow = Parameters<typeof toDrive>[0];

export interface RemoveDriveOptions {
  /** also delete the file, allowed only for files inside the VM's own storage dir */
  deleteFile: boolean;
}

/**
 * A file another drive row still names (any VM of the host, by its path or its real path) is
 * not deleted: that drive would fail its next start, or a VM would lose a disk it shares.
 */
async function assertFileUnused(
  trx: Db,
  agent: AgentClient,
  hostId: string,
  row: DriveRecord,
): Promise<void> {
  const stat = await agentCall(`check ${row.path_on_host}`, () => agent.stat(row.path_on_host));
  const paths = [...new Set([row.path_on_host, stat.real_path ?? row.path_on_host])];
  const users = await drivesUsingFile(trx, hostId, paths, row.id);
  const [first] = users;
  if (!first) return;
  throw new AppError(
    'FILE_IN_USE',
    `The file ${row.path_on_host} of drive "${row.drive_id}" is also used by drive "${first.drive_id}" of VM ${first.vm_name} (${first.vm_id}); nothing was deleted. Remove that drive first, or remove this one without delete_file.`,
    {
      drive_id: row.drive_id,
      path_on_host: row.path_on_host,
      other_vm_id: first.vm_id,
      other_vm_name: first.vm_name,
      other_drive_id: first.drive_id,
      used_by: users,
    },
  );
}

const driveNotFound = (driveId: string) => notFound('DRIVE_NOT_FOUND', 'Drive', driveId);

function describeFile(row: NewDrive, image: Image | null): string {
  if (row.source === 'provisioned') {
    return `provisioned sparse file ${row.path_on_host} (${row.size_bytes} bytes)`;
  }
  if (row.source === 'image') return `copy of image ${image?.name ?? '?'} at ${row.path_on_host}`;
  return `host file ${row.path_on_host}`;
}

/** `row` as driveViews shows it among `rows` (row replaces any row with its drive_id). */
function viewOf(rows: readonly DriveRecord[], row: DriveRecord, live: LiveVmConfig | null): Drive {
  const all = [...rows.filter((r) => r.drive_id !== row.drive_id), row];
  const view = driveViews(row.vm_id, all, live).find((d) => d.drive_id === row.drive_id);
  if (!view) throw new Error(`drive ${row.drive_id} missing from its own view`);
  return view;
}

/** Only a provisioned drive is Hearth's to size; and only upwards (a guest's data lies there). */
function assertResizable(vmId: string, row: DriveRecord, size: number, maxBytes: number): void {
  if (row.source !== 'provisioned') {
    throw new AppError(
      'RESIZE_NOT_SUPPORTED',
      row.source === 'host_path'
        ? `Drive "${row.drive_id}" uses the host file ${row.path_on_host}, which is not Hearth's to resize; resize the file on the host, then apply or restart.`
        : `Drive "${row.drive_id}" is a copy of an image and keeps its size; add a provisioned drive for more space, or copy the image with a larger size_bytes.`,
      { vm_id: vmId, drive_id: row.drive_id, source: row.source },
    );
  }
  if (!Number.isSafeInteger(size) || size <= 0 || size > maxBytes) {
    throw validationFailed(
      `size_bytes must be between 1 and ${maxBytes} (HEARTH_MAX_DRIVE_BYTES), got ${size}.`,
      { field: 'size_bytes', size_bytes: size, max_bytes: maxBytes },
    );
  }
  const current = row.size_bytes ?? 0;
  if (size < current) {
    throw new AppError(
      'SHRINK_NOT_SUPPORTED',
      `Drive "${row.drive_id}" is ${current} bytes; it can only grow (shrinking would cut off the guest's data). Nothing was changed.`,
      { vm_id: vmId, drive_id: row.drive_id, size_bytes: size, current_size_bytes: current },
    );
  }
}

export class DrivesService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly log: WarnLogger = console,
  ) {}

  async list(vmId: string): Promise<Drive[]> {
    const bundle = await getVmBundleOr404(this.ctx, vmId, { drives: true });
    return driveViews(vmId, bundle.drives, await this.liveConfig(bundle));
  }

  /** A drive still in the running VMM but no longer in the database is its pending_detach entry. */
  async get(vmId: string, driveId: string): Promise<Drive> {
    const bundle = await getVmBundleOr404(this.ctx, vmId, { drives: true });
    const live = await this.liveConfig(bundle);
    const view = driveViews(vmId, bundle.drives, live).find((d) => d.drive_id === driveId);
    if (!view) throw driveNotFound(driveId);
    return view;
  }

  /**
   * Two round trips to the database: the VM with its host, drives and the host's provisioned
   * bytes, then the row and its event in one transaction (a third read only for a copy of an
   * image). The live config for the answer is read while the file is made.
   */
  async add(vmId: string, body: AddDriveBody): Promise<Drive> {
    const bundle = await getVmBundleOr404(this.ctx, vmId, { drives: true, storage: true });
    const { vm, host, agent, drives: existing } = bundle;
    assertDevicesChangeable(vm);
    checkDriveSizes(this.ctx.config, body);
    const image = body.image_id === undefined ? null : await findImage(this.ctx.db, body.image_id);
    assertStorageRoom(
      host,
      bundle.hostProvisionedBytes ?? 0,
      requestedBytes(body, image),
      this.ctx.config.storageOvercommit,
    );
    const live = this.liveConfig(bundle);
    const plan = await planDrive(this.ctx.config, vm, agent, body, existing, {
      storageRoot: storageRootOf(host),
      hostId: host.id,
      findImage: async () => image,
    });
    let row: DriveRecord;
    try {
      row = toDrive(
        await writeDevices<DriveRow>(this.ctx.db, vmId, {
          write: insertDrivesQuery(this.ctx.db, [plan.row]),
          event: `Drive "${plan.row.drive_id}" added: ${describeFile(plan.row, image)}.`,
          data: {
            drive_id: plan.row.drive_id,
            path_on_host: plan.row.path_on_host,
            source: plan.row.source,
            ...(image ? { image_id: image.id } : {}),
          },
        }),
      );
    } catch (err) {
      if (plan.createdFile) await discardProvisionedFile(agent, vmId, plan.createdFile, this.log);
      throw driveConflictFromDb(err, vmId, body.drive_id) ?? err;
    }
    return viewOf([...existing, row], row, await live);
  }

  async update(vmId: string, driveId: string, body: UpdateDriveBody): Promise<Drive> {
    const changes: DriveChanges = {};
    if (body.is_read_only !== undefined) changes.is_read_only = body.is_read_only;
    if (body.cache_type !== undefined) changes.cache_type = body.cache_type;
    if (body.io_engine !== undefined) changes.io_engine = body.io_engine;
    if (body.rate_limiter !== undefined) changes.rate_limiter = body.rate_limiter;
    const fields = Object.keys(changes);
    if (fields.length === 0 && body.size_bytes === undefined) {
      throw validationFailed('Nothing to update: give at least one field.');
    }
    if (body.size_bytes !== undefined) return this.resize(vmId, driveId, body.size_bytes, changes);

    const row = await writeDevices<DriveRow>(this.ctx.db, vmId, {
      write: updateDriveQuery(this.ctx.db, vmId, driveId, changes),
      event: `Drive "${driveId}" updated (${fields.join(', ')}).`,
      data: { drive_id: driveId, changes },
      none: () => driveNotFound(driveId),
    });
    return this.viewAfterWrite(vmId, toDrive(row));
  }

  /**
   * Grows a provisioned drive: the row and the file change in one transaction (the file is
   * grown by the host inside it, so a refusal leaves both as they were). Other fields of the
   * same PATCH change with it.
   */
  private async resize(
    vmId: string,
    driveId: string,
    sizeBytes: number,
    others: DriveChanges,
  ): Promise<Drive> {
    const bundle = await getVmBundleOr404(this.ctx, vmId, { drives: true, storage: true });
    const { vm, host, agent } = bundle;
    assertDevicesChangeable(vm);
    const current = bundle.drives.find((d) => d.drive_id === driveId);
    if (!current) throw driveNotFound(driveId);
    assertResizable(vmId, current, sizeBytes, this.ctx.config.maxDriveBytes);
    const previous = current.size_bytes ?? 0;
    assertStorageRoom(
      host,
      bundle.hostProvisionedBytes ?? 0,
      sizeBytes - previous,
      this.ctx.config.storageOvercommit,
    );
    const changes: DriveChanges = { ...others, size_bytes: sizeBytes };
    const row = await changeDevices(this.ctx.db, vmId, async (trx) => {
      const written = await updateDriveQuery(trx, vmId, driveId, changes).executeTakeFirst();
      if (!written) throw driveNotFound(driveId);
      const grown = await agentCall(`grow ${current.path_on_host}`, () =>
        agent.growDisk(vmId, { path: current.path_on_host, size_bytes: sizeBytes }),
      );
      return {
        result: toDrive(written),
        event: `Drive "${driveId}" grown from ${previous} to ${grown.size_bytes} bytes${Object.keys(others).length ? ` and updated (${Object.keys(others).join(', ')})` : ''}.${vm.state === 'running' ? ' The guest sees the new size after a live apply (POST …/apply) or the next start.' : ''}`,
        data: { drive_id: driveId, previous_size_bytes: previous, size_bytes: sizeBytes, changes },
      };
    });
    return this.viewAfterWrite(vmId, row);
  }

  /**
   * Makes the running VMM's drive equal its row, where Firecracker allows it (drive-apply.ts).
   * Opt-in and explicit: nothing else ever changes a running VMM's devices.
   */
  async applyLive(vmId: string, driveId: string): Promise<Drive> {
    const bundle = await getVmBundleOr404(this.ctx, vmId, { drives: true, launch: true });
    const { vm, agent } = bundle;
    if (vm.state === 'starting' || vm.state === 'stopping') assertDevicesChangeable(vm);
    if (vm.state !== 'running') {
      throw new AppError(
        'VM_INVALID_STATE',
        `VM ${vmId} is ${vm.state}, not running: there is no live drive to apply to; the row applies at the next start.`,
        { vm_id: vmId, state: vm.state },
      );
    }
    const live = await agentCall('read the live VM config', () => agent.liveConfig(vmId));
    const views = driveViews(vmId, bundle.drives, live);
    const view = views.find((d) => d.drive_id === driveId);
    if (!view) throw driveNotFound(driveId);
    const row = bundle.drives.find((d) => d.drive_id === driveId);
    const request = liveApplyRequest(vmId, row, view);
    if (request === null || !row) return view;
    const applied = await agentCall(`apply drive ${driveId} to the running VMM`, () =>
      agent.updateLiveDrive(vmId, driveId, {
        ...request,
        image_paths: bundle.launch?.hostImagePaths ?? [],
      }),
    );
    await recordEvent(
      this.ctx.db,
      vmId,
      'info',
      `Drive "${driveId}" applied live (${view.pending_fields.join(', ')}): the running VMM now has it as recorded.`,
      {
        drive_id: driveId,
        fields: view.pending_fields,
        live_size_bytes: applied.size_bytes ?? null,
      },
    );
    const after = {
      ...live,
      drives: (live.drives ?? []).map((d) => (d.drive_id === driveId ? applied : d)),
    };
    return viewOf(bundle.drives, row, after);
  }

  /**
   * Registers a copy of a stopped VM's drive as a rootfs image of its host. The host copies
   * the file while it holds launches of the VM off, so the copy is of a file nothing writes.
   */
  async toImage(vmId: string, driveId: string, body: DriveToImageBody): Promise<Image> {
    const bundle = await getVmBundleOr404(this.ctx, vmId, { drives: true });
    const { vm, host, agent } = bundle;
    if (vm.state === 'running' || vm.state === 'starting' || vm.state === 'stopping') {
      throw new AppError(
        'VM_INVALID_STATE',
        `VM ${vm.name} is ${vm.state}: a copy of a drive the guest may be writing would be inconsistent. Stop the VM first.`,
        { vm_id: vmId, state: vm.state },
      );
    }
    assertDevicesChangeable(vm);
    const row = bundle.drives.find((d) => d.drive_id === driveId);
    if (!row) throw driveNotFound(driveId);
    if (row.source === 'host_path') {
      throw validationFailed(
        `Drive "${driveId}" uses the host file ${row.path_on_host}; register that file as an image directly (POST /v1/images).`,
        { drive_id: driveId, source: row.source },
      );
    }
    if (await findImageByName(this.ctx.db, host.id, body.name)) {
      throw new AppError(
        'NAME_TAKEN',
        `Host ${host.name} already has an image named ${body.name}.`,
        {
          name: body.name,
          host_id: host.id,
        },
      );
    }
    const exported = await agentCall(`copy drive ${driveId} to an image`, () =>
      agent.exportImage(vmId, {
        path: row.path_on_host,
        // the agent's file names are at most 128 characters; the name stays readable in it
        file_name: `${body.name.slice(0, 100)}-${randomUUID().slice(0, 8)}.img`,
      }),
    );
    let image: Image;
    try {
      image = await insertImage(this.ctx.db, {
        id: randomUUID(),
        kind: 'rootfs',
        name: body.name,
        host_id: host.id,
        path: exported.path,
        size_bytes: exported.size_bytes,
      });
    } catch (err) {
      this.log.warn(
        { vm_id: vmId, path: exported.path, err: (err as Error)?.message ?? String(err) },
        'an exported image copy could not be registered; its file stays on the host',
      );
      if (uniqueViolation(err)) {
        throw new AppError(
          'NAME_TAKEN',
          `Host ${host.name} already has an image named ${body.name}.`,
          {
            name: body.name,
            host_id: host.id,
            leftover_path: exported.path,
          },
        );
      }
      throw err;
    }
    await recordEvent(
      this.ctx.db,
      vmId,
      'info',
      `Drive "${driveId}" copied to image ${image.name} (${exported.method}, ${exported.size_bytes} bytes).`,
      { drive_id: driveId, image_id: image.id, path: exported.path, method: exported.method },
    );
    return image;
  }

  /** One statement (the VM, its host and drives) and, while running, the live config. */
  private async viewAfterWrite(vmId: string, row: DriveRecord): Promise<Drive> {
    const bundle = await getVmBundleOr404(this.ctx, vmId, { drives: true });
    return viewOf(bundle.drives, row, await this.liveConfig(bundle));
  }

  private liveConfig(bundle: Pick<VmBundle, 'vm'> & { agent: AgentClient }) {
    return loadLiveConfig(bundle.vm, async () => bundle.agent, this.log);
  }

  async remove(vmId: string, driveId: string, options: RemoveDriveOptions): Promise<void> {
    const vm = await getVmOr404(this.ctx.db, vmId);
    assertDevicesChangeable(vm);
    const agent = options.deleteFile ? (await hostOf(this.ctx, vm)).agent : null;

    // Checks run on the row the DELETE returned, inside the transaction, so a concurrent
    // change cannot slip between check and delete; a refusal rolls the delete back.
    await changeDevices(this.ctx.db, vmId, async (trx) => {
      const row = await deleteDrive(trx, vmId, driveId);
      if (!row) throw driveNotFound(driveId);
      if (row.is_root_device) {
        throw new AppError(
          'ROOT_DEVICE_REQUIRED',
          `Drive "${driveId}" is the root device of VM ${vmId}; a VM cannot run without one.`,
          { vm_id: vmId, drive_id: driveId },
        );
      }
      const deleted = agent ? await this.deleteFileOf(trx, agent, vm.host_id, row) : null;
      const fileNote =
        deleted === null
          ? `its file ${row.path_on_host} was kept`
          : deleted
            ? `its file ${row.path_on_host} was deleted`
            : `its file ${row.path_on_host} was already gone`;
      return {
        result: row,
        event: `Drive "${driveId}" removed; ${fileNote}.`,
        data: { drive_id: driveId, path_on_host: row.path_on_host, file_deleted: deleted === true },
      };
    });
  }

  /**
   * Runs inside the delete's transaction: if the agent refuses, the row comes back.
   * False when the file was already gone.
   */
  private async deleteFileOf(
    trx: Db,
    agent: AgentClient,
    hostId: string,
    row: DriveRecord,
  ): Promise<boolean> {
    if (row.source === 'host_path') {
      throw validationFailed(
        `Drive "${row.drive_id}" uses the host file ${row.path_on_host}, which is not Hearth's to delete; remove the drive without delete_file, and the file stays.`,
        { drive_id: row.drive_id, path_on_host: row.path_on_host, source: row.source },
      );
    }
    await assertFileUnused(trx, agent, hostId, row);
    const result = await agentCall(`delete ${row.path_on_host}`, () =>
      agent.deleteFile(row.vm_id, row.path_on_host),
    );
    return result.deleted;
  }
}
