// Turns an AddDriveBody into a drive row, checking everything the schema cannot (conflicts
// with the VM's other drives, sizes, the host's allow-list and files) and provisioning the
// sparse file when no path is given. It never inserts: the caller does, in its own
// transaction, and gives the file back to the agent if that fails (discardProvisionedFile).
import { randomUUID } from 'node:crypto';
import { posix } from 'node:path';
import { type AddDriveBody, DRIVE_DEFAULTS, type Image } from '@hearth/api';
import type { AgentClient } from '../agents/agent-client.ts';
import { agentCall } from '../agents/agent-errors.ts';
import { DEFAULT_DRIVE_BYTES, type ManagerConfig } from '../config.ts';
import { uniqueViolation } from '../db/types.ts';
import type { WarnLogger } from '../devices/attachment.ts';
import { AppError, notFound, validationFailed } from '../http/errors.ts';
import type { DriveRecord, NewDrive } from './drives.repository.ts';

/** What planning needs to know of the VM's other drives (rows, or rows about to be inserted). */
export type ExistingDrive = Pick<DriveRecord, 'drive_id' | 'is_root_device'>;

export interface PlanDriveOptions {
  /** looks up the image of `image_id` (a data drive copied from an image) */
  findImage?: (id: string) => Promise<Image | null>;
  /** the VM's host id: an image must lie on it */
  hostId?: string;
  /**
   * The host's storage root (its capabilities.storage_root). The agent allows the whole
   * root, so without this a host path could name another VM's disk; with it, such a path
   * is refused. Null when the host did not report one.
   */
  storageRoot?: string | null;
}

/** The storage root a host reported at registration, if any. */
export function storageRootOf(host: { capabilities: Record<string, unknown> }): string | null {
  const root = host.capabilities.storage_root;
  return typeof root === 'string' && posix.isAbsolute(root) ? posix.resolve(root) : null;
}

const isInside = (path: string, dir: string): boolean =>
  path === dir || path.startsWith(dir.endsWith('/') ? dir : `${dir}/`);

export interface DrivePlan {
  row: NewDrive;
  /** the file the agent provisioned for this plan, to delete if the row is not kept */
  createdFile: string | null;
}

export const driveIdTaken = (vmId: string, driveId: string) =>
  new AppError('DRIVE_ID_TAKEN', `VM ${vmId} already has a drive "${driveId}".`, {
    vm_id: vmId,
    drive_id: driveId,
  });

export const rootDeviceExists = (vmId: string, rootDriveId: string | null) =>
  new AppError(
    'ROOT_DEVICE_EXISTS',
    `VM ${vmId} already has a root device${rootDriveId ? ` ("${rootDriveId}")` : ''}; a VM has exactly one.`,
    { vm_id: vmId, root_drive_id: rootDriveId },
  );

/** The DB's unique indexes are the race-safe form of the checks below; same errors. */
export function driveConflictFromDb(err: unknown, vmId: string, driveId: string): AppError | null {
  const constraint = uniqueViolation(err);
  if (constraint === 'vm_drive_vm_id_drive_id_key') return driveIdTaken(vmId, driveId);
  if (constraint === 'vm_drive_one_root_idx') return rootDeviceExists(vmId, null);
  return null;
}

export function checkDriveConflicts(
  vmId: string,
  body: Pick<AddDriveBody, 'drive_id' | 'is_root_device'>,
  existing: readonly ExistingDrive[],
): void {
  if (existing.some((d) => d.drive_id === body.drive_id)) throw driveIdTaken(vmId, body.drive_id);
  const root = existing.find((d) => d.is_root_device);
  if (body.is_root_device && root) throw rootDeviceExists(vmId, root.drive_id);
}

/**
 * The 400s a body's sizes get, checked before anything else (the storage limit, the host):
 * a size that is invalid in itself is a bad request whatever room the host has.
 */
