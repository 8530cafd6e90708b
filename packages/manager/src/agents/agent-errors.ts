// Maps a failed agent call to the manager's error codes. The agent's codes that mean "your
// input" or "the host says no" keep their meaning (and their 4xx); those that mean the
// manager and its agent disagree, or the host failed, are a 502 for the API's caller. The
// table names every agent code: adding one to the contract without deciding here what a
// user sees fails to compile.
import type { AgentErrorCode } from '@hearth/agent/contract';
import type { ErrorCode } from '@hearth/api';
import { AppError } from '../http/errors.ts';
import { AgentRequestError, AgentUnreachableError } from './agent-client.ts';

export const AGENT_CODE_MAP = {
  // the manager sent what its agent refuses: a bug or a version skew, not the user's input
  VALIDATION_FAILED: 'AGENT_ERROR',
  // the manager's stored agent token is wrong: the host needs re-registering
  UNAUTHORIZED: 'AGENT_ERROR',
  PATH_NOT_ALLOWED: 'PATH_NOT_ALLOWED',
  // the user's URL named a VM the manager knows; the host not knowing it is the host's problem
  NOT_FOUND: 'AGENT_ERROR',
  // the host still runs a VMM for this VM (e.g. one the manager thought had stopped)
  VMM_ALREADY_RUNNING: 'VM_INVALID_STATE',
  FILE_EXISTS: 'FILE_EXISTS',
  // a live drive update raced a stop: the VM is no longer running
  VMM_NOT_RUNNING: 'VM_INVALID_STATE',
  SHRINK_NOT_SUPPORTED: 'SHRINK_NOT_SUPPORTED',
  TAP_IN_USE: 'TAP_IN_USE',
  // a launch would open a file read-write twice (details.drive_id, other_vm_id, other_drive_id)
  FILE_IN_USE: 'FILE_IN_USE',
  HOST_PRECONDITION_FAILED: 'HOST_PRECONDITION_FAILED',
  LAUNCH_FAILED: 'LAUNCH_FAILED',
  FIRECRACKER_ERROR: 'AGENT_ERROR',
  HOST_COMMAND_FAILED: 'AGENT_ERROR',
  // the host's disk is full: the user can free space or choose another host
  INSUFFICIENT_STORAGE: 'INSUFFICIENT_STORAGE',
  INTERNAL: 'AGENT_ERROR',
} as const satisfies Record<AgentErrorCode, ErrorCode>;

function managerCodeOf(agentCode: string): ErrorCode {
  return Object.hasOwn(AGENT_CODE_MAP, agentCode)
    ? AGENT_CODE_MAP[agentCode as AgentErrorCode]
    : 'AGENT_ERROR';
}

export function fromAgentError(err: unknown, action: string): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof AgentUnreachableError) {
    return new AppError('AGENT_UNREACHABLE', `Cannot ${action}: ${err.message}`, {
      addr: err.addr,
    });
  }
  if (err instanceof AgentRequestError) {
    const code = managerCodeOf(err.code);
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
