// Errors the agent answers with. Every module throws AgentError (or a subclass) so one
// handler renders the {"error": {code, message, details}} body with the right status;
// anything else is a bug and becomes a generic 500 (logged, no internals sent).
import type { AgentErrorCode } from './wire.ts';

const STATUS: Record<AgentErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHORIZED: 401,
  PATH_NOT_ALLOWED: 403,
  NOT_FOUND: 404,
  VMM_ALREADY_RUNNING: 409,
  FILE_EXISTS: 409,
  TAP_IN_USE: 409,
  HOST_PRECONDITION_FAILED: 422,
  LAUNCH_FAILED: 502,
  FIRECRACKER_ERROR: 502,
  HOST_COMMAND_FAILED: 502,
  INTERNAL: 500,
};

export class AgentError extends Error {
  readonly status: number;

  constructor(
    readonly code: AgentErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AgentError';
    this.status = STATUS[code];
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
