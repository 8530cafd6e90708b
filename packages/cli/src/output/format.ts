// How the CLI shows the API's objects to people: one table per list, key/value blocks for
// one object. -o json / yaml bypass all of this and print the API's objects unchanged.
import type { Host, Image, Nic, Vm, VmDetail, VmEvent, VmListItem } from '@hearth/api';
import { formatBytes, formatRateLimit } from '../units.ts';
import type { Palette } from './colour.ts';
import { driveTable } from './drives.ts';
import { fields, table } from './table.ts';
import { relativeTime } from './time.ts';

export function vmTable(vms: VmListItem[], hostNames: Map<string, string>, c: Palette): string {
  return table(
    ['NAME', 'STATE', 'VCPU', 'MEM', 'DRIVES', 'NICS', 'HOST', 'STARTED', 'ID'],
    vms.map((vm) => [
      vm.name,
      c.state(vm.state),
      String(vm.vcpu),
      formatBytes(vm.mem_mib * 1024 * 1024),
      String(vm.drive_count),
      String(vm.nic_count),
      hostNames.get(vm.host_id) ?? vm.host_id,
      vm.state === 'running' ? relativeTime(vm.started_at) : '-',
      vm.id,
    ]),
  );
}

export function vmDetail(vm: VmDetail, images: Map<string, string>, c: Palette): string {
  const entries: [string, string][] = [
    ['Name', vm.name],
    ['ID', vm.id],
    [
      'State',
      `${c.state(vm.state)}${vm.desired_state !== (vm.state === 'running' ? 'running' : vm.desired_state) ? ` (asked: ${vm.desired_state})` : ''}`,
    ],
    ['Host', `${vm.host.name} (${vm.host.id})`],
    ['vCPUs', String(vm.vcpu)],
    ['Memory', formatBytes(vm.mem_mib * 1024 * 1024)],
    ['Kernel', images.get(vm.kernel_image_id) ?? vm.kernel_image_id],
    ['Rootfs', images.get(vm.rootfs_image_id) ?? vm.rootfs_image_id],
    ['Boot args', vm.boot_args],
    [
      'Restart policy',
      vm.restart_policy.name === 'on-failure'
        ? `on-failure (max ${vm.restart_policy.max_retries}, ${vm.restart_count} so far)`
        : 'no',
    ],
    [
      'Storage',
      `${formatBytes(vm.storage.provisioned_bytes)} provisioned, ${formatBytes(vm.storage.allocated_bytes)} allocated on the host`,
    ],
    ['MMDS', vm.mmds ? 'on' : 'off'],
    ['Started', vm.started_at ? `${relativeTime(vm.started_at)} (${vm.started_at})` : '-'],
    ['Created', `${relativeTime(vm.created_at)} (${vm.created_at})`],
  ];
  if (vm.last_error) {
    const e = vm.last_error;
    const where = [
      e.step && `step ${e.step}`,
      e.drive_id && `drive ${e.drive_id}`,
      e.firecracker_fault && `Firecracker: ${e.firecracker_fault}`,
    ]
      .filter(Boolean)
      .join(', ');
    entries.push(['Last error', c.red(`${e.message} [${e.code}]${where ? ` (${where})` : ''}`)]);
  }
  const parts = [fields(entries)];
  parts.push(`\nDrives:\n${vm.drives.length ? driveTable(vm.drives, c) : '  none\n'}`);
  parts.push(`\nNICs:\n${vm.nics.length ? nicTable(vm.nics, c) : '  none\n'}`);
  return parts.join('');
}

export function nicTable(nics: Nic[], c: Palette): string {
  return table(
    ['IFACE', 'TAP', 'MAC', 'RX LIMIT', 'TX LIMIT', 'ATTACHMENT'],
    nics.map((n) => [
      n.iface_id,
      n.host_dev_name,
      n.guest_mac ?? '-',
      formatRateLimit(n.rx_rate_limiter),
      formatRateLimit(n.tx_rate_limiter),
      n.attachment ? c.state(n.attachment) : '-',
    ]),
  );
}

export function hostTable(hosts: Host[], c: Palette): string {
  return table(
    ['NAME', 'HEALTH', 'VMS', 'CPUS', 'MEMORY', 'VMM', 'LAST SEEN', 'ID'],
    hosts.map((h) => {
      const caps = (h.capabilities ?? {}) as Record<string, unknown>;
      return [
        h.name,
        c.state(h.healthy ? 'healthy' : 'unhealthy'),
        String(h.vm_count),
        typeof caps.cpus === 'number' ? String(caps.cpus) : '-',
        typeof caps.memory_bytes === 'number' ? formatBytes(caps.memory_bytes) : '-',
        vmmMode(caps.vmm),
        relativeTime(h.last_seen_at),
        h.id,
      ];
    }),
  );
}

export function imageTable(images: Image[], hostNames: Map<string, string>): string {
  return table(
    ['NAME', 'KIND', 'SIZE', 'HOST', 'PATH', 'ID'],
    images.map((i) => [
      i.name,
      i.kind,
      formatBytes(i.size_bytes),
      hostNames.get(i.host_id) ?? i.host_id,
      i.path,
      i.id,
    ]),
  );
}

const vmmMode = (vmm: unknown): string => {
  const mode = (vmm as { mode?: unknown } | undefined)?.mode;
  return typeof mode === 'string' ? mode : '-';
};

export function eventTable(events: VmEvent[], c: Palette): string {
  const level = (l: string) => (l === 'error' ? c.red(l) : l === 'warn' ? c.yellow(l) : l);
  return table(
    ['TIME', 'LEVEL', 'MESSAGE'],
    events.map((e) => [e.at, level(e.level), e.message]),
  );
}

/** "web1 is running." */
export const stateSentence = (vm: Vm, c: Palette) => `${vm.name} is ${c.state(vm.state)}.\n`;
