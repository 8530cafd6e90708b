// Is the agent we launched serving? An authenticated call answers that: a stale agent of an
// earlier run may still answer the public /health on the same socket, but only ours knows
// this token. node:http rather than a client library, so the launcher needs no dependency.
import { request } from 'node:http';

// The contract's AGENT_API_PREFIX (packages/agent/src/contract). Spelled out here so the
// launcher does not load the contract's schemas; /agent/v1 only changes with a new version.
const HOST_PATH = '/agent/v1/host';

/** Resolves true when GET /agent/v1/host with this token answers 200, false otherwise. */
export function answersAuthenticated(
  socketPath: string,
  token: string,
  timeoutMs: number,
): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(
      {
        socketPath,
        path: HOST_PATH,
        method: 'GET',
        headers: { authorization: `Bearer ${token}`, host: 'agent' },
        timeout: timeoutMs,
      },
      (res) => {
        res.resume();
        res.once('end', () => resolve(res.statusCode === 200));
        res.once('error', () => resolve(false));
      },
    );
    req.once('timeout', () => req.destroy(new Error('timed out')));
    req.once('error', () => resolve(false));
    req.end();
  });
}
