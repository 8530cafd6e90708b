// What Fastify and Node answer by themselves, before any route, hook or error handler runs,
// rendered in the documented shape instead of their own bodies:
// - the router's refusals (`frameworkErrors`): a path parameter over 100 characters (Fastify
//   would say 414) and a `%` escape that does not decode. Both are an invalid URL: 400
//   VALIDATION_FAILED, which every route with a parameter lists, where a 414 would be a status
//   no operation documents (every id the manager or an agent takes is far shorter than 100
//   characters). The token is checked first, as everywhere.
// - bytes that are not an HTTP request (`clientErrorHandler`): there is no request to
//   authenticate, only a socket to answer on, with a 400 and the shape.
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

/** An error in the documented shape: the manager's AppError and the agent's AgentError. */
export interface ShapedError {
  status: number;
  code: string;
  message: string;
  details: Record<string, unknown>;
}

function errorBody(code: string, message: string, details: Record<string, unknown>) {
  return { error: { code, message, details } };
}

const ROUTER_REFUSALS: Record<string, string> = {
  FST_ERR_MAX_PARAM_LENGTH: 'A path parameter is longer than 100 characters.',
  FST_ERR_BAD_URL: 'The path is not a valid URL: a %-escape in it does not decode.',
};

export interface RouterErrorOptions {
  /** the token check of a request no route was found for; null when it passes */
  authenticate: (request: FastifyRequest) => ShapedError | null;
  /** which log a 500 points at: 'manager', 'agent' */
  component: string;
}

/** Fastify's `frameworkErrors` option. */
export function routerErrorHandler({ authenticate, component }: RouterErrorOptions) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    // Fastify runs no completion hook for a request its router refused: its one line is here
    reply.raw.once('finish', () => {
      request.log.info(
        { req: request, res: { statusCode: reply.raw.statusCode } },
        'request completed',
      );
    });
    const message = ROUTER_REFUSALS[error.code];
    const refusal = authenticate(request);
    if (refusal !== null) {
      void reply
        .status(refusal.status)
        .send(errorBody(refusal.code, refusal.message, refusal.details));
      return;
    }
    if (message === undefined) {
      // e.g. an async route constraint that failed: ours, not the caller's
      request.log.error({ err: error }, 'unexpected router error');
      void reply
        .status(500)
        .send(errorBody('INTERNAL', `Internal error; see the ${component} log.`, {}));
      return;
    }
    void reply
      .status(400)
      .send(errorBody('VALIDATION_FAILED', message, { fastify_code: error.code }));
  };
}

/**
 * Fastify's `clientErrorHandler`: Node's HTTP parser gave up on the bytes (or a client sent
 * its headers too slowly). The error is not logged whole: it holds the raw bytes, which may
 * include an Authorization header.
 */
export function malformedRequestHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  // a reset connection has no one to answer
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const body = JSON.stringify(
      errorBody('VALIDATION_FAILED', 'The request is not valid HTTP/1.1.', {
        parser_code: error.code ?? null,
      }),
    );
    socket.write(
      'HTTP/1.1 400 Bad Request\r\n' +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  }
  socket.destroy(error);
}
