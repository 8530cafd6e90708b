// Calls through the typed client of @hearth/api/client, turned into values or CliErrors: an
// API error keeps the server's code, message and details; an unreachable server names the
// URL. Every command goes through `call`, so exit codes and messages are the same everywhere.
import type { ErrorBody } from '@hearth/api';

/** Exit 1: the API refused, a name matched nothing or several things, or no server answered. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: string | null = null,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

const isErrorBody = (body: unknown): body is ErrorBody =>
  typeof body === 'object' &&
  body !== null &&
  typeof (body as ErrorBody).error?.code === 'string' &&
  typeof (body as ErrorBody).error?.message === 'string';

export function apiError(status: number, body: unknown): CliError {
  if (isErrorBody(body)) {
    return new CliError(body.error.message, body.error.code, body.error.details ?? {});
  }
  return new CliError(`The API answered HTTP ${status} without an error body.`, `HTTP_${status}`);
}

/** The reason fetch gave up, as a person reads it ("connection refused"). */
export function unreachable(baseUrl: string, err: unknown): CliError {
  const cause = (err as { cause?: { code?: string; message?: string } })?.cause;
  const reasons: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'unknown host',
    ETIMEDOUT: 'timed out',
    ECONNRESET: 'connection reset',
    EHOSTUNREACH: 'host unreachable',
  };
  const reason =
    (cause?.code && reasons[cause.code]) ?? cause?.message ?? (err as Error)?.message ?? 'failed';
  return new CliError(
    `Cannot reach the Hearth API at ${baseUrl}: ${reason}. Is it running? (--url or HEARTH_URL)`,
  );
}

export async function call<T>(baseUrl: string, request: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await request;
  } catch (err) {
    throw unreachable(baseUrl, err);
  }
  if (!result.response.ok) throw apiError(result.response.status, result.error);
  return result.data as T;
}
