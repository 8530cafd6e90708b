// Schemas of the VM routes. The launch body is Firecracker's own structures (v1.14.2 names)
// plus what the agent needs to ensure each drive's file (source, size_bytes).
import { absolutePath, rateLimiter } from '../http/schemas.ts';

const deviceId = { type: 'string', pattern: '^[A-Za-z0-9_]{1,64}$' } as const;
const tapName = { type: 'string', pattern: '^[A-Za-z0-9_-]{1,15}$' } as const;

const machine = {
  type: 'object',
  required: ['vcpu_count', 'mem_size_mib'],
  additionalProperties: false,
  properties: {
    vcpu_count: { type: 'integer', minimum: 1, maximum: 32 },
    mem_size_mib: { type: 'integer', minimum: 1 },
    smt: { type: 'boolean' },
    track_dirty_pages: { type: 'boolean' },
    huge_pages: { type: 'string', enum: ['None', '2M'] },
    cpu_template: { type: 'string' },
  },
} as const;

const bootSource = {
  type: 'object',
  required: ['kernel_image_path'],
  additionalProperties: false,
  properties: {
    kernel_image_path: absolutePath,
    initrd_path: absolutePath,
    boot_args: { type: 'string', maxLength: 4096 },
  },
} as const;

const drive = {
  type: 'object',
  required: ['drive_id', 'path_on_host', 'is_root_device', 'source', 'size_bytes'],
  additionalProperties: false,
  properties: {
    drive_id: deviceId,
    path_on_host: absolutePath,
    is_root_device: { type: 'boolean' },
    is_read_only: { type: 'boolean' },
    partuuid: { type: 'string' },
    cache_type: { type: 'string', enum: ['Unsafe', 'Writeback'] },
    io_engine: { type: 'string', enum: ['Sync', 'Async'] },
    rate_limiter: rateLimiter,
    source: {
      type: 'string',
      enum: ['provisioned', 'host_path', 'image'],
      description: 'provisioned: recreated sparse when missing; host_path/image: must exist',
    },
    size_bytes: {
      type: ['integer', 'null'],
      minimum: 1,
      description: 'required for provisioned drives',
    },
  },
} as const;

const nic = {
  type: 'object',
  required: ['iface_id', 'host_dev_name'],
  additionalProperties: false,
  properties: {
    iface_id: deviceId,
    host_dev_name: { ...tapName, description: 'the TAP the agent creates on the bridge' },
    guest_mac: { type: 'string', pattern: '^([0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}$' },
    rx_rate_limiter: rateLimiter,
    tx_rate_limiter: rateLimiter,
  },
} as const;

export const launchBody = {
  type: 'object',
  required: ['machine', 'boot_source', 'drives', 'nics'],
  additionalProperties: false,
  properties: {
    machine,
    boot_source: bootSource,
    drives: { type: 'array', maxItems: 64, items: drive },
    nics: { type: 'array', maxItems: 32, items: nic },
    bridge: { ...tapName, description: "default: the agent's HEARTH_BRIDGE" },
  },
} as const;

const stepReport = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    duration_ms: { type: 'number' },
    ok: { type: 'boolean' },
  },
} as const;

export const launchResponse = {
  type: 'object',
  properties: {
    vm_id: { type: 'string' },
    pid: { type: 'integer' },
    socket_path: { type: 'string' },
    steps: { type: 'array', items: stepReport },
  },
} as const;

export const stopBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    timeout_ms: {
      type: 'integer',
      minimum: 0,
      maximum: 600000,
      description: 'wait after SendCtrlAltDel before SIGKILL; default HEARTH_STOP_TIMEOUT_MS',
    },
  },
} as const;

export const stopResponse = {
  type: 'object',
  properties: {
    vm_id: { type: 'string' },
    was_running: { type: 'boolean' },
    method: { type: 'string', enum: ['ctrl-alt-del', 'sigkill', 'not-running'] },
  },
} as const;

export const vmmStatus = {
  type: 'object',
  properties: {
    vm_id: { type: 'string' },
    status: { type: 'string', enum: ['running', 'exited'] },
    pid: { type: ['integer', 'null'] },
    started_at: { type: ['string', 'null'] },
    uptime_s: { type: ['number', 'null'] },
    socket_path: { type: 'string' },
    exit_code: { type: ['integer', 'null'] },
    last_log_lines: { type: 'array', items: { type: 'string' } },
  },
} as const;

export const liveConfig = {
  type: 'object',
  description: "Firecracker's GET /vm/config, verbatim",
  additionalProperties: true,
} as const;

export const consoleQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    // query strings arrive as text; the agent's ajv does not coerce, so digits are matched
    from: { type: 'string', pattern: '^[0-9]{1,15}$' },
    max_bytes: { type: 'string', pattern: '^[0-9]{1,7}$' },
  },
} as const;

export const consoleSlice = {
  type: 'object',
  required: ['text', 'start', 'end', 'size'],
  properties: {
    text: { type: 'string' },
    start: { type: 'integer' },
    end: { type: 'integer' },
    size: { type: 'integer' },
  },
} as const;
