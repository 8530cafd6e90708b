// The one place errors become HTTP answers, always {"error": {code, message, details}}.
// AgentErrors carry their own status; Fastify's own client errors (schema validation, bad
// JSON, wrong content type) become VALIDATION_FAILED; anything else is a bug: logged in
// full, answered as a generic 500 that reveals no internals.
import type { FastifyError, FastifyInstance } from 'fastify';
import type { ErrorBody } from '../contract/index.ts';
import { AgentError } from '../errors.ts';

function body(code: string, message: string, details: Record<string, unknown> = {}): ErrorBody {
  return { error: { code, message, details } };
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AgentError | Error, request, reply) => {
    if (error instanceof AgentError) {
      if (error.status >= 500) request.log.warn({ err: error }, error.message);
      return reply.status(error.status).send(body(error.code, error.message, error.details));
    }
    const fastifyError = error as FastifyError;
    if (fastifyError.validation) {
      const issues = fastifyError.validation.map((issue) => ({
        where: `${fastifyError.validationContext ?? 'body'}${issue.instancePath}`,
        message: issue.message ?? 'is invalid',
        ...(issue.params && Object.keys(issue.params).length > 0 ? { params: issue.params } : {}),
      }));
      return reply
        .status(400)
        .send(body('VALIDATION_FAILED', `Invalid request: ${fastifyError.message}.`, { issues }));
    }
    const status = fastifyError.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.status(status).send(body('VALIDATION_FAILED', fastifyError.message));
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply.status(500).send(body('INTERNAL', 'Internal error; see the agent log.'));
  });

  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .send(body('NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}.`)),
  );
}
