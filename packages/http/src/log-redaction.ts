// No credential in any log line, in the manager and in the agent alike. Tokens belong in the Authorization header, which Fastify's
// request log never prints, but a client may still put one in the query string (where it
// authenticates nothing, yet would be logged with the URL), and a log call may be given
// headers or a registration body. So every logger gets: a `req` serializer whose URL has
// credential-like query parameters replaced, and pino redaction of header and token fields.
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import type { LoggerOptions } from 'pino';

const CENSORED = '[REDACTED]';
/** Query parameters that look like credentials: `token`, `access_token`, `api_key`, `auth`... */
const CREDENTIAL_PARAM = /token|auth|key|secret|passw|signature|credential|session|cookie/i;

/** The URL with the value of every credential-like query parameter replaced. */
export function redactUrl(url: string): string {
  const query = url.indexOf('?');
  if (query < 0) return url;
  const params = url
    .slice(query + 1)
    .split('&')
    .map((param) => {
      const eq = param.indexOf('=');
      const rawName = eq < 0 ? param : param.slice(0, eq);
      let name = rawName;
      try {
        name = decodeURIComponent(rawName.replace(/\+/g, ' '));
      } catch {
        // a name that does not decode is judged as written
      }
      return eq >= 0 && CREDENTIAL_PARAM.test(name) ? `${rawName}=${CENSORED}` : param;
    });
  return `${url.slice(0, query + 1)}${params.join('&')}`;
}

const SECRET_FIELDS = ['authorization', 'cookie', 'token', 'agent_token', 'join_token'];
const URL_FIELDS = ['url', 'req.url', '*.url'];

/** Options for pino (the process's root logger) and for a child of any logger. */
export const LOG_REDACTION = {
  redact: {
    paths: [
      ...SECRET_FIELDS.flatMap((f) => [f, `*.${f}`, `headers.${f}`, `*.headers.${f}`]),
      'req.headers.authorization',
      'req.headers.cookie',
      ...URL_FIELDS,
    ],
    censor: (value: unknown, path: string[]) =>
      path.at(-1) === 'url' && typeof value === 'string' ? redactUrl(value) : CENSORED,
  },
  serializers: {
    // Fastify's own request serializer, with the URL redacted
    req: (request: FastifyRequest) => ({
      method: request.method,
      url: typeof request.url === 'string' ? redactUrl(request.url) : request.url,
      host: request.host,
      remoteAddress: request.ip,
      remotePort: request.socket?.remotePort,
    }),
  },
} satisfies LoggerOptions;

/** A child of `logger` that redacts as LOG_REDACTION says, whatever the parent does. */
export function redactingLogger(logger: FastifyBaseLogger): FastifyBaseLogger {
  return logger.child({}, LOG_REDACTION);
}

/**
 * Fastify's logger options for buildApp's `logger`: a given logger gets a redacting child;
 * `true` makes Fastify create one with the same redaction; false or nothing logs nothing.
 */
export function loggerOptions(logger: FastifyBaseLogger | boolean | undefined) {
  if (typeof logger === 'object') return { loggerInstance: redactingLogger(logger) };
  return { logger: logger === true ? LOG_REDACTION : false };
}
