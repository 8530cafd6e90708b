// Rust renders an io::Error as "<strerror text> (os error N)"; Firecracker embeds that text in
// its fault messages, so the simulator converts Node's errno codes the same way. Firecracker is
// linked against musl, so the texts are musl's ("Resource busy", not glibc's wording).
import { constants } from 'node:os';

const STRERROR: Record<string, string> = {
  EPERM: 'Operation not permitted',
  ENOENT: 'No such file or directory',
  EIO: 'I/O error',
  ENXIO: 'No such device or address',
  EBADF: 'Bad file descriptor',
  EAGAIN: 'Resource temporarily unavailable',
  EACCES: 'Permission denied',
  EBUSY: 'Resource busy',
  EEXIST: 'File exists',
  ENODEV: 'No such device',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EINVAL: 'Invalid argument',
  ENOSPC: 'No space left on device',
  EROFS: 'Read-only file system',
  ENAMETOOLONG: 'Filename too long',
  ELOOP: 'Symbolic link loop',
  EADDRINUSE: 'Address in use',
  ECONNREFUSED: 'Connection refused',
};

export function osErrorText(code: string): string {
  const errno = (constants.errno as Record<string, number>)[code];
  const text = STRERROR[code] ?? code;
  return errno === undefined ? text : `${text} (os error ${errno})`;
}

/** The Rust text of a Node fs/net error. */
export function describeOsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  return code ? osErrorText(code) : String(err);
}
