// buildApp(deps): the agent's HTTP API as a Fastify instance that never listens by itself
// (main.ts does), so tests can inject requests or listen where they like. Every route has a
// JSON schema; the same schemas produce the OpenAPI document at /agent/v1/openapi.json.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { registerBearerAuth } from './http/auth.ts';
import { registerErrorHandling } from './http/error-handler.ts';
import { errorSchema } from './http/schemas.ts';
import { healthRoutes } from './routes/health.routes.ts';
import { storageRoutes } from './routes/storage.routes.ts';
import { vmRoutes } from './routes/vms.routes.ts';
import type { DiskStore } from './storage/disk-store.ts';
import type { VmmService } from './vmm/vmm-service.ts';
import { AGENT_API_PREFIX, type HostInfo } from './wire.ts';

export interface AppDeps {
  token: string;
  disks: DiskStore;
  vmm: VmmService;
  hostInfo(): Promise<HostInfo>;
  /** the process's logger; tests may leave it out (no logging) */
  logger?: Logger;
}

const OPENAPI_PATH = `${AGENT_API_PREFIX}/openapi.json`;
const DOCS_PREFIX = `${AGENT_API_PREFIX}/docs`;
const PUBLIC_PATHS = new Set([`${AGENT_API_PREFIX}/health`, OPENAPI_PATH]);

function isPublic(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0] ?? '';
  return PUBLIC_PATHS.has(path) || path === DOCS_PREFIX || path.startsWith(`${DOCS_PREFIX}/`);
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    ...(deps.logger ? { loggerInstance: deps.logger } : { logger: false }),
    // Unknown fields are an error, not silently dropped, and types are never coerced: the
    // manager must learn when it sends something the agent does not understand.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: true } },
    bodyLimit: 1024 * 1024,
  }) as unknown as FastifyInstance;

  registerErrorHandling(app);
  registerBearerAuth(app, deps.token, isPublic);
  app.addSchema(errorSchema);

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Hearth host agent API',
        version: '1',
        description:
          'One agent per host: storage, TAP networking and Firecracker processes. Every route except health and these docs needs `Authorization: Bearer <HEARTH_AGENT_TOKEN>`. Errors are {"error": {code, message, details}}.',
      },
      components: {
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } },
      },
    },
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) =>
        typeof json.$id === 'string' ? json.$id : `def-${i}`,
    },
  });
  await app.register(swaggerUi, { routePrefix: DOCS_PREFIX });

  await app.register(
    async (api) => {
      await healthRoutes(api, { hostInfo: deps.hostInfo });
      await storageRoutes(api, {
        disks: deps.disks,
        isVmmRunning: (vmId) => deps.vmm.isRunning(vmId),
      });
      await vmRoutes(api, { vmm: deps.vmm });
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
    },
    { prefix: AGENT_API_PREFIX },
  );

  await app.ready();
  return app;
}
