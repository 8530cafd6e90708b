// The one place errors become HTTP answers, always {"error": {code, message, details}}.
// AgentErrors carry their own status; Fastify's own client errors (schema validation, bad
// JSON, wrong content type, a body too large) become 400 VALIDATION_FAILED; anything else is
// a bug: logged in full, answered as a generic 500 that reveals no internals. What Fastify
// answers before this handler could run is in framework-errors.ts.
import type { FastifyError, FastifyInstance } from 'fastify';
import type { ErrorBody } from '../contract/index.ts';
import { AgentError } from '../errors.ts';

export function errorBody(
  code: string,
  message: string,
  details: Record<string, unknown> = {},
): ErrorBody {
  return { error: { code, message, details } };
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AgentError | Error, request, reply) => {
    if (error instanceof AgentError) {
      if (error.status >= 500) request.log.warn({ err: error }, error.message);
      return reply.status(error.status).send(errorBody(error.code, error.message, error.details));
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
        .send(
          errorBody('VALIDATION_FAILED', `Invalid request: ${fastifyError.message}.`, { issues }),
        );
    }
    // answered with the status VALIDATION_FAILED always has (a 413 or 415 would be a status
    // no operation documents); details.fastify_code says which refusal it was
    const status = fastifyError.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply
        .status(400)
        .send(
          errorBody('VALIDATION_FAILED', fastifyError.message, { fastify_code: fastifyError.code }),
        );
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply.status(500).send(errorBody('INTERNAL', 'Internal error; see the agent log.'));
  });

  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .send(errorBody('NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}.`)),
  );
}
