// Demo boot images for a simulator host, so a newcomer can create a VM right after
// `npm start`: the firecracker package's placeholder kernel (passes the loader's ELF checks,
// boots nothing) and a sparse root filesystem file. Written by the agent because they are
// host files; the manager registers what the agent reports. Idempotent across restarts.
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeDemoKernel, writeSparseImage } from '@hearth/firecracker';

// Small, because each VM gets a copy of its rootfs and a copy may not keep the holes.
const DEMO_ROOTFS_BYTES = 64 * 1024 * 1024;

export interface DemoImages {
  kernel_path: string;
  rootfs_path: string;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Writes the demo files under `dir` unless they are already there. */
export async function ensureDemoImages(dir: string): Promise<DemoImages> {
  await mkdir(dir, { recursive: true });
  const kernelPath = join(dir, 'vmlinux');
  const rootfsPath = join(dir, 'rootfs.ext4');
  if (!(await exists(kernelPath))) await writeDemoKernel(kernelPath);
  if (!(await exists(rootfsPath))) await writeSparseImage(rootfsPath, DEMO_ROOTFS_BYTES);
  return { kernel_path: kernelPath, rootfs_path: rootfsPath };
}
