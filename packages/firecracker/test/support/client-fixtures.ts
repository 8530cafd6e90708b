// Shared by the client tests that drive a simulator in a network namespace.
import assert from 'node:assert/strict';
import { FirecrackerApiError } from '@hearth/firecracker';

/** The simulator runs in a throwaway network namespace (its NIC's TAP exists only there). */
export const NEEDS_ROOT =
  process.getuid?.() === 0 ? false : 'needs root (network namespace with a TAP device)';

/** Awaits a call Firecracker must refuse, and returns the refusal. */
export async function rejection(promise: Promise<unknown>): Promise<FirecrackerApiError> {
  const err = await promise.then(
    () => assert.fail('expected Firecracker to refuse the request'),
    (e: unknown) => e,
  );
  assert.ok(err instanceof FirecrackerApiError, String(err));
  return err;
}
