import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';

export function bearerToken(request: FastifyRequest): string | null {
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

/**
 * A preHandler requiring `Authorization: Bearer <token>` when a token is configured.
 * With no token (loopback-only binding) the API is open, as config.ts allows only then.
 */
export function requireToken(expected: string | null) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    if (expected === null) return;
    if (!tokensEqual(bearerToken(request), expected)) {
      throw new AppError('UNAUTHORIZED', 'Missing or wrong bearer token.');
    }
  };
}
