// A start that cannot go on because something outside this process is in its way (a data
// directory in use, a port taken). main.ts prints the message as it is, without a stack,
// and exits with START_REFUSED_EXIT_CODE, having changed nothing.
export const START_REFUSED_EXIT_CODE = 3;

export class StartRefusedError extends Error {
  override name = 'StartRefusedError';
}
