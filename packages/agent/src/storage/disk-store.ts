// Disk files of VMs under the storage root. Every path goes through the PathPolicy first;
// files are created with O_EXCL so an existing disk (or a symlink planted where a new disk
// should go) is never overwritten or followed.
import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import {
  copyFile,
  lstat,
  mkdir,
  open,
  realpath,
  rm,
  stat,
  statfs,
  truncate,
  unlink,
} from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import type {
  AllocateDiskResponse,
  CloneImageResponse,
  DeleteFileResponse,
  ExportImageResponse,
  GrowDiskResponse,
  StatResponse,
  UsageResponse,
} from '../contract/index.ts';
import {
  AgentError,
  InsufficientStorageError,
  PathNotAllowedError,
  ValidationError,
} from '../errors.ts';
import { isFileName } from '../validation.ts';
import { isInside, type PathPolicy } from './path-policy.ts';
import { copySparsePreferringReflink, TargetExistsError } from './sparse-copy.ts';
import {
  type DiskInventory,
  type FileSystemFigures,
  fileSystemFigures,
  readDiskInventory,
  usageOf,
} from './storage-inventory.ts';
import { imagesDir, type VmPaths, vmPaths } from './vm-paths.ts';

export interface DiskStore {
  /** Creates <root>/<vm-id>/{storage,logs,sock}; safe to call again. */
  ensureVmDirs(vmId: string): Promise<VmPaths>;
  /** A new sparse file in the VM's storage dir; FILE_EXISTS (409) if the name is taken. */
  allocateSparse(vmId: string, sizeBytes: number, fileName?: string): Promise<AllocateDiskResponse>;
  /** Recreates a missing provisioned disk sparse with its size; an existing file is left as is. */
  ensureSparseFile(path: string, sizeBytes: number): Promise<{ created: boolean }>;
  /** Copies an image into the VM's storage dir, sharing blocks (reflink) where the filesystem can. */
  cloneImage(vmId: string, sourcePath: string, fileName: string): Promise<CloneImageResponse>;
  /** Facts about any absolute path, including whether the policy allows it; never touches it. */
  stat(path: string): Promise<StatResponse>;
  /** Deletes one file, refused unless it lies inside that VM's storage dir. */
  deleteFile(vmId: string, path: string): Promise<DeleteFileResponse>;
  /**
   * Grows one file of the VM's storage dir to `sizeBytes` (ftruncate: sparse); the same size
   * is a no-op, a smaller one SHRINK_NOT_SUPPORTED. Safe under a running VMM: the file only
   * gets longer, and the VMM keeps the size it read.
   */
  growFile(vmId: string, path: string, sizeBytes: number): Promise<GrowDiskResponse>;
  /**
   * Copies one file of the VM's storage dir to <root>/images/<fileName> (reflink, else a
   * sparse copy). The caller makes sure no VMM of the VM writes it meanwhile.
   */
  exportImage(vmId: string, path: string, fileName: string): Promise<ExportImageResponse>;
  /** The VM directories under the storage root, the entries of their storage/, statfs. */
  inventory(): Promise<DiskInventory>;
  /** Sizes of many paths, in order; a path outside the roots answers exists: false. */
  usage(paths: readonly string[]): Promise<UsageResponse>;
  /** statfs of the storage root: its size and what the agent may still use. */
  fileSystem(): Promise<FileSystemFigures>;
  /** Removes <root>/<vm-id>/ entirely; no error when it is already gone. */
  deleteVmDir(vmId: string): Promise<void>;
  /** Bytes available to the agent on the storage root's filesystem. */
  freeBytes(): Promise<number>;
}

export interface LocalDiskStoreOptions {
  storageRoot: string;
  policy: PathPolicy;
}

const BLOCK_BYTES = 512; // st_blocks is counted in 512-byte units whatever the fs block size
const DISK_FILE_MODE = 0o600; // guest data: readable by the VMM's user (root) only
const IMAGES_DIR_MODE = 0o755;

