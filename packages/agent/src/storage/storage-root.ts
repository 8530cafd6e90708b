// The storage root as every check compares with it: created if missing, then resolved to its
// real path, once, at agent start. HEARTH_STORAGE_ROOT may name it through a symlink; the
// paths the agent hands out and every "inside the root" test then use the real directory, so
// a path that reaches a VM's files by the other spelling is still recognised.
import { mkdir, realpath } from 'node:fs/promises';

export async function resolveStorageRoot(configured: string): Promise<string> {
  await mkdir(configured, { recursive: true, mode: 0o750 });
  return realpath(configured);
}
