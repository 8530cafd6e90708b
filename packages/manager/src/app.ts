// buildApp wires the services (services.ts) and routes into a Fastify instance and never
// listens: tests inject requests or listen on port 0; main.ts listens.

import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { Type, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ChangeEvent, ErrorResponse } from '@hearth/api';
import { malformedRequestHandler, routerErrorHandler } from '@hearth/http/framework-errors';
import { loggerOptions } from '@hearth/http/log-redaction';
import { echoRequestId, requestLogging } from '@hearth/http/logging';
import Fastify, { type FastifyBaseLogger, type FastifyRequest } from 'fastify';
import { consoleRoutes } from './console/console.routes.ts';
import type { ServiceContext } from './context.ts';
import { driveRoutes } from './drives/drives.routes.ts';
import { eventStreamRoutes } from './events/events.routes.ts';
import { hostRoutes } from './hosts/hosts.routes.ts';
import { requireToken, unroutedAuth } from './http/auth.ts';
import { installErrorHandler, installNotFoundHandler } from './http/error-handler.ts';
import { endJsonWithNewline } from './http/json-newline.ts';
import { endStreamsOnClose } from './http/sse.ts';
import { imageRoutes } from './images/images.routes.ts';
import { fleetMetrics } from './metrics/fleet-collectors.ts';
import { observeRequests } from './metrics/http-metrics.ts';
import { nicRoutes } from './nics/nics.routes.ts';
import { createServices, type ManagerServices } from './services.ts';
import { vmRoutes } from './vms/vms.routes.ts';
import { serveWebUi } from './web/web-ui.ts';

export interface BuildAppOptions {
  logger?: FastifyBaseLogger | boolean;
  /** the built web UI (packages/web/dist by default); null serves no UI */
  webRoot?: string | null;
  /**
   * The services the routes call; built from `ctx` (logging to the app's logger) when left
   * out. main.ts passes its own so the all-in-one mode uses the same instances.
   */
  services?: ManagerServices;
}

/** Requests made all day by machines: their lines are at debug (an error's stay at info). */
const POLLED_ROUTES = new Set(['/healthz', '/metrics', '/v1/hosts/:id/heartbeat']);
const isPolled = (request: FastifyRequest) => POLLED_ROUTES.has(request.routeOptions.url ?? '');

const DEFAULT_WEB_ROOT = new URL('../../web/dist/', import.meta.url).pathname;

export async function buildApp(ctx: ServiceContext, options: BuildAppOptions = {}) {
  const authenticateUnrouted = unroutedAuth(ctx.config);
  const app = Fastify({
    ...loggerOptions(options.logger),
    ...requestLogging(isPolled),
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true } },
    bodyLimit: 1024 * 1024,
    // what the router and Node's parser refuse is answered in the error shape too
    frameworkErrors: routerErrorHandler({
      authenticate: authenticateUnrouted,
      component: 'manager',
    }),
    clientErrorHandler: malformedRequestHandler,
    // Node would answer a request without Host with an empty 400 of its own; nothing here
    // depends on Host (no virtual hosting), so such a request is served like any other
    http: { requireHostHeader: false },
  }).withTypeProvider<TypeBoxTypeProvider>();

  installErrorHandler(app);
  echoRequestId(app);
  endStreamsOnClose(app);
  endJsonWithNewline(app);
  app.addSchema(ErrorResponse);
  app.addSchema(ChangeEvent);

  await app.register(swagger, {
    // shared schemas appear under their $id (e.g. ErrorResponse), not as def-0
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) =>
        typeof json.$id === 'string' ? json.$id : `def-${i}`,
    },
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Hearth API',
        version: '1',
        description:
          'Control plane for Firecracker microVMs. Drives and NICs are database records applied ' +
          'to Firecracker at every start; every error is {"error": {code, message, details}}.',
      },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      },
      security: [{ bearer: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get(
    '/healthz',
    {
      schema: {
        summary: 'Liveness probe',
        description:
          'Answers 200 while this manager process serves requests; needs no token (load balancers, systemd, Kubernetes probes). It does not check the database or the hosts: see /metrics for those.',
        tags: ['health'],
        security: [],
        response: {
          200: Type.Object(
            { status: Type.Literal('ok', { description: 'always "ok"' }) },
            { examples: [{ status: 'ok' }] },
          ),
        },
      },
    },
    async () => ({ status: 'ok' as const }),
  );
  observeRequests(app, ctx.metrics);
  const fleet = fleetMetrics(ctx);
  await app.register(async (scope) => {
    scope.addHook('onRequest', requireToken(ctx.config.apiToken));
    scope.get(
      '/metrics',
      {
        schema: {
          summary: 'Prometheus metrics of the manager and the fleet',
          description:
            "Prometheus text format: HTTP requests, launches, reconcile passes and agent calls of this manager, VMs by state and host, host health, and per-VM block and NIC counters read from each VMM's Firecracker metrics. Needs the API token when one is set. See docs/metrics.md.",
          tags: ['health'],
          produces: ['text/plain'],
          response: {
            200: {
              description: 'the exposition, text/plain; version=0.0.4',
              content: { 'text/plain': { schema: Type.String() } },
            },
          },
        },
      },
      async (_request, reply) => reply.type(ctx.metrics.contentType).send(await fleet.scrape()),
    );
  });

  const services = options.services ?? createServices(ctx, app.log);
  await app.register(
    async (v1) => {
      // hosts authenticate with the join token inside hostRoutes; everything else with the API token
      await v1.register(hostRoutes, { services, config: ctx.config });
      await v1.register(async (api) => {
        // onRequest: the token is checked before the body is parsed or anything validated
        api.addHook('onRequest', requireToken(ctx.config.apiToken));
        await api.register(imageRoutes, { services });
        await api.register(vmRoutes, { services });
        await api.register(driveRoutes, { services });
        await api.register(nicRoutes, { services });
        await api.register(consoleRoutes, { services });
        await api.register(eventStreamRoutes, { changes: ctx.changes });
      });
    },
    { prefix: '/v1' },
  );
  const webRoot = options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot;
  installNotFoundHandler(app, await serveWebUi(app, webRoot), authenticateUnrouted);
  return app;
}
