// The figures of the fleet, read when Prometheus scrapes (never cached, so every scrape shows
// the database and the VMMs as they are): VMs by state and host, each host's health and the
// age of its last heartbeat, and the device counters of every running VMM, which each healthy
// host's agent sums from Firecracker's metrics files. Labels: `host` is a host's name (one
// series per host), `vm_id` a VM's id (never its name, which may change), `drive_id` and
// `iface_id` as the VM's rows name them: a VM brings one series per drive and per NIC for
// each counter, and its series end when it stops. hearth_vm_info joins vm_id to a name.
import type { VmmDeviceMetrics } from '@hearth/agent/contract';
import { Counter, Gauge } from 'prom-client';
import type { ServiceContext } from '../context.ts';
import { listHosts } from '../hosts/hosts.repository.ts';
import type { ManagerMetrics } from './manager-metrics.ts';

/** A scrape waits this long for an agent; a slower host is reported as not scraped. */
const AGENT_SCRAPE_TIMEOUT_MS = 5000;

type DriveCounter = 'read_bytes' | 'write_bytes' | 'read_ops' | 'write_ops';
type NicCounter = 'rx_bytes' | 'tx_bytes' | 'rx_packets' | 'tx_packets';

const DRIVE_COUNTERS: [DriveCounter, string][] = [
  ['read_bytes', 'Bytes the guest read from the drive since its VMM started'],
  ['write_bytes', 'Bytes the guest wrote to the drive since its VMM started'],
  ['read_ops', 'Read requests of the guest on the drive since its VMM started'],
  ['write_ops', 'Write requests of the guest on the drive since its VMM started'],
];
const NIC_COUNTERS: [NicCounter, string][] = [
  ['rx_bytes', 'Bytes the guest received on the NIC since its VMM started'],
  ['tx_bytes', 'Bytes the guest sent on the NIC since its VMM started'],
  ['rx_packets', 'Packets the guest received on the NIC since its VMM started'],
  ['tx_packets', 'Packets the guest sent on the NIC since its VMM started'],
];

interface Snapshot {
  vms: { id: string; name: string; state: string; host: string }[];
  hosts: { name: string; healthy: boolean; lastSeenAgeS: number | null }[];
  scraped: { host: string; ok: boolean }[];
  devices: VmmDeviceMetrics[];
}

const EMPTY: Snapshot = { vms: [], hosts: [], scraped: [], devices: [] };

/**
 * The fleet's metrics, registered in `metrics`. A scrape takes one snapshot of the database
 * and the agents, then renders the registry: every collector below resets its series and
 * refills them from that snapshot. Scrapes run one at a time, so two never mix snapshots.
 */
const byRegistry = new WeakMap<ManagerMetrics, FleetMetrics>();

/** The one FleetMetrics of ctx.metrics (a registry takes each metric name once). */
export function fleetMetrics(ctx: ServiceContext): FleetMetrics {
  let fleet = byRegistry.get(ctx.metrics);
  if (!fleet) {
    fleet = new FleetMetrics(ctx.metrics, ctx);
    byRegistry.set(ctx.metrics, fleet);
  }
  return fleet;
}

export class FleetMetrics {
  #snapshot: Snapshot = EMPTY;
  #scrapes: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly metrics: ManagerMetrics,
    private readonly ctx: ServiceContext,
  ) {
    registerCollectors(metrics, () => this.#snapshot);
  }

  /** The Prometheus text of the manager's metrics and the fleet's, as of now. */
  scrape(): Promise<string> {
    const result = this.#scrapes.then(async () => {
      this.#snapshot = await takeSnapshot(this.ctx);
      try {
        return await this.metrics.render();
      } finally {
        this.#snapshot = EMPTY;
      }
    });
    this.#scrapes = result.catch(() => {});
    return result;
  }
}

