// Firecracker v1.14.2's request body types as serde sees them: field order (it is the order
// of "expected one of" lists and of missing-field checks), Option fields, defaults, and which
// structs deny unknown fields.
import { SerdeError } from './serde/json-reader.ts';
import type { Field, IntKind, Schema } from './serde/schema.ts';

const int = (k: IntKind): Schema => ({ kind: 'int', int: k });
const bool: Schema = { kind: 'bool' };
const str: Schema = { kind: 'string' };
const opt = (inner: Schema): Schema => ({ kind: 'option', inner });
const enumOf = (name: string, variants: string[]): Schema => ({ kind: 'enum', name, variants });
const struct = (name: string, fields: Field[], denyUnknown = true): Schema => ({
  kind: 'struct',
  name,
  fields,
  denyUnknown,
});
const req = (name: string, schema: Schema): Field => ({ name, schema });
/** An `Option<T>` field: absent means None. */
const optional = (name: string, schema: Schema): Field => ({
  name,
  schema: opt(schema),
  absent: () => null,
});
/** A `#[serde(default)]` field. */
const withDefault = (name: string, schema: Schema, value: unknown): Field => ({
  name,
  schema,
  absent: () => value,
});

// Unknown fields inside a bucket are ignored: TokenBucketConfig does not deny them.
const tokenBucket = struct(
  'TokenBucketConfig',
  [req('size', int('u64')), optional('one_time_burst', int('u64')), req('refill_time', int('u64'))],
  false,
);

export const rateLimiter = struct('RateLimiterConfig', [
  optional('bandwidth', tokenBucket),
  optional('ops', tokenBucket),
]);

const MAC_PATTERN = /^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}$/;

const macAddress: Schema = {
  kind: 'custom',
  inner: str,
  convert: (value) => {
    if (typeof value !== 'string' || !MAC_PATTERN.test(value)) {
      throw new SerdeError('The provided MAC address is invalid.');
    }
    return value.toLowerCase();
  },
};

/** Accepted log levels (case-insensitive); `warning` is an alias of `warn`. */
export const LOG_LEVELS = ['off', 'trace', 'debug', 'info', 'warn', 'warning', 'error'];

const levelFilter: Schema = {
  kind: 'custom',
  inner: str,
  convert: (value) => {
    const level = String(value).toLowerCase();
    if (!LOG_LEVELS.includes(level)) throw new SerdeError('Invalid LevelFilter');
    return level === 'warning' ? 'warn' : level;
  },
};

export const machineConfig = struct('MachineConfig', [
  req('vcpu_count', int('u8')),
  req('mem_size_mib', int('usize')),
  withDefault('smt', bool, false),
  optional('cpu_template', enumOf('StaticCpuTemplate', ['C3', 'T2', 'T2S', 'None', 'T2CL', 'T2A'])),
  withDefault('track_dirty_pages', bool, false),
  withDefault('huge_pages', enumOf('HugePageConfig', ['None', '2M']), 'None'),
]);

export const machineConfigUpdate = struct(
  'MachineConfigUpdate',
  (machineConfig as Schema & { kind: 'struct' }).fields.map((f) =>
    optional(f.name, f.schema.kind === 'option' ? f.schema.inner : f.schema),
  ),
);

export const bootSource = struct('BootSourceConfig', [
  req('kernel_image_path', str),
  optional('initrd_path', str),
  optional('boot_args', str),
]);

export const blockDevice = struct('BlockDeviceConfig', [
  req('drive_id', str),
  optional('partuuid', str),
  req('is_root_device', bool),
  withDefault('cache_type', enumOf('CacheType', ['Unsafe', 'Writeback']), 'Unsafe'),
  optional('is_read_only', bool),
  optional('path_on_host', str),
  optional('rate_limiter', rateLimiter),
  optional('io_engine', enumOf('FileEngineType', ['Async', 'Sync'])),
  optional('socket', str),
]);

export const blockDeviceUpdate = struct('BlockDeviceUpdateConfig', [
  req('drive_id', str),
  optional('path_on_host', str),
  optional('rate_limiter', rateLimiter),
]);