export function checkDriveSizes(
  config: Pick<ManagerConfig, 'maxDriveBytes'>,
  body: AddDriveBody,
): void {
  if (body.size_bytes === undefined) return;
  if (body.path_on_host !== undefined) {
    throw validationFailed(
      'size_bytes is only for provisioned drives: omit it when path_on_host is given (the file keeps its own size).',
      { field: 'size_bytes' },
    );
  }
  provisionedSize(body, config.maxDriveBytes);
}

/** The bytes a drive body will be provisioned with, as placement and the limit count them. */
export function requestedBytes(
  body: AddDriveBody,
  image?: Pick<Image, 'size_bytes'> | null,
): number {
  if (body.path_on_host !== undefined) return 0;
  if (body.image_id !== undefined) return Math.max(body.size_bytes ?? 0, image?.size_bytes ?? 0);
  return body.size_bytes ?? DEFAULT_DRIVE_BYTES;
}

function provisionedSize(body: AddDriveBody, maxDriveBytes: number): number {
  const size = body.size_bytes ?? DEFAULT_DRIVE_BYTES;
  if (size <= 0) {
    throw validationFailed(`size_bytes must be greater than 0, got ${size}.`, {
      field: 'size_bytes',
      size_bytes: size,
    });
  }
  if (size > maxDriveBytes) {
    throw validationFailed(
      `size_bytes ${size} is above the maximum of ${maxDriveBytes} bytes (HEARTH_MAX_DRIVE_BYTES).`,
      { field: 'size_bytes', size_bytes: size, max_bytes: maxDriveBytes },
    );
  }
  return size;
}

/** A host path must be allowed by the VM's host and be an existing regular file there. */
async function checkHostPath(
  agent: AgentClient,
  vmId: string,
  path: string,
  storageRoot: string | null,
): Promise<void> {
  if (path.includes('\0')) {
    throw validationFailed('path_on_host must not contain NUL bytes.', { field: 'path_on_host' });
  }
  const stat = await agentCall(`check ${path} on the host`, () => agent.stat(path));
  if (!stat.allowed) {
    throw new AppError(
      'PATH_NOT_ALLOWED',
      `${path} is outside the host's storage root and allowed paths (HEARTH_ALLOWED_PATHS).`,
      { path },
    );
  }
  if (!stat.exists || !stat.is_file) {
    throw new AppError(
      'FILE_NOT_FOUND',
      stat.exists
        ? `${path} on the host is not a regular file.`
        : `${path} does not exist on the host.`,
      { path, exists: stat.exists },
    );
  }
  const real = stat.real_path ?? path;
  if (
    storageRoot &&
    isInside(real, storageRoot) &&
    !isInside(real, posix.join(storageRoot, vmId))
  ) {
    throw new AppError(
      'PATH_NOT_ALLOWED',
      `${path} lies in another VM's storage directory; a VM may only use its own disks there.`,
      { path, real_path: real },
    );
  }
}

