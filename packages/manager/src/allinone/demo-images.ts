// Registers the demo images a simulator host's agent wrote (HostInfo.demo_images), so a
// newcomer can create a VM right after `npm start`. Idempotent across restarts: images of
// those names on that host are kept as they are.
import type { HostInfo } from '@hearth/agent/contract';
import type { Image } from '@hearth/api';
import type { ImagesService } from '../images/images.service.ts';

export const DEMO_KERNEL_NAME = 'demo-kernel';
export const DEMO_ROOTFS_NAME = 'demo-rootfs';

export async function registerDemoImages(
  images: ImagesService,
  hostId: string,
  paths: NonNullable<HostInfo['demo_images']>,
): Promise<{ kernel: Image; rootfs: Image }> {
  const existing = (await images.list()).filter((i) => i.host_id === hostId);
  const ensure = async (kind: 'kernel' | 'rootfs', name: string, path: string) =>
    existing.find((i) => i.name === name) ??
    (await images.register({ kind, name, path, host_id: hostId }));
  return {
    kernel: await ensure('kernel', DEMO_KERNEL_NAME, paths.kernel_path),
    rootfs: await ensure('rootfs', DEMO_ROOTFS_NAME, paths.rootfs_path),
  };
}