export const networkInterface = struct('NetworkInterfaceConfig', [
  req('iface_id', str),
  req('host_dev_name', str),
  optional('guest_mac', macAddress),
  optional('rx_rate_limiter', rateLimiter),
  optional('tx_rate_limiter', rateLimiter),
]);

export const networkInterfaceUpdate = struct('NetworkInterfaceUpdateConfig', [
  req('iface_id', str),
  optional('rx_rate_limiter', rateLimiter),
  optional('tx_rate_limiter', rateLimiter),
]);

export const logger = struct('LoggerConfig', [
  optional('log_path', str),
  optional('level', levelFilter),
  optional('show_level', bool),
  optional('show_log_origin', bool),
  optional('module', str),
]);

// Unknown fields in the metrics body are ignored.
export const metrics = struct('MetricsConfig', [req('metrics_path', str)], false);

export const balloon = struct('BalloonDeviceConfig', [
  req('amount_mib', int('u32')),
  req('deflate_on_oom', bool),
  withDefault('stats_polling_interval_s', int('u16'), 0),
  withDefault('free_page_hinting', bool, false),
  withDefault('free_page_reporting', bool, false),
]);

export const balloonUpdate = struct('BalloonUpdateConfig', [req('amount_mib', int('u32'))]);

export const balloonStatsUpdate = struct('BalloonUpdateStatsConfig', [
  req('stats_polling_interval_s', int('u16')),
]);

export const startHinting = struct('StartHintingCmd', [
  withDefault('acknowledge_on_stop', bool, false),
]);

export const entropy = struct('EntropyDeviceConfig', [optional('rate_limiter', rateLimiter)]);

export const vsock = struct('VsockDeviceConfig', [
  optional('vsock_id', str),
  req('guest_cid', int('u32')),
  req('uds_path', str),
]);

export const mmdsConfig = struct('MmdsConfig', [
  withDefault('version', enumOf('MmdsVersion', ['V1', 'V2']), 'V1'),
  req('network_interfaces', { kind: 'seq', item: str }),
  optional('ipv4_address', str),
  withDefault('imds_compat', bool, false),
]);

export const pmem = struct('PmemConfig', [
  req('id', str),
  req('path_on_host', str),
  withDefault('root_device', bool, false),
  withDefault('read_only', bool, false),
]);

export const serial = struct('SerialConfig', [optional('serial_out_path', str)]);

export const cpuConfig = struct('CustomCpuTemplate', [
  withDefault('kvm_capabilities', { kind: 'seq', item: str }, []),
  withDefault('cpuid_modifiers', { kind: 'any' }, []),
  withDefault('msr_modifiers', { kind: 'any' }, []),
]);

export const memoryHotplug = struct('MemoryHotplugConfig', [
  req('total_size_mib', int('usize')),
  withDefault('block_size_mib', int('usize'), 2),
  withDefault('slot_size_mib', int('usize'), 128),
]);

export const memoryHotplugUpdate = struct('MemoryHotplugSizeUpdate', [
  req('requested_size_mib', int('usize')),
]);

export const action = struct('ActionBody', [
  req('action_type', enumOf('ActionType', ['FlushMetrics', 'InstanceStart', 'SendCtrlAltDel'])),
]);

export const vmState = struct('Vm', [req('state', enumOf('VmState', ['Paused', 'Resumed']))]);

export const snapshotCreate = struct('CreateSnapshotParams', [
  withDefault('snapshot_type', enumOf('SnapshotType', ['Diff', 'Full']), 'Full'),
  req('snapshot_path', str),
  req('mem_file_path', str),
]);

const memBackend = struct('MemBackendConfig', [
  req('backend_type', enumOf('MemBackendType', ['File', 'Uffd'])),
  req('backend_path', str),
]);

export const snapshotLoad = struct('LoadSnapshotConfig', [
  req('snapshot_path', str),
  optional('mem_file_path', str),
  optional('mem_backend', memBackend),
  withDefault('enable_diff_snapshots', bool, false),
  withDefault('track_dirty_pages', bool, false),
  withDefault('resume_vm', bool, false),
  withDefault('network_overrides', { kind: 'any' }, []),
]);

export const anyJson: Schema = { kind: 'any' };