function registerCollectors(metrics: ManagerMetrics, snapshot: () => Snapshot): void {
  const registers = [metrics.registry];

  new Gauge({
    name: 'hearth_vms',
    help: 'VMs by state and host',
    labelNames: ['state', 'host'] as const,
    registers,
    collect() {
      const { vms } = snapshot();
      this.reset();
      for (const vm of vms) this.inc({ state: vm.state, host: vm.host });
    },
  });
  new Gauge({
    name: 'hearth_vm_info',
    help: 'One series per VM, value 1: joins vm_id to the VM name, host and state',
    labelNames: ['vm_id', 'name', 'host', 'state'] as const,
    registers,
    collect() {
      const { vms } = snapshot();
      this.reset();
      for (const vm of vms)
        this.set({ vm_id: vm.id, name: vm.name, host: vm.host, state: vm.state }, 1);
    },
  });
  new Gauge({
    name: 'hearth_host_healthy',
    help: '1 while the host heartbeats and its agent answers, else 0',
    labelNames: ['host'] as const,
    registers,
    collect() {
      const { hosts } = snapshot();
      this.reset();
      for (const host of hosts) this.set({ host: host.name }, host.healthy ? 1 : 0);
    },
  });
  new Gauge({
    name: 'hearth_host_last_contact_age_seconds',
    help: "Seconds since the host's last heartbeat (absent for a host that never sent one)",
    labelNames: ['host'] as const,
    registers,
    collect() {
      const { hosts } = snapshot();
      this.reset();
      for (const host of hosts) {
        if (host.lastSeenAgeS !== null) this.set({ host: host.name }, host.lastSeenAgeS);
      }
    },
  });
  new Gauge({
    name: 'hearth_host_vmm_metrics_up',
    help: "1 when this scrape read the host's VMM counters, 0 when its agent did not answer in time",
    labelNames: ['host'] as const,
    registers,
    collect() {
      const { scraped } = snapshot();
      this.reset();
      for (const entry of scraped) this.set({ host: entry.host }, entry.ok ? 1 : 0);
    },
  });

  for (const [field, help] of DRIVE_COUNTERS) {
    new Counter({
      name: `hearth_vm_drive_${field}_total`,
      help,
      labelNames: ['vm_id', 'drive_id'] as const,
      registers,
      collect() {
        const { devices } = snapshot();
        this.reset();
        for (const vmm of devices) {
          for (const drive of vmm.drives) {
            this.inc({ vm_id: vmm.vm_id, drive_id: drive.drive_id }, drive[field]);
          }
        }
      },
    });
  }
  for (const [field, help] of NIC_COUNTERS) {
    new Counter({
      name: `hearth_vm_nic_${field}_total`,
      help,
      labelNames: ['vm_id', 'iface_id'] as const,
      registers,
      collect() {
        const { devices } = snapshot();
        this.reset();
        for (const vmm of devices) {
          for (const nic of vmm.nics)
            this.inc({ vm_id: vmm.vm_id, iface_id: nic.iface_id }, nic[field]);
        }
      },
    });
  }
}

async function takeSnapshot(ctx: ServiceContext): Promise<Snapshot> {
  const [hosts, vms] = await Promise.all([
    listHosts(ctx.db, ctx.config.hostStaleSeconds),
    ctx.db
      .selectFrom('vm')
      .innerJoin('host', 'host.id', 'vm.host_id')
      .select(['vm.id', 'vm.name', 'vm.state', 'host.name as host'])
      .execute(),
  ]);
  const now = Date.now();
  const known = new Set(vms.map((vm) => vm.id));
  const healthy = hosts.filter((host) => host.healthy);
  const answers = await Promise.all(
    healthy.map(async (host) => {
      try {
        const { vmms } = await withTimeout(ctx.agents.forHost(host).vmmMetrics());
        return { host: host.name, ok: true, vmms };
      } catch {
        return { host: host.name, ok: false, vmms: [] };
      }
    }),
  );
  return {
    vms: vms.map((vm) => ({ ...vm, state: String(vm.state) })),
    hosts: hosts.map((host) => ({
      name: host.name,
      healthy: host.healthy,
      lastSeenAgeS:
        host.last_seen_at === null
          ? null
          : Math.max(0, (now - Date.parse(host.last_seen_at)) / 1000),
    })),
    scraped: answers.map(({ host, ok }) => ({ host, ok })),
    // a VMM with no row (an orphan the reconciler will stop) gets no series: its id means nothing
    devices: answers.flatMap((answer) => answer.vmms).filter((vmm) => known.has(vmm.vm_id)),
  };
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('agent scrape timed out')), AGENT_SCRAPE_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
