// A copy that keeps a sparse file sparse. Node's copyFile falls back to copy_file_range or
// sendfile, which on ext4 and tmpfs write every hole as zeros: a 10 GiB disk the guest barely
// used would take 10 GiB. Here zero blocks are skipped (as `cp --sparse=always` does) and the
// apparent size is set at the end, so holes stay holes, and so do zero blocks the guest wrote.
import { constants } from 'node:fs';
import { copyFile, type FileHandle, open, unlink } from 'node:fs/promises';

const CHUNK_BYTES = 1024 * 1024;
/** the file system block size of ext4, xfs and tmpfs: the unit a hole is made of */
const BLOCK_BYTES = 4096;
const ZERO_CHUNK = Buffer.alloc(CHUNK_BYTES);
const ZERO_BLOCK = ZERO_CHUNK.subarray(0, BLOCK_BYTES);

export class TargetExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} already exists`);
    this.name = 'TargetExistsError';
  }
}

/**
 * Copies `source` to the new file `target` (O_EXCL: an existing file or symlink there is
 * TargetExistsError, never overwritten or followed): a reflink when the file system can share
 * blocks, else a sparse copy. Whatever fails half-way, no partial target is left.
 */
export async function copySparsePreferringReflink(
  source: string,
  target: string,
  mode: number,
): Promise<'reflink' | 'copy'> {
  try {
    await copyFile(source, target, constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE_FORCE);
    return 'reflink';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new TargetExistsError(target);
    // cannot reflink (ext4, tmpfs, across file systems): libuv removed the empty target
  }
  await copySparse(source, target, mode);
  return 'copy';
}

async function copySparse(source: string, target: string, mode: number): Promise<void> {
  const input = await open(source, constants.O_RDONLY | constants.O_NOFOLLOW);
  let output: FileHandle | null = null;
  try {
    output = await open(
      target,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
      mode,
    ).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new TargetExistsError(target);
      throw error;
    });
    const size = (await input.stat()).size;
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (let position = 0; position < size; position += CHUNK_BYTES) {
      const { bytesRead } = await input.read(buffer, 0, CHUNK_BYTES, position);
      if (bytesRead === 0) break; // the source shrank meanwhile: the size set below still holds
      await writeNonZeroBlocks(output, buffer.subarray(0, bytesRead), position);
    }
    await output.truncate(size); // a trailing hole is the apparent size, not a write
    await output.close();
    output = null;
  } catch (error) {
    if (output) {
      await output.close().catch(() => {});
      await unlink(target).catch(() => {}); // e.g. ENOSPC half-way: no partial copy left
    }
    throw error;
  } finally {
    await input.close();
  }
}

/** Writes each run of blocks that are not all zero; a whole zero chunk costs one compare. */
async function writeNonZeroBlocks(output: FileHandle, chunk: Buffer, at: number): Promise<void> {
  if (chunk.length === CHUNK_BYTES && chunk.equals(ZERO_CHUNK)) return;
  let runStart = -1;
  for (let offset = 0; offset < chunk.length; offset += BLOCK_BYTES) {
    const block = chunk.subarray(offset, offset + BLOCK_BYTES);
    const isData = !block.equals(ZERO_BLOCK.subarray(0, block.length));
    if (isData && runStart < 0) runStart = offset;
    if (!isData && runStart >= 0) {
      await writeAll(output, chunk.subarray(runStart, offset), at + runStart);
      runStart = -1;
    }
  }
  if (runStart >= 0) await writeAll(output, chunk.subarray(runStart), at + runStart);
}

async function writeAll(output: FileHandle, data: Buffer, at: number): Promise<void> {
  let written = 0;
  while (written < data.length) {
    const { bytesWritten } = await output.write(data, written, data.length - written, at + written);
    written += bytesWritten;
  }
}
