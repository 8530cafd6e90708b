// Bearer-token check for every request except the health probe and the API documentation
// (neither reveals or changes anything on the host). It runs as the first onRequest hook,
// and for what the router refuses before any hook (framework-errors.ts), so nothing about a
// request is judged before its caller is known. The token counts only in one Authorization
// header: never in the query string (it would be logged), never twice (which one counts?).
// The comparison is constant-time so the token cannot be guessed byte by byte from response
// timings.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AgentError } from '../errors.ts';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Node keeps only the first of repeated headers in `request.headers`; the raw list has all. */
function authorizationHeaderCount(request: FastifyRequest): number {
  const raw = request.raw.rawHeaders;
  let count = 0;
  for (let i = 0; i < raw.length; i += 2) {
    if (raw[i]?.toLowerCase() === 'authorization') count++;
  }
  return count;
}

/** The check itself: null when the request may proceed, otherwise the 401 to answer. */
export type BearerCheck = (request: FastifyRequest) => AgentError | null;

export function bearerCheck(
  token: string,
  isPublic: (request: FastifyRequest) => boolean,
): BearerCheck {
  const expected = digest(`Bearer ${token}`);
  return (request) => {
    if (isPublic(request)) return null;
    if (authorizationHeaderCount(request) > 1) {
      return new AgentError(
        'UNAUTHORIZED',
        'Send one Authorization header: this request carries several.',
      );
    }
    const given = request.headers.authorization;
    if (given !== undefined && timingSafeEqual(digest(given), expected)) return null;
    return new AgentError(
      'UNAUTHORIZED',
      given === undefined
        ? 'Missing bearer token: send "Authorization: Bearer <HEARTH_AGENT_TOKEN>".'
        : 'Wrong bearer token.',
    );
  };
}

/** Registers the check as an onRequest hook: before parsing, validation and routes. */
export function registerBearerAuth(app: FastifyInstance, check: BearerCheck): void {
  app.addHook('onRequest', async (request) => {
    const failure = check(request);
    if (failure) throw failure;
  });
}
