// Errors the agent answers with. Every module throws AgentError (or a subclass) so one
// handler renders the {"error": {code, message, details}} body with the right status;
// anything else is a bug and becomes a generic 500 (logged, no internals sent).
import { AGENT_ERROR_STATUS, type AgentErrorCode } from './contract/index.ts';

export class AgentError extends Error {
  readonly status: number;

  constructor(
    readonly code: AgentErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AgentError';
    this.status = AGENT_ERROR_STATUS[code];
  }
}

export class PathNotAllowedError extends AgentError {
  constructor(
    readonly path: string,
    reason = 'it is outside the storage root and the allowed roots',
  ) {
    super('PATH_NOT_ALLOWED', `Path ${path} is not allowed: ${reason}.`, { path });
  }
}

export class ValidationError extends AgentError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('VALIDATION_FAILED', message, details);
  }
}

/** What a full disk is reported with: the operator needs to know where, and how much. */
export interface InsufficientStorageDetails {
  /** the machine's hostname (as HostInfo reports it) */
  host: string;
  /** the file that could not be written (already removed) */
  path: string;
  bytes_needed: number;
  bytes_free: number;
}

export class InsufficientStorageError extends AgentError {
  constructor(details: InsufficientStorageDetails) {
    super(
      'INSUFFICIENT_STORAGE',
      `Not enough space on ${details.host} for ${details.path}: it needs ${details.bytes_needed} bytes, ${details.bytes_free} are free.`,
      { ...details },
    );
  }
}
