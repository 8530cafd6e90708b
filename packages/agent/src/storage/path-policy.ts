// The agent's one gate for host paths. Every path a request names is resolved the way the
// kernel would follow it (symlinks included) and must end up inside the storage root or an
// allowed root; checking the string alone would let a symlink or `..` walk out of the roots.
import { lstat, readlink, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { PathNotAllowedError, ValidationError } from '../errors.ts';

export interface PathPolicyOptions {
  storageRoot: string;
  /** extra roots operators allow (HEARTH_ALLOWED_PATHS), e.g. an image library */
  allowedRoots: readonly string[];
}

/** Linux gives up after 40 symlinks (ELOOP); so do we. */
const MAX_SYMLINK_HOPS = 40;

export class PathPolicy {
  readonly storageRoot: string;
  readonly allowedRoots: readonly string[];

  constructor(options: PathPolicyOptions) {
    this.storageRoot = resolve(options.storageRoot);
    this.allowedRoots = options.allowedRoots.map((root) => resolve(root));
  }

  /**
   * The real path `path` designates, whether or not it exists yet (a file about to be
   * created resolves to the real path of its nearest existing ancestor plus the rest).
   * Throws ValidationError for a relative path and PathNotAllowedError when the result lies
   * outside every root or the path contains a `..` segment.
   */
  async resolve(path: string): Promise<string> {
    if (typeof path !== 'string' || path.length === 0 || path.includes('\0')) {
      throw new ValidationError('A path must be a non-empty string without NUL bytes.', { path });
    }
    if (!isAbsolute(path)) {
      throw new ValidationError(`Path ${path} must be absolute.`, { path });
    }
    // Refused outright rather than normalized: `a/link/..` means different things to the
    // kernel and to path.normalize, and no legitimate caller needs it.
    if (path.split('/').includes('..')) {
      throw new PathNotAllowedError(path, "it contains a '..' segment");
    }
    const real = await resolveReal(path, 0);
    if (real === null) throw new PathNotAllowedError(path, 'it has too many levels of symlinks');
    const roots = await Promise.all(this.roots().map(realRoot));
    if (!roots.some((root) => isInside(real, root))) throw new PathNotAllowedError(path);
    return real;
  }

  async isAllowed(path: string): Promise<boolean> {
    try {
      await this.resolve(path);
      return true;
    } catch (error) {
      if (error instanceof PathNotAllowedError || error instanceof ValidationError) return false;
      throw error;
    }
  }

  roots(): string[] {
    return [this.storageRoot, ...this.allowedRoots];
  }
}

/** True when `path` is `dir` itself or lies below it (both already real and absolute). */
export function isInside(path: string, dir: string): boolean {
  if (dir === sep) return true;
  return path === dir || path.startsWith(dir + sep);
}

/** A root that does not exist yet is taken as written: nothing can be inside it until it does. */
async function realRoot(root: string): Promise<string> {
  try {
    return await realpath(root);
  } catch {
    return root;
  }
}

/** null when the symlink chain is too long */
async function resolveReal(path: string, hops: number): Promise<string | null> {
  if (hops > MAX_SYMLINK_HOPS) return null;
  try {
    return await realpath(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') return null;
    if (!isMissing(error)) throw error;
  }
  // A dangling symlink must be followed too: creating a file "at" it writes to its target.
  const link = await lstat(path).catch(() => null);
  if (link?.isSymbolicLink()) {
    const target = await readlink(path);
    return resolveReal(resolve(dirname(path), target), hops + 1);
  }
  const parent = dirname(path);
  if (parent === path) return path;
  const realParent = await resolveReal(parent, hops);
  return realParent === null ? null : join(realParent, basename(path));
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
