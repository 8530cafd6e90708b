// Bearer tokens, in one Authorization header and nowhere else (a token in the query string
// would end up in logs, proxies and browser history, so it authenticates nothing). Checks run
// as onRequest hooks: before the body is parsed or anything validated, so a caller without
// the token learns nothing about its request, not even which field was wrong.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';

/**
 * Node keeps only the first of repeated Authorization headers in `request.headers`; the raw
 * list has them all. Two credentials are ambiguous (which one did a proxy check?): refused.
 */
function authorizationHeaderCount(request: FastifyRequest): number {
  const raw = request.raw.rawHeaders;
  let count = 0;
  for (let i = 0; i < raw.length; i += 2) {
    if (raw[i]?.toLowerCase() === 'authorization') count++;
  }
  return count;
}

/** The token of the request's one `Authorization: Bearer` header; null if absent or repeated. */
export function bearerToken(request: FastifyRequest): string | null {
  if (authorizationHeaderCount(request) > 1) return null;
  const header = request.headers.authorization;
  if (!header?.startsWith('Bearer ')) return null;
  return header.slice('Bearer '.length).trim();
}

export function tokensEqual(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** null when the request carries one of `accepted`; otherwise the 401 to answer. */
export function authFailure(
  request: FastifyRequest,
  accepted: readonly string[],
  message = 'Missing or wrong bearer token.',
): AppError | null {
  if (authorizationHeaderCount(request) > 1) {
    return new AppError(
      'UNAUTHORIZED',
      'Send one Authorization header: this request carries several.',
    );
  }
  const given = bearerToken(request);
  return accepted.some((token) => tokensEqual(given, token))
    ? null
    : new AppError('UNAUTHORIZED', message);
}

/**
 * An onRequest hook requiring `Authorization: Bearer <token>` when a token is configured.
 * With no token (loopback-only binding) the API is open, as config.ts allows only then.
 */
export function requireToken(expected: string | null) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    if (expected === null) return;
    const failure = authFailure(request, [expected]);
    if (failure) throw failure;
  };
}

const API_PATH = /^\/v1(\/|\?|$)/;

/**
 * The check for a request no route matched (an unknown path or method, a URL the router
 * cannot even read): under /v1 it needs a token like the routes there, so a stranger cannot
 * map the API by its 404s. Either token will do: an agent with the join token that calls a
 * wrong path deserves its 404 as much as an API client does.
 */
export function unroutedAuth(config: { apiToken: string | null; joinToken: string | null }) {
  const accepted = [config.apiToken, config.joinToken].filter((t): t is string => t !== null);
  return (request: FastifyRequest): AppError | null => {
    if (config.apiToken === null || !API_PATH.test(request.url)) return null;
    return authFailure(request, accepted);
  };
}
