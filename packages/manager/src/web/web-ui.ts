// Serves the built web UI (packages/web/dist) at `/`. Client-side routes (/vms/<id>, /hosts)
// are answered with index.html so a reload or a shared link works; the API, its docs and
// anything under /v1 keep answering JSON, also for unknown paths.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { NotFoundFallback } from '../http/error-handler.ts';

const API_PATHS = /^\/(v1|docs|openapi\.json|healthz)(\/|$|\?)/;

/** Whether a request that matched no route is a browser navigating to a client route. */
function isClientRoute(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (API_PATHS.test(request.url)) return false;
  return (request.headers.accept ?? '').includes('text/html');
}

/** Registers the UI's files; returns the fallback that answers client routes with index.html. */
export async function serveWebUi(
  app: FastifyInstance,
  webRoot: string | null,
): Promise<NotFoundFallback | undefined> {
  if (webRoot === null) return undefined;
  const built = existsSync(join(webRoot, 'index.html'));
  if (!built) {
    app.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send(
          'The Hearth web UI is not built. `npm start` builds it; or run `npm run build -w @hearth/web`.\nThe API is at /v1, documented at /docs.\n',
        ),
    );
    return undefined;
  }
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: true,
    cacheControl: false,
    index: ['index.html'],
    // hashed asset names never change content; index.html must be revalidated to pick up a build
    setHeaders: (res, path) => {
      res.setHeader(
        'cache-control',
        path.includes(`${join(webRoot, 'assets')}/`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      );
    },
    schemaHide: true,
  });
  return (request, reply) => {
    if (!isClientRoute(request)) return false;
    void reply.header('cache-control', 'no-cache').sendFile('index.html');
    return true;
  };
}
