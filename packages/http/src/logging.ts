// How the manager and the agent log: one root logger per process, with credentials redacted
// (log-redaction.ts), readable lines on a terminal and JSON lines elsewhere, and one line per
// HTTP request (not Fastify's two), carrying the request id, at debug for the routes that are
// polled all day (health probes, heartbeats, the reconciler's VMM list, metrics scrapes) so
// they do not drown what an operator reads.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  LogController,
} from 'fastify';
import { type Logger, type LoggerOptions, pino } from 'pino';
import pretty from 'pino-pretty';
import { LOG_REDACTION } from './log-redaction.ts';

export type LogFormat = 'json' | 'pretty';

/** HEARTH_LOG_FORMAT: `json`, `pretty`, or `auto` (the default: pretty on a terminal). */
export function parseLogFormat(value: string | undefined, isTerminal: boolean): LogFormat {
  const wanted = value?.trim() || 'auto';
  if (wanted === 'json' || wanted === 'pretty') return wanted;
  if (wanted === 'auto') return isTerminal ? 'pretty' : 'json';
  throw new Error(`HEARTH_LOG_FORMAT must be auto, json or pretty (got "${value}")`);
}

/** The process's root logger; pretty lines are written synchronously so none is lost at exit. */
export function createLogger(options: { level: string; format: LogFormat }): Logger {
  const config: LoggerOptions = { level: options.level, ...LOG_REDACTION };
  if (options.format === 'json') return pino(config);
  return pino(
    config,
    pretty({
      sync: true,
      colorize: pretty.isColorSupported,
      translateTime: 'SYS:HH:MM:ss.l',
      ignore: 'pid,hostname',
      singleLine: true,
    }),
  );
}

/** A request id a client may choose (x-request-id), within reason: else a new UUID. */
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestId(raw: IncomingMessage): string {
  const given = raw.headers['x-request-id'];
  return typeof given === 'string' && CLIENT_REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * Fastify's request logging, one `request completed` line per request with the method, the
 * URL (redacted by the req serializer), the status and the time taken. `quiet` requests log
 * at debug. The request id is Fastify's `reqId` field, and the answer's x-request-id header.
 */
export class RequestLogController extends LogController {
  constructor(private readonly quiet: (request: FastifyRequest) => boolean) {
    super();
  }

  override incomingRequest(): void {
    // the completion line says everything; a request that never completes is in the error lines
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const fields = {
      req: request,
      res: { statusCode: reply.statusCode },
      responseTime: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (error) reply.log.error({ ...fields, err: error }, 'request errored');
    else if (this.quiet(request) && reply.statusCode < 400)
      reply.log.debug(fields, 'request completed');
    else reply.log.info(fields, 'request completed');
  }

  override routeNotFound(): void {
    // the 404's completion line names the URL already
  }
}

/** Fastify options for request ids and request logging (see RequestLogController). */
export function requestLogging(quiet: (request: FastifyRequest) => boolean) {
  return { genReqId: requestId, logController: new RequestLogController(quiet) };
}

/** Sends each request's id back, so a client can quote it when it reports a problem. */
export function echoRequestId(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
}
