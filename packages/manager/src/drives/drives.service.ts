// Drive use cases. A drive is a database row applied to Firecracker at every start: adding,
// editing or removing one touches the database (and, for its file, the host's agent) and
// never the VMM, in every VM state but `deleting`.
import type { AddDriveBody, Drive, UpdateDriveBody } from '@hearth/api';
import type { AgentClient } from '../agents/agent-client.ts';
import { agentCall } from '../agents/agent-errors.ts';
import type { ServiceContext } from '../context.ts';
import type { Db } from '../db/types.ts';
import type { WarnLogger } from '../devices/attachment.ts';
import { loadLiveConfig } from '../devices/attachment.ts';
import { assertDevicesChangeable, changeDevices, writeDevices } from '../devices/device-change.ts';
import { DeviceReads } from '../devices/device-reads.ts';
import { deviceView } from '../devices/device-view.ts';
import { AppError, notFound, validationFailed } from '../http/errors.ts';
import { getVmBundleOr404, getVmOr404, hostOf } from '../vms/vm-access.ts';
import {
  discardProvisionedFile,
  driveConflictFromDb,
  planDrive,
  storageRootOf,
} from './drive-plan.ts';
import { DRIVE_KIND, type LiveDrive } from './drive-view.ts';
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

function describeFile(row: NewDrive): string {
  return row.source === 'provisioned'
    ? `provisioned sparse file ${row.path_on_host} (${row.size_bytes} bytes)`
    : `host file ${row.path_on_host}`;
}

export class DrivesService {
  private readonly reads: DeviceReads<DriveRecord, LiveDrive, Drive>;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly log: WarnLogger = console,
  ) {
    this.reads = new DeviceReads(ctx, log, DRIVE_KIND, {
      part: 'drives',
      keyOf: (row) => row.drive_id,
      notFound: driveNotFound,
    });
  }

  list(vmId: string): Promise<Drive[]> {
    return this.reads.list(vmId);
  }

  /** A drive still in the running VMM but no longer in the database is its pending_detach entry. */
  get(vmId: string, driveId: string): Promise<Drive> {
    return this.reads.get(vmId, driveId);
  }

  /**
   * Two round trips to the database: the VM with its host and drives, then the row and its
   * event in one transaction. The live config for the answer is read while the file is made.
   */
  async add(vmId: string, body: AddDriveBody): Promise<Drive> {
    const {
      vm,
      host,
      agent,
      drives: existing,
    } = await getVmBundleOr404(this.ctx, vmId, {
      drives: true,
    });
    assertDevicesChangeable(vm);
    const live = loadLiveConfig(vm, async () => agent, this.log);
    const plan = await planDrive(this.ctx.config, vm, agent, body, existing, {
      storageRoot: storageRootOf(host),
    });
    let row: DriveRecord;
    try {
      row = toDrive(
        await writeDevices<DriveRow>(this.ctx.db, vmId, {
          write: insertDrivesQuery(this.ctx.db, [plan.row]),
          event: `Drive "${plan.row.drive_id}" added: ${describeFile(plan.row)}.`,
          data: {
            drive_id: plan.row.drive_id,
            path_on_host: plan.row.path_on_host,
            source: plan.row.source,
          },
        }),
      );
    } catch (err) {
      if (plan.createdFile) await discardProvisionedFile(agent, vmId, plan.createdFile, this.log);
      throw driveConflictFromDb(err, vmId, body.drive_id) ?? err;
    }
    return deviceView(DRIVE_KIND, row, await live);
  }

  async update(vmId: string, driveId: string, body: UpdateDriveBody): Promise<Drive> {
    const changes: DriveChanges = {};
    if (body.is_read_only !== undefined) changes.is_read_only = body.is_read_only;
    if (body.cache_type !== undefined) changes.cache_type = body.cache_type;
    if (body.io_engine !== undefined) changes.io_engine = body.io_engine;
    if (body.rate_limiter !== undefined) changes.rate_limiter = body.rate_limiter;
    const fields = Object.keys(changes);
    if (fields.length === 0) throw validationFailed('Nothing to update: give at least one field.');

    const row = await writeDevices<DriveRow>(this.ctx.db, vmId, {
      write: updateDriveQuery(this.ctx.db, vmId, driveId, changes),
      event: `Drive "${driveId}" updated (${fields.join(', ')}).`,
      data: { drive_id: driveId, changes },
      none: () => driveNotFound(driveId),
    });
    return this.reads.viewOf(vmId, toDrive(row));
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
