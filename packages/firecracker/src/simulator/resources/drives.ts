// /drives/{id}: PUT before boot inserts or replaces a whole drive (root first, a replaced
// drive keeps its slot, a promoted root is swapped to the front), PATCH after boot changes
// the backing file or merges rate-limiter buckets.
import fs from 'node:fs';
import net from 'node:net';
import { DEVICE_NOT_FOUND, fault, noContent } from '../fault.ts';
import type { ApiResponse } from '../http-server.ts';
import { describeOsError, osErrorText } from '../os-errors.ts';
import { buildRateLimiter, patchRateLimiter, type RateLimiterInput } from '../rate-limiter.ts';
import { checkedId, parseBody, postBootOnly, preBootOnly, type RouteRequest } from '../request.ts';
import * as schemas from '../schemas.ts';
import type { DriveState, VmmModel } from '../vmm-model.ts';

const CREATE = 'Drive config error: Unable to create the virtio block device: ';
const PATCH = 'Drive config error: Unable to patch the block device: ';
const VERIFY = ' Please verify the request arguments.';
const ID_MISMATCH = 'The id from the path does not match the id from the body!';

export interface DriveInput {
  drive_id: string;
  partuuid: string | null;
  is_root_device: boolean;
  cache_type: string;
  is_read_only: boolean | null;
  path_on_host: string | null;
  rate_limiter: RateLimiterInput | null;
  io_engine: string | null;
  socket: string | null;
}

/** Opens the backing file the way the virtio-block device does; returns the Rust error text. */
function openBackingFile(path: string, readOnly: boolean): string | null {
  try {
    const fd = fs.openSync(path, readOnly ? 'r' : 'r+');
    const isDir = fs.fstatSync(fd).isDirectory();
    fs.closeSync(fd);
    return isDir ? osErrorText('EISDIR') : null;
  } catch (err) {
    return describeOsError(err);
  }
}

function connectVhostUser(socketPath: string): Promise<string | null> {
  return new Promise((resolve) => {
    const conn = net.createConnection(socketPath);
    conn.once('connect', () => {
      conn.destroy();
      resolve(null);
    });
    conn.once('error', (err) => resolve(describeOsError(err)));
  });
}

export async function applyDrive(vmm: VmmModel, input: DriveInput): Promise<string | null> {
  vmm.bootPathTaken = true; // even when the request fails, as in Firecracker
  const position = vmm.drives.findIndex((d) => d.drive_id === input.drive_id);
  const hasRoot = vmm.drives[0]?.is_root_device ?? false;
  if (input.is_root_device && vmm.pmem.some((p) => p.root_device)) {
    return 'Drive config error: Attempt to add block as a root device while the root device defined as a pmem device';
  }
  if (input.is_root_device && hasRoot && position !== 0) {
    return 'Drive config error: A root block device already exists!';
  }
  if ((input.path_on_host === null) === (input.socket === null))
    return `${CREATE}Invalid block config.`;
  if (input.socket !== null) {
    const error = await connectVhostUser(input.socket);
    if (error) {
      return `${CREATE}Vhost user backend error: Vhost-user error: Failed to connect to UDS Unix stream: ${error}`;
    }
  } else if (input.path_on_host !== null) {
    const error = openBackingFile(input.path_on_host, input.is_read_only ?? false);
    if (error) {
      return `${CREATE}Virtio backend error: Error manipulating the backing file: ${error} ${input.path_on_host}`;
    }
  }
  const drive: DriveState = {
    drive_id: input.drive_id,
    partuuid: input.partuuid,
    is_root_device: input.is_root_device,
    cache_type: input.cache_type,
    is_read_only: input.is_read_only ?? false,
    path_on_host: input.path_on_host,
    rate_limiter: buildRateLimiter(input.rate_limiter),
    io_engine: input.io_engine ?? 'Sync',
    socket: input.socket,
  };
  if (position < 0) {
    if (drive.is_root_device) vmm.drives.unshift(drive);
    else vmm.drives.push(drive);
  } else {
    vmm.drives[position] = drive;
    const first = vmm.drives[0];
    if (position !== 0 && drive.is_root_device && first) {
      vmm.drives[0] = drive;
      vmm.drives[position] = first;
    }
  }
  return null;
}

export async function putDrive({ ctx, rest, body }: RouteRequest): Promise<ApiResponse> {
  const id = checkedId(rest[0]);
  if (!id.ok) return id.response;
  const parsed = parseBody<DriveInput>(body, schemas.blockDevice);
  if (!parsed.ok) return parsed.response;
  if (parsed.value.drive_id !== id.value) return fault(ID_MISMATCH);
  const refused = preBootOnly(ctx);
  if (refused) return refused;
  const error = await applyDrive(ctx.vmm, parsed.value);
  return error ? fault(error) : noContent();
}

interface DriveUpdate {
  drive_id: string;
  path_on_host: string | null;
  rate_limiter: RateLimiterInput | null;
}

export function patchDrive({ ctx, rest, body }: RouteRequest): ApiResponse {
  const id = checkedId(rest[0]);
  if (!id.ok) return id.response;
  const parsed = parseBody<DriveUpdate>(body, schemas.blockDeviceUpdate);
  if (!parsed.ok) return parsed.response;
  const update = parsed.value;
  if (update.drive_id !== id.value) return fault(ID_MISMATCH);
  const refused = postBootOnly(ctx);
  if (refused) return refused;
  const drive = ctx.vmm.drives.find((d) => d.drive_id === update.drive_id);
  if (!drive) return fault(`${PATCH}${DEVICE_NOT_FOUND}${VERIFY}`);
  if (update.path_on_host === null && update.rate_limiter === null) {
    return fault(`${PATCH}Block: Running method expected different backend.${VERIFY}`);
  }
  if (update.path_on_host !== null) {
    const error = openBackingFile(update.path_on_host, drive.is_read_only);
    if (error) {
      return fault(
        `${PATCH}Block: Virtio backend error: Error manipulating the backing file: ${error} ${update.path_on_host}${VERIFY}`,
      );
    }
    drive.path_on_host = update.path_on_host;
  }
  drive.rate_limiter = patchRateLimiter(drive.rate_limiter, update.rate_limiter);
  return noContent();
}
