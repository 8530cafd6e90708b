// What the storage root holds, read from the file system each time: the VM directories with
// the entries of their storage/ (GET /storage/inventory) and the sizes of many files at once
// (POST /storage/usage). Only lstat and readdir: nothing is opened, followed out of the roots
// or shelled out, and the stats run a bounded number at a time.
import type { Stats } from 'node:fs';
import { lstat, readdir, stat, statfs } from 'node:fs/promises';
import { join } from 'node:path';
import type {
  InventoryFile,
  InventoryVmDir,
  StorageInventory,
  UsageResponse,
} from '../contract/index.ts';
import { AgentError } from '../errors.ts';
import { isVmId } from '../validation.ts';
import { mapLimit } from './map-limit.ts';
import type { PathPolicy } from './path-policy.ts';
import { vmPaths } from './vm-paths.ts';

/** enough to keep the disk queue busy, far below the file descriptor limit */
const STAT_CONCURRENCY = 64;
const BLOCK_BYTES = 512; // st_blocks is counted in 512-byte units whatever the fs block size

export interface FileSystemFigures {
  capacity_bytes: number;
  free_bytes: number;
}

/** A VM directory as the disk store sees it; whether a VMM runs is the VMM service's to say. */
export type DiskVmDir = Omit<InventoryVmDir, 'vmm_running'>;

export type DiskInventory = Omit<StorageInventory, 'vm_dirs'> & { vm_dirs: DiskVmDir[] };

export async function readDiskInventory(storageRoot: string): Promise<DiskInventory> {
  const measuredAt = new Date().toISOString();
  const [figures, vmDirs] = await Promise.all([
    fileSystemFigures(storageRoot),
    listVmDirs(storageRoot),
  ]);
  return { storage_root: storageRoot, ...figures, measured_at: measuredAt, vm_dirs: vmDirs };
}

/** The inventory with each VM directory's vmm_running, as the VMM service tells it. */
export async function withVmmRunning(
  inventory: DiskInventory,
  isRunning: (vmId: string) => Promise<boolean>,
): Promise<StorageInventory> {
  const running = await mapLimit(inventory.vm_dirs, STAT_CONCURRENCY, (dir) =>
    isRunning(dir.vm_id),
  );
  return {
    ...inventory,
    vm_dirs: inventory.vm_dirs.map((dir, i) => ({ ...dir, vmm_running: running[i] ?? false })),
  };
}

export async function fileSystemFigures(path: string): Promise<FileSystemFigures> {
  const fs = await statfs(path);
  return { capacity_bytes: fs.blocks * fs.bsize, free_bytes: fs.bavail * fs.bsize };
}

/**
 * Every directory directly under the storage root whose name is a VM id, with the entries of
 * its storage/ (not recursive), sorted by VM id then name. A symlink in place of a VM
 * directory or of its storage/ is not followed: it would list files outside the VM.
 */
export async function listVmDirs(storageRoot: string): Promise<DiskVmDir[]> {
  const entries = await readdir(storageRoot, { withFileTypes: true }).catch(emptyIfMissing);
  const vmIds = entries
    .filter((entry) => entry.isDirectory() && isVmId(entry.name))
    .map((entry) => entry.name)
    .sort();
  const listed = await mapLimit(vmIds, STAT_CONCURRENCY, async (vmId) => {
    const { storage } = vmPaths(storageRoot, vmId);
    const dir = await lstat(storage).catch(nullIfMissing);
    const names = dir?.isDirectory() ? (await readdir(storage).catch(emptyIfMissing)).sort() : [];
    return { vmId, storage, names };
  });
  const files = listed.flatMap(({ vmId, storage, names }) =>
    names.map((name) => ({ vmId, path: join(storage, name) })),
  );
  const stats = await mapLimit(files, STAT_CONCURRENCY, (file) =>
    lstat(file.path).catch(nullIfMissing),
  );
  const byVm = new Map<string, InventoryFile[]>(listed.map(({ vmId }) => [vmId, []]));
  for (const [i, file] of files.entries()) {
    const st = stats[i];
    if (st) byVm.get(file.vmId)?.push(describeEntry(file.path, st)); // gone meanwhile: left out
  }
  return vmIds.map((vmId) => ({
    vm_id: vmId,
    path: join(storageRoot, vmId),
    files: byVm.get(vmId) ?? [],
  }));
}

function describeEntry(path: string, st: Stats): InventoryFile {
  return {
    path,
    size_bytes: st.size,
    allocated_bytes: st.blocks * BLOCK_BYTES,
    modified_at: st.mtime.toISOString(),
    is_file: st.isFile(),
  };
}

/**
 * One answer per path, in the order asked. A path the policy refuses (outside the roots, a
 * `..`, a symlink out of them) answers like a missing one: it is never stat'ed, so the
 * answer says nothing about files outside the roots.
 */
export async function usageOf(
  policy: PathPolicy,
  paths: readonly string[],
): Promise<UsageResponse> {
  const items = await mapLimit(paths, STAT_CONCURRENCY, async (path) => {
    const real = await policy.resolve(path).catch(nullIfRefused);
    const st = real === null ? null : await stat(real).catch(nullIfMissing);
    return st
      ? { path, exists: true, size_bytes: st.size, allocated_bytes: st.blocks * BLOCK_BYTES }
      : { path, exists: false, size_bytes: null, allocated_bytes: null };
  });
  return { items };
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

function nullIfMissing(error: unknown): null {
  if (isMissing(error)) return null;
  throw error;
}

function emptyIfMissing(error: unknown): never[] {
  if (isMissing(error)) return [];
  throw error;
}

function nullIfRefused(error: unknown): null {
  if (error instanceof AgentError && ['PATH_NOT_ALLOWED', 'VALIDATION_FAILED'].includes(error.code))
    return null;
  throw error;
}
