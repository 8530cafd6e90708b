// Shared by the client tests that drive a simulator in a network namespace.
import assert from 'node:assert/strict';
import { FirecrackerApiError } from '@hearth/firecracker';

/**
 * As root the simulator runs in a throwaway network namespace holding a TAP for its NIC
 * (`startSimulator({ netns: WITH_TAP })`); without root it runs in the test's own namespace
 * with no TAP, and the tests that attach a NIC skip with NEEDS_ROOT.
 */
export const WITH_TAP = process.getuid?.() === 0;
export const NEEDS_ROOT = WITH_TAP ? false : 'needs root (network namespace with a TAP device)';

/** Awaits a call Firecracker must refuse, and returns the refusal. */
export async function rejection(promise: Promise<unknown>): Promise<FirecrackerApiError> {
  const err = await promise.then(
    () => assert.fail('expected Firecracker to refuse the request'),
    (e: unknown) => e,
  );
  assert.ok(err instanceof FirecrackerApiError, String(err));
  return err;
}
