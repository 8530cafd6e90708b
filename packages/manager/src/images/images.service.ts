// Images: kernels and root filesystems registered by their path on a host. The file stays
// where it is; the host's agent vouches that the path is allowed and is a regular file, and
// VMs created from a rootfs image get their own copy of it.
import { randomUUID } from 'node:crypto';
import type { StatResponse } from '@hearth/agent/contract';
import type { Image, ImageKind, RegisterImageBody } from '@hearth/api';
import { agentCall } from '../agents/agent-errors.ts';
import type { ServiceContext } from '../context.ts';
import { uniqueViolation } from '../db/types.ts';
import { storageRootOf } from '../drives/drive-plan.ts';
import { findHost, type HostRecord, listHosts } from '../hosts/hosts.repository.ts';
import { AppError, notFound, validationFailed } from '../http/errors.ts';
import {
  deleteImage,
  findImage,
  insertImage,
  listImages,
  vmsUsingImage,
} from './images.repository.ts';

/** PostgreSQL's foreign_key_violation, raised the same way by pg and PGlite. */
const isForeignKeyViolation = (err: unknown) => (err as { code?: string })?.code === '23503';

export class ImagesService {
  constructor(private readonly ctx: ServiceContext) {}

  async register(body: RegisterImageBody): Promise<Image> {
    const host = await this.targetHost(body.host_id);
    const agent = this.ctx.agents.forHost(host);
    const stat = await agentCall(`check ${body.path} on host ${host.name}`, () =>
      agent.stat(body.path),
    );
    if (!stat.allowed) {
      throw new AppError(
        'PATH_NOT_ALLOWED',
        `${body.path} is outside the storage root and the allowed paths of host ${host.name} (HEARTH_ALLOWED_PATHS).`,
        { path: body.path, host_id: host.id },
      );
    }
    if (insideStorageRoot(stat, host)) {
      // VM directories and Hearth's control files live there: an image made of another VM's
      // disk would hand a copy of it to every VM created from the image
      throw new AppError(
        'PATH_NOT_ALLOWED',
        `${body.path} lies inside the storage root of host ${host.name} (VM disks and Hearth's own files); register images from an allowed path (HEARTH_ALLOWED_PATHS).`,
        {
          path: body.path,
          real_path: stat.real_path,
          host_id: host.id,
          reason: 'inside_storage_root',
        },
      );
    }
    if (!stat.exists) {
      throw new AppError('FILE_NOT_FOUND', `${body.path} does not exist on host ${host.name}.`, {
        path: body.path,
        host_id: host.id,
      });
    }
    if (!stat.is_file || stat.size_bytes === null) {
      throw new AppError(
        'FILE_NOT_FOUND',
        `${body.path} on host ${host.name} is not a regular file; an image must be one.`,
        { path: body.path, host_id: host.id },
      );
    }
    try {
      return await insertImage(this.ctx.db, {
        id: randomUUID(),
        kind: body.kind,
        name: body.name,
        host_id: host.id,
        path: body.path,
        size_bytes: stat.size_bytes,
      });
    } catch (err) {
      if (uniqueViolation(err)) {
        throw new AppError(
          'NAME_TAKEN',
          `An image named ${body.name} is already registered on host ${host.name}.`,
          { name: body.name, host_id: host.id },
        );
      }
      throw err;
    }
  }

  list(filter: { kind?: ImageKind; name?: string } = {}): Promise<Image[]> {
    return listImages(this.ctx.db, filter);
  }

  async get(id: string): Promise<Image> {
    const image = await findImage(this.ctx.db, id);
    if (!image) throw notFound('IMAGE_NOT_FOUND', 'Image', id);
    return image;
  }

  /** Deletes the registration only: the file on the host is the operator's, not ours. */
  async delete(id: string): Promise<void> {
    await this.get(id);
    const users = await vmsUsingImage(this.ctx.db, id);
    if (users.length > 0) throw inUse(id, users);
    try {
      if (!(await deleteImage(this.ctx.db, id))) throw notFound('IMAGE_NOT_FOUND', 'Image', id);
    } catch (err) {
      // A VM created between the check and the delete: the foreign key has the last word.
      if (isForeignKeyViolation(err)) throw inUse(id, await vmsUsingImage(this.ctx.db, id));
      throw err;
    }
  }

  private async targetHost(hostId: string | undefined): Promise<HostRecord> {
    const staleSeconds = this.ctx.config.hostStaleSeconds;
    if (hostId) {
      const host = await findHost(this.ctx.db, hostId, staleSeconds);
      if (!host) throw notFound('HOST_NOT_FOUND', 'Host', hostId);
      return host;
    }
    const hosts = await listHosts(this.ctx.db, staleSeconds);
    const [only, ...others] = hosts;
    if (!only) {
      throw new AppError('NO_HOST_AVAILABLE', 'No host is registered yet: start an agent first.');
    }
    if (others.length === 0) return only;
    throw validationFailed(
      `${hosts.length} hosts are registered: say which one holds the file with host_id.`,
      { host_ids: hosts.map((h) => h.id) },
    );
  }
}

/**
 * The agent says whether the real path lies in its (resolved) storage root; an agent too old
 * to say is judged by the real path against the root it reported.
 */
function insideStorageRoot(stat: StatResponse, host: HostRecord): boolean {
  if (typeof stat.in_storage_root === 'boolean') return stat.in_storage_root;
  const root = storageRootOf(host);
  const real = stat.real_path ?? stat.path;
  return (
    root !== null && (real === root || real.startsWith(root.endsWith('/') ? root : `${root}/`))
  );
}

function inUse(id: string, vmNames: string[]): AppError {
  return new AppError(
    'IMAGE_IN_USE',
    `Image ${id} is used by VM(s) ${vmNames.join(', ')}; delete them first.`,
    { id, vms: vmNames },
  );
}
