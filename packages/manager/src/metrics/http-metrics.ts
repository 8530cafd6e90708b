// Every answered request into hearth_http_request_duration_seconds, labelled by the route
// template Fastify matched (`/v1/vms/:id`), never the URL: ids would make a series per VM.
// Requests no route matched (unknown paths, the web UI's files) share one label.
import type { FastifyInstance } from 'fastify';
import type { ManagerMetrics } from './manager-metrics.ts';

export function observeRequests(app: FastifyInstance, metrics: ManagerMetrics): void {
  app.addHook('onResponse', async (request, reply) => {
    metrics.httpRequestDuration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status_code: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  });
}
