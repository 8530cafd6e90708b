// GET /health (no token: load balancers and the manager's first probe) and GET /host.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { HealthResponse, HostInfo } from '../contract/index.ts';
import { bearerSecurity, errorResponses } from '../http/schemas.ts';

export interface HealthRouteDeps {
  hostInfo(): Promise<HostInfo>;
}

export const healthRoutes: FastifyPluginAsyncTypebox<HealthRouteDeps> = async (app, deps) => {
  app.get(
    '/health',
    {
      schema: {
        summary: 'Liveness probe (no token needed)',
        tags: ['host'],
        response: { 200: HealthResponse },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/host',
    {
      schema: {
        summary:
          'Host capabilities: CPUs, memory, free disk, bridges, Firecracker binary, KVM, the VMM',
        tags: ['host'],
        security: bearerSecurity,
        response: { 200: HostInfo, ...errorResponses() },
      },
    },
    () => deps.hostInfo(),
  );
};
