// What the all-in-one prints for the person at the terminal: plain, multi-line text (the
// structured log lines carry the same facts for machines).
import type { HostInfo } from '@hearth/agent/contract';
import type { Image } from '@hearth/api';

const RULE = '!'.repeat(78);

/** Why the simulator runs: every missing piece, and /dev/kvm's state when it is not one. */
export function simulatorWarning(
  vmm: Pick<HostInfo['vmm'], 'reasons'>,
  kvm: HostInfo['kvm'],
): string {
  return [
    '',
    RULE,
    '!!  SIMULATOR MODE: no real Firecracker microVM will run on this host.',
    "!!  VMs are served by Hearth's Firecracker simulator (same API, no guest).",
    ...vmm.reasons.map((r) => `!!  - ${r}`),
    ...(kvm.usable ? ['!!  - /dev/kvm is usable: only the firecracker binary is missing'] : []),
    '!!  For real VMs: install firecracker (or set HEARTH_FIRECRACKER_BIN) on a host',
    '!!  with a usable /dev/kvm; see docs/operations.md.',
    RULE,
    '',
  ].join('\n');
}

export function limitationsNotice(limitations: string[]): string {
  if (limitations.length === 0) return '';
  return ['', 'Limited in this setup:', ...limitations.map((l) => `  - ${l}`), ''].join('\n');
}

export interface BannerFacts {
  url: string;
  apiToken: string | null;
  demoImages: { kernel: Image; rootfs: Image } | null;
  /** the embedded database's directory, or where PostgreSQL is */
  database: string;
  /** the local agent's storage root: VM disks, logs and sockets (null without a local agent) */
  storageRoot: string | null;
}

export function startupBanner({
  url,
  apiToken,
  demoImages,
  database,
  storageRoot,
}: BannerFacts): string {
  const auth = apiToken ? ' -H "authorization: Bearer $HEARTH_API_TOKEN"' : '';
  const lines = [
    '',
    `Hearth manager: ${url}   (API docs: ${url}/docs, OpenAPI: ${url}/openapi.json)`,
    '',
    `Open the web UI: ${url}/${apiToken ? '   (it asks for the API token)' : ''}`,
    '',
    `Database: ${database}`,
    ...(storageRoot
      ? [`VM disks: ${storageRoot}/<vm-id>/storage   (logs and sockets next to them)`]
      : []),
    '',
    'Or try:',
    `  curl -s${auth} ${url}/v1/hosts`,
    `  curl -s${auth} ${url}/v1/images`,
  ];
  if (demoImages) {
    const body = JSON.stringify({
      name: 'demo-1',
      vcpu: 1,
      mem_mib: 128,
      kernel_image_id: demoImages.kernel.id,
      rootfs_image_id: demoImages.rootfs.id,
    });
    lines.push(
      `  curl -s${auth} -X POST ${url}/v1/vms -H 'content-type: application/json' \\`,
      `    -d '${body}'`,
    );
  }
  lines.push('');
  return lines.join('\n');
}
