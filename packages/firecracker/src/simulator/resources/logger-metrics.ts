// /logger and /metrics. Both open their target O_CREAT|O_RDWR|O_NONBLOCK (the directory must
// exist; a FIFO without a reader is fine). The logger may be reconfigured before boot, the
// metrics sink only once, and a failed attempt does not count.
import fs from 'node:fs';
import { fault, noContent } from '../fault.ts';
import type { ApiResponse } from '../http-server.ts';
import { describeOsError } from '../os-errors.ts';
import { parseBody, preBootOnly, type RouteRequest, type SimContext } from '../request.ts';
import * as schemas from '../schemas.ts';

interface LoggerInput {
  log_path: string | null;
  level: string | null;
  show_level: boolean | null;
  show_log_origin: boolean | null;
  module: string | null;
}

export function applyLogger(ctx: SimContext, input: LoggerInput): string | null {
  const error = ctx.log.configure(input.log_path, {
    level: input.level,
    showLevel: input.show_level,
    showOrigin: input.show_log_origin,
  });
  return error ? `Logger error: Failed to open target file: ${error}` : null;
}

export function putLogger({ ctx, body }: RouteRequest): ApiResponse {
  const parsed = parseBody<LoggerInput>(body, schemas.logger);
  if (!parsed.ok) return parsed.response;
  const refused = preBootOnly(ctx);
  if (refused) return refused;
  const error = applyLogger(ctx, parsed.value);
  return error ? fault(error) : noContent();
}

const METRICS_ERROR = 'Metrics error: Cannot initialize the metrics system due to bad user input: ';

export function applyMetrics(ctx: SimContext, metricsPath: string): string | null {
  let fd: number;
  try {
    const { O_CREAT, O_RDWR, O_NONBLOCK, O_APPEND } = fs.constants;
    fd = fs.openSync(metricsPath, O_CREAT | O_RDWR | O_NONBLOCK | O_APPEND, 0o644);
  } catch (err) {
    return `${METRICS_ERROR}${describeOsError(err)}`;
  }
  if (ctx.vmm.metricsFd !== null) {
    fs.closeSync(fd);
    return `${METRICS_ERROR}Reinitialization of metrics not allowed.`;
  }
  ctx.vmm.metricsFd = fd;
  return null;
}

export function putMetrics({ ctx, body }: RouteRequest): ApiResponse {
  const parsed = parseBody<{ metrics_path: string }>(body, schemas.metrics);
  if (!parsed.ok) return parsed.response;
  const refused = preBootOnly(ctx);
  if (refused) return refused;
  const error = applyMetrics(ctx, parsed.value.metrics_path);
  return error ? fault(error) : noContent();
}

// Firecracker's block and net counters are deltas since the previous flush (SharedIncMetric),
// one group per device named block_<drive_id> / net_<iface_id> next to the aggregate group
// (src/vmm/src/devices/virtio/{block,net}/metrics.rs). The simulated guest does no I/O, so
// every count is 0; the groups are there so readers meet the real shape.
const BLOCK_COUNTS = {
  read_bytes: 0,
  write_bytes: 0,
  read_count: 0,
  write_count: 0,
  flush_count: 0,
};
const NET_COUNTS = {
  rx_bytes_count: 0,
  tx_bytes_count: 0,
  rx_packets_count: 0,
  tx_packets_count: 0,
};

function deviceGroups(ctx: SimContext): Record<string, object> {
  const groups: Record<string, object> = { block: BLOCK_COUNTS, net: NET_COUNTS };
  for (const drive of ctx.vmm.drives) groups[`block_${drive.drive_id}`] = BLOCK_COUNTS;
  for (const net of ctx.vmm.nets) groups[`net_${net.iface_id}`] = NET_COUNTS;
  return groups;
}

/** Writes one JSON line with a subset of Firecracker's metric groups (same key names). */
export function flushMetrics(ctx: SimContext): void {
  const fd = ctx.vmm.metricsFd;
  if (fd === null) return;
  const counts = ctx.vmm.apiRequestCounts;
  const line = {
    utc_timestamp_ms: Date.now(),
    api_server: { process_startup_time_us: 0, process_startup_time_cpu_us: 0 },
    get_api_requests: { instance_info_count: counts.GET ?? 0 },
    put_api_requests: { actions_count: counts.PUT ?? 0 },
    patch_api_requests: { drive_count: counts.PATCH ?? 0 },
    vmm: { panic_count: 0 },
    ...deviceGroups(ctx),
  };
  try {
    fs.writeSync(fd, `${JSON.stringify(line)}\n`);
  } catch {
    // a metrics FIFO nobody reads: the line is dropped, as in Firecracker
  }
}