export async function planDrive(
  config: Pick<ManagerConfig, 'maxDriveBytes'>,
  vm: { id: string },
  agent: AgentClient,
  body: AddDriveBody,
  existing: readonly ExistingDrive[],
  options: PlanDriveOptions = {},
): Promise<DrivePlan> {
  checkDriveConflicts(vm.id, body, existing);
  const settings = {
    id: randomUUID(),
    vm_id: vm.id,
    drive_id: body.drive_id,
    is_root_device: body.is_root_device ?? false,
    is_read_only: body.is_read_only ?? DRIVE_DEFAULTS.is_read_only,
    cache_type: body.cache_type ?? DRIVE_DEFAULTS.cache_type,
    io_engine: body.io_engine ?? DRIVE_DEFAULTS.io_engine,
    rate_limiter: body.rate_limiter ?? null,
  } as const;

  if (body.path_on_host !== undefined && body.image_id !== undefined) {
    throw validationFailed(
      'Give path_on_host (an existing host file) or image_id (a copy of an image), not both.',
      { field: 'image_id' },
    );
  }
  if (body.image_id !== undefined) {
    return planImageDrive(config, vm, agent, body, settings, options);
  }
  if (body.path_on_host !== undefined) {
    if (body.size_bytes !== undefined) {
      throw validationFailed(
        'size_bytes is only for provisioned drives: omit it when path_on_host is given (the file keeps its own size).',
        { field: 'size_bytes' },
      );
    }
    await checkHostPath(agent, vm.id, body.path_on_host, options.storageRoot ?? null);
    return {
      row: {
        ...settings,
        path_on_host: body.path_on_host,
        size_bytes: null,
        source: 'host_path',
        allocated_bytes: null,
      },
      createdFile: null,
    };
  }

  const size = provisionedSize(body, config.maxDriveBytes);
  const disk = await agentCall(`provision a ${size}-byte disk for drive ${body.drive_id}`, () =>
    agent.allocateDisk(vm.id, { size_bytes: size }),
  );
  return {
    row: {
      ...settings,
      path_on_host: disk.path,
      size_bytes: size,
      source: 'provisioned',
      allocated_bytes: disk.allocated_bytes,
    },
    createdFile: disk.path,
  };
}

type DriveSettings = Omit<NewDrive, 'path_on_host' | 'size_bytes' | 'source' | 'allocated_bytes'>;

/**
 * A data drive copied from a registered image of the VM's host into the VM's storage dir
 * (reflink where the file system allows, else a sparse copy), grown to `size_bytes` when
 * that is larger than the image. The image itself is never attached.
 */
async function planImageDrive(
  config: Pick<ManagerConfig, 'maxDriveBytes'>,
  vm: { id: string },
  agent: AgentClient,
  body: AddDriveBody,
  settings: DriveSettings,
  options: PlanDriveOptions,
): Promise<DrivePlan> {
  const imageId = body.image_id as string;
  const image = options.findImage ? await options.findImage(imageId) : null;
  if (!image) throw notFound('IMAGE_NOT_FOUND', 'Image', imageId);
  if (image.kind !== 'rootfs') {
    throw validationFailed(
      `Image ${image.name} is a ${image.kind}; a drive can only be copied from a rootfs (file system) image.`,
      { field: 'image_id', image_id: image.id, kind: image.kind },
    );
  }
  if (options.hostId !== undefined && image.host_id !== options.hostId) {
    throw new AppError(
      'FILE_NOT_FOUND',
      `Image ${image.name} lies on another host than the VM; register a copy of it on the VM's host.`,
      { image_id: image.id, image_host_id: image.host_id, vm_host_id: options.hostId },
    );
  }
  if (body.size_bytes !== undefined) {
    provisionedSize(body, config.maxDriveBytes);
    if (body.size_bytes < image.size_bytes) {
      throw validationFailed(
        `size_bytes ${body.size_bytes} is smaller than image ${image.name} (${image.size_bytes} bytes); omit it to keep the image's size.`,
        { field: 'size_bytes', size_bytes: body.size_bytes, image_size_bytes: image.size_bytes },
      );
    }
  }
  const fileName = `disk-${randomUUID()}.img`;
  const clone = await agentCall(`copy image ${image.name} for drive ${body.drive_id}`, () =>
    agent.cloneImage(vm.id, { source_path: image.path, file_name: fileName }),
  );
  let size = clone.size_bytes;
  try {
    if (body.size_bytes !== undefined && body.size_bytes > size) {
      const grown = await agentCall(`grow the copy of image ${image.name}`, () =>
        agent.growDisk(vm.id, { path: clone.path, size_bytes: body.size_bytes as number }),
      );
      size = grown.size_bytes;
    }
  } catch (err) {
    await agent.deleteFile(vm.id, clone.path).catch(() => undefined);
    throw err;
  }
  return {
    row: {
      ...settings,
      path_on_host: clone.path,
      size_bytes: size,
      source: 'image',
      allocated_bytes: null,
    },
    createdFile: clone.path,
  };
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
