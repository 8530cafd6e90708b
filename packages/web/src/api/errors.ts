// The API's error body {"error": {code, message, details}} as a typed value. Callers branch
// on `code` and `details`, never on the message text (it is for people).
import type { ErrorCode } from '@hearth/api';

export type ApiErrorCode = ErrorCode | 'NETWORK_ERROR' | 'UNKNOWN';

/** One entry of details.issues on a 400 VALIDATION_FAILED from request validation. */
export interface ValidationIssue {
  /** `${context}${instancePath}`, e.g. "body/name", "body/drives/0/drive_id", "body" */
  path: string;
  message: string;
  params: Record<string, unknown>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get issues(): ValidationIssue[] {
    const issues = this.details.issues;
    return Array.isArray(issues) ? (issues as ValidationIssue[]) : [];
  }

  /** A string detail such as details.drive_id or details.field, if present. */
  detail(key: string): string | undefined {
    const value = this.details[key];
    return typeof value === 'string' ? value : undefined;
  }
}

export const isApiError = (err: unknown): err is ApiError => err instanceof ApiError;

/** Builds an ApiError from a response's status and (possibly non-JSON) body. */
export function toApiError(status: number, body: unknown): ApiError {
  const error = (body as { error?: unknown } | null | undefined)?.error;
  if (error && typeof error === 'object') {
    const { code, message, details } = error as Record<string, unknown>;
    if (typeof code === 'string') {
      return new ApiError(
        status,
        code as ApiErrorCode,
        typeof message === 'string' ? message : code,
        details && typeof details === 'object' ? (details as Record<string, unknown>) : {},
      );
    }
  }
  return new ApiError(status, 'UNKNOWN', `Request failed with HTTP ${status}.`);
}

export const networkError = (cause: unknown) =>
  new ApiError(
    0,
    'NETWORK_ERROR',
    `Cannot reach the Hearth API: ${cause instanceof Error ? cause.message : String(cause)}`,
  );

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Field errors keyed by dotted body path ("name", "drives.0.drive_id"). */
export type FieldErrors = Record<string, string>;

/** A person-friendly sentence for one schema violation (Ajv's params say which rule). */
function describeIssue(issue: ValidationIssue): string {
  const params = issue.params ?? {};
  if ('missingProperty' in params) return 'Required.';
  if ('pattern' in params) return 'Invalid format.';
  const text = issue.message ?? 'Invalid value';
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/**
 * Maps a VALIDATION_FAILED error onto form fields: schema issues by their path, service
 * checks by details.field. Returns {} for any other error.
 */
export function validationFieldErrors(err: unknown): FieldErrors {
  if (!isApiError(err) || err.code !== 'VALIDATION_FAILED') return {};
  const out: FieldErrors = {};
  for (const issue of err.issues) {
    const segments = issue.path.split('/').filter(Boolean);
    if (segments[0] === 'body' || segments[0] === 'querystring') segments.shift();
    const missing = issue.params?.missingProperty;
    if (typeof missing === 'string') segments.push(missing);
    const key = segments.join('.');
    if (key && !out[key]) out[key] = describeIssue(issue);
  }
  const field = err.detail('field');
  if (field && !out[field]) out[field] = err.message;
  return out;
}
