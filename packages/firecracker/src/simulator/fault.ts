// Errors as values: every API failure of Firecracker is a 400 carrying one fault message
// (the HTTP layer's own errors and the MMDS size limit aside). Resource modules return
// fault texts; these helpers turn them into responses.
import type { ApiResponse } from './http-server.ts';

export const NOT_SUPPORTED_PRE_BOOT =
  'The requested operation is not supported before starting the microVM.';
export const NOT_SUPPORTED_POST_BOOT =
  'The requested operation is not supported after starting the microVM.';
export const SERDE_PREFIX = 'An error occurred when deserializing the json body of a request: ';
export const DEVICE_NOT_FOUND = 'Failed perform action on device: Device not found';

export function fault(message: string, deprecation = false): ApiResponse {
  return { status: 400, body: { fault_message: message }, deprecation };
}

export function noContent(deprecation = false): ApiResponse {
  return { status: 204, deprecation };
}

export function ok(body: unknown): ApiResponse {
  return { status: 200, body };
}
