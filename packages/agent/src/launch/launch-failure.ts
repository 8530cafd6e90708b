// Turns a failed step into the error the route answers with. Host-side causes the operator
// must fix (a missing drive file, a path outside the roots, a VMM that is still alive) keep
// their own code; everything else is a LAUNCH_FAILED naming the step, with Firecracker's
// fault message verbatim when Firecracker refused a request.
import { FirecrackerApiError, FirecrackerError } from '@hearth/firecracker';
import type { LaunchFailure } from '../contract/index.ts';
import { AgentError } from '../errors.ts';
import type { StepFailedError } from './step-runner.ts';

export function launchFailureError(failure: StepFailedError): AgentError {
  const cause = failure.cause;
  const message = cause instanceof Error ? cause.message : String(cause);
  const details: LaunchFailure = { step: failure.step, message, steps: failure.reports };
  if (cause instanceof AgentError && cause.code !== 'INTERNAL') {
    const { drive_id, path } = cause.details as { drive_id?: string; path?: string };
    if (drive_id !== undefined) details.drive_id = drive_id;
    if (path !== undefined) details.path = path;
    return new AgentError(cause.code, cause.message, { ...cause.details, ...details });
  }
  if (cause instanceof FirecrackerApiError) details.firecracker_fault = cause.faultMessage;
  const what = cause instanceof FirecrackerError ? 'Firecracker' : 'the host';
  return new AgentError(
    'LAUNCH_FAILED',
    `Launch failed at ${failure.step} (${what}): ${message}`,
    details as unknown as Record<string, unknown>,
  );
}