export class LocalDiskStore implements DiskStore {
  readonly #storageRoot: string;
  readonly #policy: PathPolicy;

  constructor(options: LocalDiskStoreOptions) {
    this.#storageRoot = options.storageRoot;
    this.#policy = options.policy;
  }

  async ensureVmDirs(vmId: string): Promise<VmPaths> {
    const paths = vmPaths(this.#storageRoot, vmId);
    await this.#policy.resolve(paths.root);
    for (const dir of [paths.storage, paths.logs, paths.sock]) {
      await mkdir(dir, { recursive: true, mode: 0o750 });
    }
    return paths;
  }

  async allocateSparse(
    vmId: string,
    sizeBytes: number,
    fileName = `disk-${randomUUID()}.img`,
  ): Promise<AllocateDiskResponse> {
    assertSize(sizeBytes);
    assertFileName(fileName);
    const path = await this.#newFilePath(vmId, fileName);
    await createSparse(path, sizeBytes);
    const st = await stat(path);
    return { path, size_bytes: st.size, allocated_bytes: st.blocks * BLOCK_BYTES };
  }

  async ensureSparseFile(path: string, sizeBytes: number): Promise<{ created: boolean }> {
    assertSize(sizeBytes);
    const real = await this.#policy.resolve(path);
    const existing = await stat(real).catch(ignoreMissing);
    if (existing) {
      if (!existing.isFile()) throw notAFile(path);
      // the row's size is the truth: a file left smaller (a grow lost to a crash, a file
      // truncated by hand) is grown sparse to it; never shrunk, the guest's data lies there
      if (existing.size < sizeBytes) await truncate(real, sizeBytes);
      return { created: false };
    }
    await mkdir(dirname(real), { recursive: true, mode: 0o750 });
    try {
      await createSparse(real, sizeBytes);
    } catch (error) {
      // Lost a race with another creator: the file exists now, which is all we promise.
      if (error instanceof AgentError && error.code === 'FILE_EXISTS') return { created: false };
      throw error;
    }
    return { created: true };
  }

  async cloneImage(
    vmId: string,
    sourcePath: string,
    fileName: string,
  ): Promise<CloneImageResponse> {
    assertFileName(fileName);
    const source = await this.#policy.resolve(sourcePath);
    const sourceStat = await stat(source).catch(ignoreMissing);
    if (!sourceStat) {
      throw new AgentError('HOST_PRECONDITION_FAILED', `Image ${sourcePath} does not exist.`, {
        path: sourcePath,
      });
    }
    if (!sourceStat.isFile()) throw notAFile(sourcePath);
    const target = await this.#newFilePath(vmId, fileName);
    const method = await copyPreferringReflink(source, target).catch(async (error: unknown) => {
      if (!isOutOfSpace(error)) throw error;
      // the partial copy is already removed: what is free now is what the operator can use
      throw new InsufficientStorageError({
        host: hostname(),
        path: target,
        bytes_needed: sourceStat.size,
        bytes_free: await freeBytesAt(dirname(target)),
      });
    });
    const st = await stat(target);
    return { path: target, size_bytes: st.size, method };
  }

  async stat(path: string): Promise<StatResponse> {
    if (typeof path !== 'string' || !isAbsolute(path)) {
      throw new ValidationError(`Path ${String(path)} must be absolute.`, { path });
    }
    const allowed = await this.#policy.isAllowed(path);
    const realPath = await realpath(path).catch(ignoreMissing);
    const st = realPath ? await stat(realPath).catch(ignoreMissing) : null;
    if (!realPath || !st) {
      return {
        path,
        real_path: null,
        exists: false,
        is_file: false,
        size_bytes: null,
        allocated_bytes: null,
        allowed,
        in_storage_root: false,
      };
    }
    return {
      path,
      real_path: realPath,
      exists: true,
      is_file: st.isFile(),
      size_bytes: st.size,
      allocated_bytes: st.blocks * BLOCK_BYTES,
      allowed,
      // the root is the real path resolved at agent start: a symlinked root cannot hide it
      in_storage_root: isInside(realPath, this.#storageRoot),
    };
  }

  async deleteFile(vmId: string, path: string): Promise<DeleteFileResponse> {
    const real = await this.#inVmStorage(vmId, path);
    const st = await lstat(real).catch(ignoreMissing);
    if (!st) return { path, deleted: false };
    if (!st.isFile()) throw notAFile(path);
    try {
      await unlink(real);
    } catch (error) {
      if (isMissing(error)) return { path, deleted: false };
      throw error;
    }
    return { path, deleted: true };
  }

  async deleteVmDir(vmId: string): Promise<void> {
    const paths = vmPaths(this.#storageRoot, vmId);
    // rm does not follow a symlink planted at <root>/<vm-id>: it removes the link itself.
    // The retries cover a file appearing while the tree is walked (ENOTEMPTY), such as a
    // console line flushed by a VMM in its last moments.
    await rm(paths.root, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
  }

  async growFile(vmId: string, path: string, sizeBytes: number): Promise<GrowDiskResponse> {
    assertSize(sizeBytes);
    const real = await this.#inVmStorage(vmId, path);
    // O_NOFOLLOW: the real path was just resolved; a symlink swapped in since is refused
    const handle = await open(real, constants.O_RDWR | constants.O_NOFOLLOW).catch(
      (error: unknown) => {
        if (isMissing(error)) {
          throw new AgentError('HOST_PRECONDITION_FAILED', `Disk ${path} does not exist.`, {
            path,
          });
        }
        if ((error as NodeJS.ErrnoException).code === 'ELOOP') {
          throw new PathNotAllowedError(path, 'it became a symlink while it was checked');
        }
        if ((error as NodeJS.ErrnoException).code === 'EISDIR') throw notAFile(path);
        throw error;
      },
    );
    try {
      const before = await handle.stat();
      if (!before.isFile()) throw notAFile(path);
      if (sizeBytes < before.size) {
        throw new AgentError(
          'SHRINK_NOT_SUPPORTED',
          `Disk ${path} is ${before.size} bytes: it can grow, never shrink to ${sizeBytes}.`,
          { path, size_bytes: sizeBytes, current_size_bytes: before.size },
        );
      }
      if (sizeBytes > before.size) await handle.truncate(sizeBytes);
      const after = await handle.stat();
      return {
        path,
        previous_size_bytes: before.size,
        size_bytes: after.size,
        allocated_bytes: after.blocks * BLOCK_BYTES,
      };
    } finally {
      await handle.close();
    }
  }

  async exportImage(vmId: string, path: string, fileName: string): Promise<ExportImageResponse> {
    assertFileName(fileName);
    const source = await this.#inVmStorage(vmId, path);
    const sourceStat = await lstat(source).catch(ignoreMissing);
    if (!sourceStat) {
      throw new AgentError('HOST_PRECONDITION_FAILED', `Disk ${path} does not exist.`, { path });
    }
    if (!sourceStat.isFile()) throw notAFile(path);
    const dir = imagesDir(this.#storageRoot);
    await mkdir(dir, { recursive: true, mode: IMAGES_DIR_MODE });
    // a symlink planted at <root>/images would send the copy out of the storage root
    if (!(await lstat(dir)).isDirectory()) {
      throw new PathNotAllowedError(dir, 'it is not a directory of the storage root');
    }
    const target = join(dir, fileName);
    const method = await copySparsePreferringReflink(source, target, DISK_FILE_MODE).catch(
      async (error: unknown) => {
        if (error instanceof TargetExistsError) throw fileExists(target);
        if (!isOutOfSpace(error)) throw error;
        // the partial copy is already removed: what is free now is what the operator can use
        throw new InsufficientStorageError({
          host: hostname(),
          path: target,
          bytes_needed: sourceStat.size,
          bytes_free: await freeBytesAt(dir),
        });
      },
    );
    const st = await stat(target);
    return { path: target, size_bytes: st.size, method };
  }

  inventory(): Promise<DiskInventory> {
    return readDiskInventory(this.#storageRoot);
  }

  usage(paths: readonly string[]): Promise<UsageResponse> {
    return usageOf(this.#policy, paths);
  }

  fileSystem(): Promise<FileSystemFigures> {
    return fileSystemFigures(this.#storageRoot);
  }

  async freeBytes(): Promise<number> {
    return (await this.fileSystem()).free_bytes;
  }

  /** The real path of `path`, refused (403) unless it lies below the VM's storage dir. */
  async #inVmStorage(vmId: string, path: string): Promise<string> {
    const paths = vmPaths(this.#storageRoot, vmId);
    const real = await this.#policy.resolve(path);
    const storageDir = await realpath(paths.storage).catch(() => paths.storage);
    if (real === storageDir || !isInside(real, storageDir)) {
      throw new PathNotAllowedError(path, `it is not inside the storage directory of VM ${vmId}`);
    }
    return real;
  }

  /**
   * Where a new file named `fileName` goes in the VM's storage dir: the real directory plus
   * the name as given, not the name's resolution, so that whatever already sits there (a
   * symlink included) makes the O_EXCL create fail instead of being followed.
   */
  async #newFilePath(vmId: string, fileName: string): Promise<string> {
    const paths = await this.ensureVmDirs(vmId);
    const path = join(await this.#policy.resolve(paths.storage), fileName);
    await this.#policy.resolve(path); // a symlink out of the roots is reported as such (403)
    return path;
  }
}

/** O_EXCL: never reuses an existing file and never follows a symlink at `path`. */
async function createSparse(path: string, sizeBytes: number): Promise<void> {
  const handle = await open(path, 'wx', DISK_FILE_MODE).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw fileExists(path);
    throw error;
  });
  try {
    await handle.truncate(sizeBytes);
  } catch (error) {
    await handle.close();
    await unlink(path).catch(() => {}); // no half-made disk left behind
    throw error;
  }
  await handle.close();
}

/**
 * FICLONE_FORCE first, so the answer says honestly whether blocks are shared; when the
 * filesystem cannot reflink (ext4, tmpfs, across filesystems) libuv has already removed the
 * empty target and we fall back to a plain copy (copy_file_range inside the kernel).
 */
async function copyPreferringReflink(source: string, target: string): Promise<'reflink' | 'copy'> {
  try {
    await copyFile(source, target, constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE_FORCE);
    return 'reflink';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw fileExists(target);
  }
  try {
    await copyFile(source, target, constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw fileExists(target);
    await unlink(target).catch(() => {}); // e.g. ENOSPC half-way: no partial image left
    throw error;
  }
  return 'copy';
}

function assertSize(sizeBytes: number): void {
  if (!Number.isSafeInteger(sizeBytes) || sizeBytes <= 0) {
    throw new ValidationError('size_bytes must be a positive integer.', { size_bytes: sizeBytes });
  }
}

function assertFileName(fileName: string): void {
  if (typeof fileName !== 'string' || !isFileName(fileName)) {
    throw new ValidationError(`File name ${JSON.stringify(fileName)} is not a plain file name.`, {
      file_name: fileName,
    });
  }
}

function fileExists(path: string): AgentError {
  return new AgentError('FILE_EXISTS', `File ${path} already exists.`, { path });
}

function notAFile(path: string): AgentError {
  return new AgentError('HOST_PRECONDITION_FAILED', `${path} is not a regular file.`, { path });
}

/** A full filesystem, or the storage user's quota reached. */
function isOutOfSpace(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

async function freeBytesAt(path: string): Promise<number> {
  const fs = await statfs(path);
  return fs.bavail * fs.bsize;
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

function ignoreMissing(error: unknown): null {
  if (isMissing(error)) return null;
  throw error;
}
