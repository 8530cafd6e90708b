// Bearer-token check for every request except the health probe and the API documentation
// (neither reveals or changes anything on the host). The comparison is constant-time so
// the token cannot be guessed byte by byte from response timings.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AgentError } from '../errors.ts';

const digest = (value: string) => createHash('sha256').update(value).digest();

export function registerBearerAuth(
  app: FastifyInstance,
  token: string,
  isPublic: (request: FastifyRequest) => boolean,
): void {
  const expected = digest(`Bearer ${token}`);
  app.addHook('onRequest', async (request) => {
    if (isPublic(request)) return;
    const given = request.headers.authorization;
    if (given === undefined || !timingSafeEqual(digest(given), expected)) {
      throw new AgentError(
        'UNAUTHORIZED',
        given === undefined
          ? 'Missing bearer token: send "Authorization: Bearer <HEARTH_AGENT_TOKEN>".'
          : 'Wrong bearer token.',
      );
    }
  });
}
