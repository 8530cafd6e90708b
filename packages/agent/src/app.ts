// buildApp(deps): the agent's HTTP API as a Fastify instance that never listens by itself
// (main.ts does), so tests can inject requests or listen where they like. Every route has a
// schema from the contract (src/contract), typed through the TypeBox provider; the same
// schemas produce the OpenAPI document at /agent/v1/openapi.json.

import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { malformedRequestHandler, routerErrorHandler } from '@hearth/http/framework-errors';
import { loggerOptions } from '@hearth/http/log-redaction';
import { echoRequestId, requestLogging } from '@hearth/http/logging';
import Fastify, { type FastifyBaseLogger, type FastifyRequest } from 'fastify';
import { AGENT_API_PREFIX, ErrorBody, type HostInfo } from './contract/index.ts';
import { bearerCheck, registerBearerAuth } from './http/auth.ts';
import { registerErrorHandling } from './http/error-handler.ts';
import { healthRoutes } from './routes/health.routes.ts';
import { networkRoutes } from './routes/network.routes.ts';
import { storageRoutes } from './routes/storage.routes.ts';
import { vmRoutes } from './routes/vms.routes.ts';
import type { DiskStore } from './storage/disk-store.ts';
import type { VmmService } from './vmm/vmm-service.ts';

export interface AppDeps {
  token: string;
  disks: DiskStore;
  vmm: VmmService;
  hostInfo(): Promise<HostInfo>;
  /** the process's logger; tests may leave it out (no logging) */
  logger?: FastifyBaseLogger;
}

const OPENAPI_PATH = `${AGENT_API_PREFIX}/openapi.json`;
const DOCS_PREFIX = `${AGENT_API_PREFIX}/docs`;
const PUBLIC_PATHS = new Set([`${AGENT_API_PREFIX}/health`, OPENAPI_PATH]);

function isPublic(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0] ?? '';
  return PUBLIC_PATHS.has(path) || path === DOCS_PREFIX || path.startsWith(`${DOCS_PREFIX}/`);
}

/**
 * What the manager asks every few seconds (health probes, the reconciler's pass, metrics
 * scrapes, storage measurements): logged at debug, an error's lines stay at info.
 */
const POLLED_ROUTES = new Set(
  ['/health', '/vms', '/metrics/vmms', '/network/orphan-taps/collect', '/storage/usage'].map(
    (path) => `${AGENT_API_PREFIX}${path}`,
  ),
);
const isPolled = (request: FastifyRequest) => POLLED_ROUTES.has(request.routeOptions.url ?? '');

export type AgentApp = Awaited<ReturnType<typeof buildApp>>;

export async function buildApp(deps: AppDeps) {
  const checkBearer = bearerCheck(deps.token, isPublic);
  const app = Fastify({
    // every logged URL has its credential-like query parameters redacted
    ...loggerOptions(deps.logger),
    ...requestLogging(isPolled),
    // what the router and Node's parser refuse is answered in the error shape too, and the
    // router's refusals only after the token is checked
    frameworkErrors: routerErrorHandler({ authenticate: checkBearer, component: 'agent' }),
    clientErrorHandler: malformedRequestHandler,
    // Node would answer a request without Host with an empty 400 of its own; nothing here
    // depends on Host, so such a request is served like any other
    http: { requireHostHeader: false },
    // Unknown fields are an error, not silently dropped, and types are never coerced: the
    // manager must learn when it sends something the agent does not understand.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: true } },
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<TypeBoxTypeProvider>();

  registerErrorHandling(app);
  echoRequestId(app);
  registerBearerAuth(app, checkBearer);
  app.addSchema(ErrorBody);

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
      await api.register(healthRoutes, { hostInfo: deps.hostInfo });
      await api.register(storageRoutes, {
        disks: deps.disks,
        whileVmmIdle: (vmId, task) => deps.vmm.whileIdle(vmId, task),
        isVmmRunning: (vmId) => deps.vmm.isRunning(vmId),
      });
      await api.register(vmRoutes, { vmm: deps.vmm });
      await api.register(networkRoutes, { vmm: deps.vmm });
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
    },
    { prefix: AGENT_API_PREFIX },
  );

  await app.ready();
  return app;
}
