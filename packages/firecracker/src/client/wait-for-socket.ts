// Waiting for a freshly spawned VMM to serve its API. The socket file alone proves nothing
// (a dead process leaves it behind), so readiness means a connection is accepted.
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { FirecrackerTimeoutError, FirecrackerUnreachableError } from './errors.ts';

export interface WaitForApiSocketOptions {
  /** give up after this long (FirecrackerTimeoutError) */
  timeoutMs?: number;
  /** pause between connection attempts */
  intervalMs?: number;
  /** checked before every attempt; false ends the wait at once (FirecrackerUnreachableError) */
  isAlive?: () => boolean;
}

export async function waitForApiSocket(
  socketPath: string,
  { timeoutMs = 5000, intervalMs = 20, isAlive }: WaitForApiSocketOptions = {},
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  const checkAlive = () => {
    if (isAlive && !isAlive()) {
      throw new FirecrackerUnreachableError({ socketPath, code: 'VMM_EXITED' });
    }
  };
  let lastCode = 'ENOENT';
  for (;;) {
    checkAlive();
    const outcome = await tryConnect(socketPath, Math.max(1, deadline - performance.now()));
    if (outcome === 'connected') return;
    lastCode = outcome;
    const left = deadline - performance.now();
    if (left <= 0) break;
    await sleep(Math.min(intervalMs, left));
  }
  // The process may have died during the last attempt: that is the better explanation.
  checkAlive();
  throw new FirecrackerTimeoutError({
    socketPath,
    timeoutMs,
    message: `The Firecracker API socket ${socketPath} did not accept a connection within ${timeoutMs} ms (last attempt: ${lastCode}).`,
  });
}

/** Resolves 'connected', or the error code of the failed attempt. */
function tryConnect(socketPath: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ path: socketPath });
    // A Unix-socket connect normally settles at once; the timer only guards a full backlog.
    const timer = setTimeout(() => finish('ETIMEDOUT'), timeoutMs);
    function finish(outcome: string) {
      clearTimeout(timer);
      socket.destroy();
      resolve(outcome);
    }
    socket.once('connect', () => finish('connected'));
    socket.once('error', (err: NodeJS.ErrnoException) => finish(err.code ?? 'EUNKNOWN'));
  });
}
