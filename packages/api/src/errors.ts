// The manager's error codes: clients (web, CLI, scripts) branch on `code`, never on text.
// Every error body is {"error": {"code", "message", "details"}}.

export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  PATH_NOT_ALLOWED: 400,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  HOST_NOT_FOUND: 404,
  IMAGE_NOT_FOUND: 404,
  VM_NOT_FOUND: 404,
  DRIVE_NOT_FOUND: 404,
  NIC_NOT_FOUND: 404,
  NAME_TAKEN: 409,
  DRIVE_ID_TAKEN: 409,
  ROOT_DEVICE_EXISTS: 409,
  ROOT_DEVICE_REQUIRED: 409,
  IFACE_ID_TAKEN: 409,
  MAC_TAKEN: 409,
  IMAGE_IN_USE: 409,
  VM_BUSY: 409,
  VM_INVALID_STATE: 409,
  FILE_EXISTS: 409,
  TAP_IN_USE: 409,
  FILE_IN_USE: 409,
  /** a drive grow to a smaller size; details.size_bytes, current_size_bytes */
  SHRINK_NOT_SUPPORTED: 409,
  /** a resize of a drive that is not provisioned (host_path, image); details.source, reason */
  RESIZE_NOT_SUPPORTED: 409,
  /** a live apply of a difference Firecracker cannot change after boot; details.fields */
  RESTART_REQUIRED: 409,
  /** MMDS enabled on a VM without a NIC to serve it on */
  MMDS_NEEDS_NIC: 409,
  FILE_NOT_FOUND: 422,
  NO_HOST_AVAILABLE: 422,
  HOST_PRECONDITION_FAILED: 422,
  AGENT_UNREACHABLE: 502,
  AGENT_ERROR: 502,
  LAUNCH_FAILED: 502,
  EVENTS_UNAVAILABLE: 503,
  /**
   * a host's disk is full (details.host, path, bytes_needed, bytes_free), or a drive add or
   * grow would take the host's provisioned bytes past capacity × HEARTH_STORAGE_OVERCOMMIT
   * (details.capacity_bytes, overcommit, limit_bytes, provisioned_bytes, requested_bytes)
   */
  INSUFFICIENT_STORAGE: 507,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details: Record<string, unknown> };
}
