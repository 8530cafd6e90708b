// Maps a failed agent call to the manager's error codes: the agent's own 4xx codes that mean
// "your input" or "the host says no" keep their meaning; anything else is a 502.
import type { ErrorCode } from '@hearth/api';
import { AppError } from '../http/errors.ts';
import { AgentRequestError, AgentUnreachableError } from './agent-client.ts';

const AGENT_CODE_MAP: Record<string, ErrorCode> = {
  PATH_NOT_ALLOWED: 'PATH_NOT_ALLOWED',
  HOST_PRECONDITION_FAILED: 'HOST_PRECONDITION_FAILED',
  LAUNCH_FAILED: 'LAUNCH_FAILED',
  VALIDATION_FAILED: 'AGENT_ERROR',
};

export function fromAgentError(err: unknown, action: string): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof AgentUnreachableError) {
    return new AppError('AGENT_UNREACHABLE', `Cannot ${action}: ${err.message}`, {
      addr: err.addr,
    });
  }
  if (err instanceof AgentRequestError) {
    const code = AGENT_CODE_MAP[err.code] ?? 'AGENT_ERROR';
    return new AppError(code, `Cannot ${action}: ${err.message}`, {
      ...err.details,
      agent_code: err.code,
      agent_status: err.status,
    });
  }
  return new AppError('AGENT_ERROR', `Cannot ${action}: ${(err as Error)?.message ?? String(err)}`);
}

/** Runs an agent call and converts its failure into an AppError naming the action. */
export async function agentCall<T>(action: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw fromAgentError(err, action);
  }
}
