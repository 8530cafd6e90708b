// The VMM processes of a host: stop, and the live view (GET /vms, GET /vms/:vmId). The live
// view is read from the host each time, so a restarted agent answers like the one that
// launched the VM.
import { type Static, Type } from '@sinclair/typebox';
import { AbsolutePath, RateLimiter, StringEnum } from './common.ts';

/** POST /vms/:vmId/stop (no body means `{}`) */
export const StopRequest = Type.Object(
  {
    timeout_ms: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 600000,
        description: 'wait after SendCtrlAltDel before SIGKILL; default HEARTH_STOP_TIMEOUT_MS',
      }),
    ),
  },
  { additionalProperties: false },
);
export type StopRequest = Static<typeof StopRequest>;

export const StopResponse = Type.Object({
  vm_id: Type.String(),
  was_running: Type.Boolean(),
  method: StringEnum(['ctrl-alt-del', 'sigkill', 'not-running']),
});
export type StopResponse = Static<typeof StopResponse>;

export const VmmStatus = Type.Object({
  vm_id: Type.String(),
  status: StringEnum(['running', 'exited']),
  pid: Type.Union([Type.Integer(), Type.Null()]),
  started_at: Type.Union([Type.String(), Type.Null()], { description: 'ISO 8601' }),
  uptime_s: Type.Union([Type.Number(), Type.Null()]),
  socket_path: Type.String(),
  exit_code: Type.Union([Type.Integer(), Type.Null()], { description: 'when known' }),
  last_log_lines: Type.Array(Type.String(), { description: 'for exited VMMs' }),
});
export type VmmStatus = Static<typeof VmmStatus>;

/**
 * POST /vms/:vmId/drives/:driveId/update: a live change of a running VMM's drive, the one
 * Firecracker allows after boot (PATCH /drives/{id}). `path_on_host` (the same path re-reads
 * the file, so a grown file's new size reaches the guest; a new path passes the launch's
 * isolation checks first) and/or `rate_limiter`, the whole limiter wanted: buckets left out
 * are disabled. The agent records the file size Firecracker now has. 409 VMM_NOT_RUNNING
 * when no VMM runs, 404 NOT_FOUND when the VMM has no such drive. Answers the drive as
 * GET /vms/:vmId/config then shows it (a LiveDrive, with size_bytes).
 */
export const LiveDriveUpdateRequest = Type.Object(
  {
    path_on_host: Type.Optional(AbsolutePath),
    rate_limiter: Type.Optional(Type.Union([RateLimiter, Type.Null()])),
    image_paths: Type.Optional(
      Type.Array(AbsolutePath, {
        maxItems: 4096,
        description: 'as in a launch: a new path resolving to one of them must be read-only',
      }),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type LiveDriveUpdateRequest = Static<typeof LiveDriveUpdateRequest>;

/**
 * GET /metrics/vmms: the device counters of every running VMM, totals since that VMM started,
 * summed by the agent from Firecracker's metrics file (whose block_<drive_id> and
 * net_<iface_id> groups are deltas since the previous flush). The agent asks each VMM to flush
 * first, so the figures are current. A VMM whose metrics cannot be read is left out.
 */
export const VmmDriveCounters = Type.Object({
  drive_id: Type.String(),
  read_bytes: Type.Integer({ minimum: 0 }),
  write_bytes: Type.Integer({ minimum: 0 }),
  read_ops: Type.Integer({ minimum: 0 }),
  write_ops: Type.Integer({ minimum: 0 }),
});
export type VmmDriveCounters = Static<typeof VmmDriveCounters>;

export const VmmNicCounters = Type.Object({
  iface_id: Type.String(),
  rx_bytes: Type.Integer({ minimum: 0 }),
  tx_bytes: Type.Integer({ minimum: 0 }),
  rx_packets: Type.Integer({ minimum: 0 }),
  tx_packets: Type.Integer({ minimum: 0 }),
});
export type VmmNicCounters = Static<typeof VmmNicCounters>;

export const VmmDeviceMetrics = Type.Object({
  vm_id: Type.String(),
  drives: Type.Array(VmmDriveCounters),
  nics: Type.Array(VmmNicCounters),
});
export type VmmDeviceMetrics = Static<typeof VmmDeviceMetrics>;

export const VmmMetricsResponse = Type.Object({ vmms: Type.Array(VmmDeviceMetrics) });
export type VmmMetricsResponse = Static<typeof VmmMetricsResponse>;
