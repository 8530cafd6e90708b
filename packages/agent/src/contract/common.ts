// What every part of the agent's HTTP contract shares: the URL prefix, the id rules, paths,
// Firecracker's rate limiter, and the error body with its closed list of codes. Each rule is
// written once, here; the route schemas, the TypeScript types (Static<>) and the agent's own
// checks (validation.ts) all derive from it.
import { type SchemaOptions, type Static, Type } from '@sinclair/typebox';

export const AGENT_API_PREFIX = '/agent/v1';

// ---- id rules (stricter than Firecracker's: ASCII only, since they name host files and TAPs)

export const VM_ID_PATTERN =
  '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
/** Firecracker: "API Resource IDs can only contain alphanumeric characters and underscores." */
export const DEVICE_ID_PATTERN = '^[A-Za-z0-9_]{1,64}$';
/** Linux IFNAMSIZ is 16 including the NUL: at most 15 characters. Bridges follow it too. */
export const TAP_NAME_PATTERN = '^[A-Za-z0-9_-]{1,15}$';
/** A plain file name inside a VM's storage dir (the agent also refuses any `..` in it). */
export const FILE_NAME_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$';
export const MAC_PATTERN = '^([0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}$';

/**
 * A closed set of strings as `{type: "string", enum: [...]}`: the shape OpenAPI 3.0 and
 * ajv's messages expect ("must be equal to one of the allowed values"), typed as the union.
 */
export const StringEnum = <const T extends readonly string[]>(values: T, options?: SchemaOptions) =>
  Type.Unsafe<T[number]>({ ...options, type: 'string', enum: values });

export const VmId = Type.String({ pattern: VM_ID_PATTERN, description: 'the VM id (a UUID)' });
export const DeviceId = Type.String({ pattern: DEVICE_ID_PATTERN });
export const TapName = Type.String({ pattern: TAP_NAME_PATTERN });
export const FileName = Type.String({
  pattern: FILE_NAME_PATTERN,
  description: 'a plain file name inside the VM storage dir',
});
export const AbsolutePath = Type.String({ minLength: 1, maxLength: 4096, pattern: '^/' });

export const VmIdParams = Type.Object({ vmId: VmId });
export type VmIdParams = Static<typeof VmIdParams>;

// ---- Firecracker's rate limiter, as a launch sends it (v1.14.2 names)

export const TokenBucket = Type.Object({
  size: Type.Integer({ minimum: 0 }),
  one_time_burst: Type.Optional(Type.Integer({ minimum: 0 })),
  refill_time: Type.Integer({ minimum: 0, description: 'milliseconds' }),
});
export type TokenBucket = Static<typeof TokenBucket>;

export const RateLimiter = Type.Object(
  { bandwidth: Type.Optional(TokenBucket), ops: Type.Optional(TokenBucket) },
  { additionalProperties: false },
);
export type RateLimiter = Static<typeof RateLimiter>;

// ---- errors

/**
 * Every code the agent answers with, and its status. The manager maps each one (a code
 * added here without deciding what the manager's user sees fails to compile there).
 */
export const AGENT_ERROR_STATUS = {
  /** bad body or parameter */
  VALIDATION_FAILED: 400,
  /** missing or wrong bearer token */
  UNAUTHORIZED: 401,
  /**
   * a path outside the storage root and allowed roots; details.path. At launch also a drive
   * the isolation rules refuse (another VM's directory, a control file, an image read-write):
   * details.drive_id, real_path, reason
   */
  PATH_NOT_ALLOWED: 403,
  /** unknown VM (no VMM, no directory) or file */
  NOT_FOUND: 404,
  /** launch of a VM whose VMM is alive */
  VMM_ALREADY_RUNNING: 409,
  /** allocate/clone onto a file that already exists; details.path */
  FILE_EXISTS: 409,
  /** a live drive update on a VM without a running VMM */
  VMM_NOT_RUNNING: 409,
  /** a grow to a size below the file's current one; details.path, size_bytes, current_size_bytes */
  SHRINK_NOT_SUPPORTED: 409,
  /** launch naming a TAP another running VM holds; details.tap, details.vm_id */
  TAP_IN_USE: 409,
  /**
   * a launch would open one file read-write twice (two drives of the VM, or a drive another
   * running VM holds); details.drive_id, path, real_path, reason, other_vm_id, other_drive_id
   */
  FILE_IN_USE: 409,
  /** e.g. a missing host_path drive file; details.drive_id, details.path */
  HOST_PRECONDITION_FAILED: 422,
  /** a launch step failed; details is a LaunchFailure */
  LAUNCH_FAILED: 502,
  /** Firecracker refused or did not answer; details.firecracker_fault */
  FIRECRACKER_ERROR: 502,
  /** a host tool (e.g. `ip`) failed; details.command, details.stderr */
  HOST_COMMAND_FAILED: 502,
  /** the storage root's filesystem is full (ENOSPC); details.host, path, bytes_needed, bytes_free */
  INSUFFICIENT_STORAGE: 507,
  INTERNAL: 500,
} as const;

export type AgentErrorCode = keyof typeof AGENT_ERROR_STATUS;

/** Registered once by $id, so every route's error answers share one OpenAPI component. */
export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'SNAKE_CASE code, e.g. PATH_NOT_ALLOWED' }),
      message: Type.String(),
      details: Type.Optional(
        Type.Unsafe<Record<string, unknown>>({ type: 'object', additionalProperties: true }),
      ),
    }),
  },
  { $id: 'AgentErrorBody', description: 'Every error: {"error": {code, message, details}}' },
);
export type ErrorBody = Static<typeof ErrorBody>;
