// Reads slices of a VM's console log (the VMM's stdout/stderr, appended across boots). Slices
// end on UTF-8 character boundaries, so a client that continues from `end` never sees a
// character split in two.
import { open } from 'node:fs/promises';
import type { ConsoleSlice } from '../contract/index.ts';

export async function readConsoleLog(
  path: string,
  range: { from?: number; maxBytes: number },
): Promise<ConsoleSlice> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    // a VM that never started has no log yet: that is an empty console, not an error
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      return { text: '', start: 0, end: 0, size: 0 };
    throw err;
  }
  try {
    const { size } = await handle.stat();
    // a log that shrank (recreated) is read again from its beginning
    let start = range.from === undefined ? Math.max(0, size - range.maxBytes) : range.from;
    if (start > size) start = 0;
    const length = Math.min(range.maxBytes, size - start);
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, start);
    let bytes = buffer.subarray(0, bytesRead);
    // a tail that begins inside a character skips its continuation bytes
    if (range.from === undefined) {
      const skip = leadingContinuationBytes(bytes);
      bytes = bytes.subarray(skip);
      start += skip;
    }
    bytes = bytes.subarray(0, completeUtf8Length(bytes));
    return { text: bytes.toString('utf8'), start, end: start + bytes.length, size };
  } finally {
    await handle.close();
  }
}

const isContinuation = (byte: number) => (byte & 0xc0) === 0x80;

function leadingContinuationBytes(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length && i < 3 && isContinuation(bytes[i] ?? 0)) i++;
  return i;
}

/** The length of `bytes` without a multi-byte character cut off at its end. */
export function completeUtf8Length(bytes: Buffer): number {
  let i = bytes.length - 1;
  let continuations = 0;
  while (i >= 0 && continuations < 3 && isContinuation(bytes[i] ?? 0)) {
    i--;
    continuations++;
  }
  if (i < 0) return bytes.length;
  const lead = bytes[i] ?? 0;
  const needed = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : lead >= 0xc0 ? 1 : 0;
  return needed > continuations ? i : bytes.length;
}
