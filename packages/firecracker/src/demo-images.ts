// Placeholder boot images for simulator mode (demo, tests). The simulator, like Firecracker,
// refuses a kernel that is not an x86-64 ELF at InstanceStart, so the demo kernel is a
// minimal ELF64 header; it boots nothing — only the real binary with a real kernel does.
import { open, writeFile } from 'node:fs/promises';

export async function writeDemoKernel(path: string): Promise<void> {
  const header = Buffer.alloc(4096);
  header.set([0x7f, 0x45, 0x4c, 0x46], 0); // \x7fELF
  header[4] = 2; // ELFCLASS64
  header[5] = 1; // little endian
  header[6] = 1; // EV_CURRENT
  header.writeUInt16LE(2, 16); // ET_EXEC
  header.writeUInt16LE(0x3e, 18); // EM_X86_64
  header.writeUInt32LE(1, 20); // e_version
  header.writeUInt16LE(64, 52); // e_ehsize
  await writeFile(path, header);
}

/** A sparse file of `sizeBytes` (apparent size; no blocks allocated). */
export async function writeSparseImage(path: string, sizeBytes: number): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.truncate(sizeBytes);
  } finally {
    await handle.close();
  }
}
