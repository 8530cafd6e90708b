// GET /health (no token: load balancers and the manager's first probe) and GET /host.
import type { FastifyInstance } from 'fastify';
import { bearerSecurity, errorResponses } from '../http/schemas.ts';
import type { HostInfo } from '../wire.ts';

export interface HealthRouteDeps {
  hostInfo(): Promise<HostInfo>;
}

const nullableString = { type: ['string', 'null'] } as const;

const hostInfoSchema = {
  type: 'object',
  properties: {
    hostname: { type: 'string' },
    cpus: { type: 'integer' },
    memory_bytes: { type: 'integer' },
    storage_root: { type: 'string' },
    storage_free_bytes: { type: 'integer' },
    allowed_roots: { type: 'array', items: { type: 'string' } },
    bridges: { type: 'array', items: { type: 'string' } },
    firecracker: {
      type: ['object', 'null'],
      description: 'null when no binary was found',
      properties: {
        path: { type: 'string' },
        version: { type: 'string', description: 'first line of `--version`' },
        simulator: { type: 'boolean' },
        error: nullableString,
      },
    },
    kvm: {
      type: 'object',
      properties: { usable: { type: 'boolean' }, reason: { type: 'string' } },
    },
    agent_version: { type: 'string' },
  },
} as const;

export async function healthRoutes(app: FastifyInstance, deps: HealthRouteDeps): Promise<void> {
  app.get(
    '/health',
    {
      schema: {
        summary: 'Liveness probe (no token needed)',
        tags: ['host'],
        response: {
          200: { type: 'object', properties: { status: { type: 'string', enum: ['ok'] } } },
        },
      },
    },
    async () => ({ status: 'ok' }),
  );

  app.get(
    '/host',
    {
      schema: {
        summary: 'Host capabilities: CPUs, memory, free disk, bridges, Firecracker binary, KVM',
        tags: ['host'],
        security: bearerSecurity,
        response: { 200: hostInfoSchema, ...errorResponses() },
      },
    },
    () => deps.hostInfo(),
  );
}
