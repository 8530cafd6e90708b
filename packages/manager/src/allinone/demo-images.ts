// Demo images for simulator mode, so a newcomer can create a VM right after `npm start`: a
// minimal x86_64 ELF "kernel" that passes the loader checks Firecracker (and so the
// simulator) makes, and a sparse root filesystem file. They boot nothing real. Creating and
// registering them is idempotent across restarts.
import { mkdir, open, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Image } from '@hearth/api';
import type { ImagesService } from '../images/images.service.ts';

export const DEMO_KERNEL_NAME = 'demo-kernel';
export const DEMO_ROOTFS_NAME = 'demo-rootfs';
// Small, because each VM gets a copy of its rootfs and a copy may not keep the holes.
const DEMO_ROOTFS_BYTES = 64 * 1024 * 1024;
const LOAD_ADDRESS = 0x100_0000n; // 16 MiB, where x86_64 Linux kernels are loaded

/** ELF64 header + one PT_LOAD program header + `hlt; jmp .-1`. */
export function demoKernelBytes(): Buffer {
  const code = Buffer.from([0xf4, 0xeb, 0xfd]);
  const ehsize = 64;
  const phentsize = 56;
  const buf = Buffer.alloc(ehsize + phentsize + code.length);
  buf.write('\x7fELF', 0, 'latin1');
  buf[4] = 2; // ELFCLASS64
  buf[5] = 1; // little-endian
  buf[6] = 1; // EV_CURRENT
  buf.writeUInt16LE(2, 16); // ET_EXEC
  buf.writeUInt16LE(0x3e, 18); // EM_X86_64
  buf.writeUInt32LE(1, 20); // EV_CURRENT
  buf.writeBigUInt64LE(LOAD_ADDRESS + BigInt(ehsize + phentsize), 24); // e_entry
  buf.writeBigUInt64LE(BigInt(ehsize), 32); // e_phoff
  buf.writeUInt16LE(ehsize, 52);
  buf.writeUInt16LE(phentsize, 54);
  buf.writeUInt16LE(1, 56); // e_phnum
  const ph = ehsize;
  buf.writeUInt32LE(1, ph); // PT_LOAD
  buf.writeUInt32LE(5, ph + 4); // R+X
  buf.writeBigUInt64LE(0n, ph + 8); // p_offset
  buf.writeBigUInt64LE(LOAD_ADDRESS, ph + 16); // p_vaddr
  buf.writeBigUInt64LE(LOAD_ADDRESS, ph + 24); // p_paddr
  buf.writeBigUInt64LE(BigInt(buf.length), ph + 32); // p_filesz
  buf.writeBigUInt64LE(BigInt(buf.length), ph + 40); // p_memsz
  buf.writeBigUInt64LE(0x1000n, ph + 48); // p_align
  code.copy(buf, ehsize + phentsize);
  return buf;
}

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
  if (!(await exists(kernelPath))) await writeFile(kernelPath, demoKernelBytes());
  if (!(await exists(rootfsPath))) {
    const handle = await open(rootfsPath, 'wx');
    try {
      await handle.truncate(DEMO_ROOTFS_BYTES); // sparse: no blocks written
    } finally {
      await handle.close();
    }
  }
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
