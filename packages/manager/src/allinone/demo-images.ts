// Demo images for simulator mode, so a newcomer can create a VM right after `npm start`: the
// firecracker package's placeholder kernel (passes the loader's ELF checks, boots nothing)
// and a sparse root filesystem file. Writing and registering them is idempotent across
// restarts.
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Image } from '@hearth/api';
import { writeDemoKernel, writeSparseImage } from '@hearth/firecracker';
import type { ImagesService } from '../images/images.service.ts';

export const DEMO_KERNEL_NAME = 'demo-kernel';
export const DEMO_ROOTFS_NAME = 'demo-rootfs';
// Small, because each VM gets a copy of its rootfs and a copy may not keep the holes.
const DEMO_ROOTFS_BYTES = 64 * 1024 * 1024;

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Writes the demo files under `imagesDir` unless they are already there. */
export async function writeDemoImageFiles(
  imagesDir: string,
): Promise<{ kernelPath: string; rootfsPath: string }> {
  await mkdir(imagesDir, { recursive: true });
  const kernelPath = join(imagesDir, 'vmlinux');
  const rootfsPath = join(imagesDir, 'rootfs.ext4');
  if (!(await exists(kernelPath))) await writeDemoKernel(kernelPath);
  if (!(await exists(rootfsPath))) await writeSparseImage(rootfsPath, DEMO_ROOTFS_BYTES);
  return { kernelPath, rootfsPath };
}

/** Registers the demo kernel and rootfs on the host unless images of those names exist. */
export async function ensureDemoImages(
  images: ImagesService,
  hostId: string,
  imagesDir: string,
): Promise<{ kernel: Image; rootfs: Image }> {
  const { kernelPath, rootfsPath } = await writeDemoImageFiles(imagesDir);
  const existing = (await images.list()).filter((i) => i.host_id === hostId);
  const find = (name: string) => existing.find((i) => i.name === name);
  const kernel =
    find(DEMO_KERNEL_NAME) ??
    (await images.register({
      kind: 'kernel',
      name: DEMO_KERNEL_NAME,
      path: kernelPath,
      host_id: hostId,
    }));
  const rootfs =
    find(DEMO_ROOTFS_NAME) ??
    (await images.register({
      kind: 'rootfs',
      name: DEMO_ROOTFS_NAME,
      path: rootfsPath,
      host_id: hostId,
    }));
  return { kernel, rootfs };
}
