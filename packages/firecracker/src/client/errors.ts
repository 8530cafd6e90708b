// Errors of the Firecracker API client. Callers branch on the class (instanceof), never on
// the message: an API error means Firecracker is alive and refused the request, unreachable
// means the VMM is not running or went away, timeout means it is alive but did not answer.

export interface FirecrackerRequestContext {
  socketPath: string;
  /** undefined when no HTTP request was involved (waiting for the socket) */
  method?: string;
  path?: string;
}

function describeRequest({ socketPath, method, path }: FirecrackerRequestContext): string {
  return method && path ? `${method} ${path} on ${socketPath}` : socketPath;
}

export class FirecrackerError extends Error {
  readonly socketPath: string;
  readonly method: string | undefined;
  readonly path: string | undefined;

  constructor(message: string, context: FirecrackerRequestContext, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.socketPath = context.socketPath;
    this.method = context.method;
    this.path = context.path;
  }
}

/** Firecracker answered with a non-2xx status. */
export class FirecrackerApiError extends FirecrackerError {
  readonly status: number;
  readonly requestBody: unknown;
  /** `fault_message` verbatim; for the HTTP layer's non-JSON error bodies, the raw body text */
  readonly faultMessage: string;

  constructor(
    context: FirecrackerRequestContext & {
      status: number;
      requestBody: unknown;
      faultMessage: string;
    },
  ) {
    super(
      `Firecracker refused ${describeRequest(context)} with HTTP ${context.status}: ${context.faultMessage}`,
      context,
    );
    this.status = context.status;
    this.requestBody = context.requestBody;
    this.faultMessage = context.faultMessage;
  }
}

/**
 * Known codes: ENOENT (no socket file: the VMM never started or was cleaned up),
 * ECONNREFUSED (a stale socket file without a listener: the VMM died), ECONNRESET, EPIPE and
 * UND_ERR_SOCKET (the connection dropped mid-request: the VMM went away), VMM_EXITED (the
 * process was seen dead while waiting for its socket).
 */
export type FirecrackerUnreachableCode =
  | 'ENOENT'
  | 'ECONNREFUSED'
  | 'ECONNRESET'
  | 'EPIPE'
  | 'UND_ERR_SOCKET'
  | 'VMM_EXITED'
  | (string & {});

const UNREACHABLE_REASONS: Record<string, string> = {
  ENOENT: 'the socket file does not exist, so the VMM is not running',
  ECONNREFUSED: 'nothing listens on the socket file, so the VMM is no longer running',
  ECONNRESET: 'the connection was reset, so the VMM went away',
  EPIPE: 'the connection broke, so the VMM went away',
  UND_ERR_SOCKET: 'the connection was closed mid-request, so the VMM went away',
  VMM_EXITED: 'the VMM process exited',
};

/** The API socket could not be used: the VMM is not running or went away. */
export class FirecrackerUnreachableError extends FirecrackerError {
  readonly code: FirecrackerUnreachableCode;

  constructor(
    context: FirecrackerRequestContext & { code: FirecrackerUnreachableCode },
    options?: { cause?: unknown },
  ) {
    const reason = UNREACHABLE_REASONS[context.code] ?? 'the socket could not be used';
    super(
      `Firecracker is unreachable for ${describeRequest(context)}: ${reason} (${context.code}).`,
      context,
      options,
    );
    this.code = context.code;
  }
}

/** Firecracker accepted the connection (or the socket never appeared) but did not answer in time. */
export class FirecrackerTimeoutError extends FirecrackerError {
  readonly timeoutMs: number;

  constructor(
    context: FirecrackerRequestContext & { timeoutMs: number; message?: string },
    options?: { cause?: unknown },
  ) {
    super(
      context.message ??
        `Firecracker did not answer ${describeRequest(context)} within ${context.timeoutMs} ms.`,
      context,
      options,
    );
    this.timeoutMs = context.timeoutMs;
  }
}

const TIMEOUT_CODES = new Set([
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
]);

// ENOENT, ECONNREFUSED, EACCES...: the socket itself failed. Node's own ERR_* codes and the
// other UND_ERR_* codes (client closed, bad argument) are caller bugs, not an absent VMM.
const SYSTEM_ERRNO = /^E[A-Z]+$/;

/**
 * Turns whatever the HTTP stack threw while talking to the socket into one of our errors.
 * Anything without a recognisable shape stays a FirecrackerError carrying the original cause,
 * so no raw undici or system error leaks to callers.
 */
export function classifyTransportError(
  cause: unknown,
  context: FirecrackerRequestContext & { timeoutMs: number },
): FirecrackerError {
  if (cause instanceof FirecrackerError) return cause;
  const code = (cause as { code?: unknown } | null)?.code;
  const name = (cause as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError' || (typeof code === 'string' && TIMEOUT_CODES.has(code))) {
    return new FirecrackerTimeoutError(context, { cause });
  }
  if (typeof code === 'string' && (SYSTEM_ERRNO.test(code) || code === 'UND_ERR_SOCKET')) {
    return new FirecrackerUnreachableError({ ...context, code }, { cause });
  }
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new FirecrackerError(
    `Talking to Firecracker failed for ${describeRequest(context)}: ${detail}`,
    context,
    { cause },
  );
}
