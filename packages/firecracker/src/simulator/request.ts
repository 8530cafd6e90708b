// Helpers shared by the resource handlers: body decoding with Firecracker's error prefix,
// resource id checks, and the pre-boot / post-boot gates.
import { fault, NOT_SUPPORTED_POST_BOOT, NOT_SUPPORTED_PRE_BOOT, SERDE_PREFIX } from './fault.ts';
import type { Guest } from './guest.ts';
import type { ApiResponse } from './http-server.ts';
import type { LogSink } from './log-sink.ts';
import { decode, type Schema } from './serde/schema.ts';
import type { VmmModel } from './vmm-model.ts';

export interface SimContext {
  vmm: VmmModel;
  log: LogSink;
  guest: Guest;
  /** Ends the process like Firecracker does (after the current response was sent). */
  exitProcess(code: number): void;
  env: NodeJS.ProcessEnv;
}

export interface RouteRequest {
  ctx: SimContext;
  method: string;
  /** Path segments after the resource name (`/drives/abc/def` -> ['abc', 'def']). */
  rest: string[];
  body: Buffer;
  /** The request had no body (only PATCH /balloon gets that far without one). */
  bodyMissing?: boolean;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; response: ApiResponse };

export function parseBody<T>(body: Buffer, schema: Schema, deprecation = false): Parsed<T> {
  const decoded = decode<T>(body, schema);
  if (decoded.ok) return decoded;
  return { ok: false, response: fault(`${SERDE_PREFIX}${decoded.message}.`, deprecation) };
}

/** Rust's `char::is_alphanumeric` (Unicode Alphabetic or Numeric) plus underscore. */
const ID_PATTERN = /^[\p{Alphabetic}\p{N}_]+$/u;

export function checkedId(id: string | undefined): Parsed<string> {
  if (id === undefined || id === '')
    return { ok: false, response: fault('The ID cannot be empty.') };
  if (!ID_PATTERN.test(id)) {
    return {
      ok: false,
      response: fault('API Resource IDs can only contain alphanumeric characters and underscores.'),
    };
  }
  return { ok: true, value: id };
}

export function preBootOnly(ctx: SimContext, deprecation = false): ApiResponse | null {
  return ctx.vmm.started ? fault(NOT_SUPPORTED_POST_BOOT, deprecation) : null;
}

export function postBootOnly(ctx: SimContext, deprecation = false): ApiResponse | null {
  return ctx.vmm.started ? null : fault(NOT_SUPPORTED_PRE_BOOT, deprecation);
}
