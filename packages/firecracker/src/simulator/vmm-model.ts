// What one simulated Firecracker process holds: the configured resources, in the shapes
// GET /vm/config reports, and the boot state. Resource modules mutate it; nothing else does.
import type net from 'node:net';

export interface TokenBucket {
  size: number;
  one_time_burst: number | null;
  refill_time: number;
}

export interface RateLimiter {
  bandwidth: TokenBucket | null;
  ops: TokenBucket | null;
}

export interface DriveState {
  drive_id: string;
  partuuid: string | null;
  is_root_device: boolean;
  cache_type: string;
  is_read_only: boolean;
  path_on_host: string | null;
  rate_limiter: RateLimiter | null;
  io_engine: string;
  socket: string | null;
}

export interface NetState {
  iface_id: string;
  host_dev_name: string;
  guest_mac: string | null;
  rx_rate_limiter: RateLimiter | null;
  tx_rate_limiter: RateLimiter | null;
}

export interface MachineState {
  vcpu_count: number;
  mem_size_mib: number;
  smt: boolean;
  cpu_template: string | null;
  track_dirty_pages: boolean;
  huge_pages: string;
}

export interface BalloonState {
  amount_mib: number;
  deflate_on_oom: boolean;
  stats_polling_interval_s: number;
  free_page_hinting: boolean;
  free_page_reporting: boolean;
}

export interface VsockState {
  guest_cid: number;
  uds_path: string;
  /** The bound host-side socket; closing it unlinks the file, as Firecracker does on replace. */
  listener: net.Server;
}

export interface PmemState {
  id: string;
  path_on_host: string;
  root_device: boolean;
  read_only: boolean;
}

export interface HotplugState {
  total_size_mib: number;
  block_size_mib: number;
  slot_size_mib: number;
  requested_size_mib: number;
}

export type VmState = 'Not started' | 'Running' | 'Paused';

export class VmmModel {
  state: VmState = 'Not started';
  /** Set once a boot-specific resource was requested (even in vain): snapshot load is then refused. */
  bootPathTaken = false;
  machine: MachineState = {
    vcpu_count: 1,
    mem_size_mib: 128,
    smt: false,
    cpu_template: null,
    track_dirty_pages: false,
    huge_pages: 'None',
  };
  bootSource: {
    kernel_image_path: string;
    initrd_path: string | null;
    boot_args: string | null;
  } | null = null;
  drives: DriveState[] = [];
  nets: NetState[] = [];
  balloon: BalloonState | null = null;
  vsock: VsockState | null = null;
  entropy: { rate_limiter: RateLimiter | null } | null = null;
  mmdsConfig: {
    version: string;
    network_interfaces: string[];
    ipv4_address: string;
    imds_compat: boolean;
  } | null = null;
  /** The MMDS data store: null and uninitialized until the first PUT /mmds. */
  mmdsData: unknown = null;
  mmdsInitialized = false;
  /** --mmds-size-limit, else the HTTP payload limit. */
  mmdsSizeLimit = 51200;
  pmem: PmemState[] = [];
  hotplug: HotplugState | null = null;
  serialOutPath: string | null = null;
  metricsFd: number | null = null;
  /** API requests served, by method (reported in the metrics line). */
  apiRequestCounts: Record<string, number> = {};

  constructor(readonly instanceId: string) {}

  get started(): boolean {
    return this.state !== 'Not started';
  }
}
