import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';

/** Answers a request for a path nothing serves, or returns false to leave it to the 404. */
export type NotFoundFallback = (request: FastifyRequest, reply: FastifyReply) => boolean;

/**
 * Unknown paths and methods answer the documented error shape (404, never 405: Fastify
 * routes by method and path together), unless the fallback (the web UI) takes them.
 * `authenticate` runs first: where routes need a token, so does learning there is none.
 */
export function installNotFoundHandler(
  app: FastifyInstance,
  fallback?: NotFoundFallback,
  authenticate?: (request: FastifyRequest) => AppError | null,
): void {
  app.setNotFoundHandler((request, reply) => {
    const failure = authenticate?.(request);
    if (failure) return reply.status(failure.status).send(errorBody(failure));
    if (fallback?.(request, reply)) return reply;
    return reply.status(404).send({
      error: {
        code: 'NOT_FOUND',
        message: `Nothing is served at ${request.method} ${request.url.split('?')[0]}: the API is under /v1 (see /docs).`,
        details: {},
      },
    });
  });
}

const INTERNAL_BODY = {
  error: { code: 'INTERNAL', message: 'Internal error; see the manager log.', details: {} },
};

/**
 * The documented body of a service failure: an AppError as it is, anything else as a bare
 * INTERNAL (its text may hold internals). Also used where the answer is an event, not a reply.
 */
export function errorBody(err: unknown) {
  return err instanceof AppError
    ? { error: { code: err.code, message: err.message, details: err.details } }
    : INTERNAL_BODY;
}

/** Renders every failure in the documented shape; unexpected ones become a bare 500. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError, request, reply) => {
    if (err instanceof AppError) {
      if (err.status >= 500) request.log.warn({ err }, err.message);
      return reply.status(err.status).send(errorBody(err));
    }
    if ('validation' in err && err.validation) {
      return reply.status(400).send({
        error: {
          code: 'VALIDATION_FAILED',
          message: `Invalid request: ${err.message}.`,
          details: {
            issues: err.validation.map((v) => ({
              path: `${err.validationContext ?? ''}${v.instancePath}`,
              message: v.message,
              params: v.params,
            })),
          },
        },
      });
    }
    // Fastify's own client errors (bad JSON, wrong content type, body too large...) are
    // invalid requests, answered with the status VALIDATION_FAILED always has (a 413 or 415
    // would be a status no operation documents); details.fastify_code says which it was.
    if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.status(400).send({
        error: {
          code: 'VALIDATION_FAILED',
          message: err.message,
          details: { fastify_code: err.code },
        },
      });
    }
    request.log.error({ err }, 'unexpected error');
    return reply.status(500).send(INTERNAL_BODY);
  });
}
