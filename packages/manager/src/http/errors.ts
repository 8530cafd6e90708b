// Errors are values with codes. Services throw AppError; one handler (error-handler.ts)
// renders {"error": {code, message, details}} with the status that belongs to the code.
import { ERROR_STATUS, type ErrorCode } from '@hearth/api';

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.status = ERROR_STATUS[code];
  }
}

export const notFound = (
  code: Extract<ErrorCode, `${string}NOT_FOUND`>,
  what: string,
  id: string,
): AppError => new AppError(code, `${what} ${id} does not exist.`, { id });

export const validationFailed = (message: string, details: Record<string, unknown> = {}) =>
  new AppError('VALIDATION_FAILED', message, details);
