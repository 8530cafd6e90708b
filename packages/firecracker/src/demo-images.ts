// Placeholder boot images for simulator mode (demo, tests). Firecracker's loader (and so the
// simulator) refuses at InstanceStart a kernel that is not a little-endian ELF64 with
// 56-byte program headers, so the demo kernel is the smallest such file: one PT_LOAD segment
// holding `hlt; jmp .-1`. It boots nothing under the simulator; only the real binary with a
// real kernel runs a guest.
import { open, writeFile } from 'node:fs/promises';

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

export async function writeDemoKernel(path: string): Promise<void> {
  await writeFile(path, demoKernelBytes());
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
