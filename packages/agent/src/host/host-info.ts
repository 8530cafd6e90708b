// The host's capabilities as the manager sees them (GET /agent/v1/host): what placement and
// the operator need to know, measured now rather than configured.
import { readFile } from 'node:fs/promises';
import { availableParallelism, hostname, totalmem } from 'node:os';
import type { HostInfo } from '../contract/index.ts';
import type { NetworkManager } from '../network/network-manager.ts';
import type { DiskStore } from '../storage/disk-store.ts';
import type { FirecrackerBinary } from './firecracker-binary.ts';
import { probeKvm } from './kvm.ts';

export interface HostInfoSources {
  storageRoot: string;
  allowedRoots: readonly string[];
  /** resolved by resolveFirecrackerBinary; null when none was found */
  firecracker: FirecrackerBinary | null;
  /** the VMM this agent launches, decided once at start */
  vmm: HostInfo['vmm'];
  /** the demo boot images this agent wrote (simulator mode only), else null */
  demoImages: HostInfo['demo_images'];
  network: Pick<NetworkManager, 'listBridges'>;
  disks: Pick<DiskStore, 'fileSystem'>;
  /** /dev/kvm unless a test points elsewhere */
  kvmDevice?: string;
}

export async function collectHostInfo(sources: HostInfoSources): Promise<HostInfo> {
  const [storage, bridges, kvm, agentVersion] = await Promise.all([
    sources.disks.fileSystem(),
    sources.network.listBridges(),
    probeKvm(sources.kvmDevice),
    readAgentVersion(),
  ]);
  return {
    hostname: hostname(),
    cpus: availableParallelism(),
    memory_bytes: totalmem(),
    storage_root: sources.storageRoot,
    storage_free_bytes: storage.free_bytes,
    storage_capacity_bytes: storage.capacity_bytes,
    allowed_roots: [...sources.allowedRoots],
    bridges,
    firecracker: sources.firecracker,
    kvm,
    vmm: sources.vmm,
    demo_images: sources.demoImages,
    agent_version: agentVersion,
  };
}

let cachedVersion: Promise<string> | undefined;

function readAgentVersion(): Promise<string> {
  cachedVersion ??= readFile(new URL('../../package.json', import.meta.url), 'utf8').then(
    (text) => (JSON.parse(text) as { version: string }).version,
  );
  return cachedVersion;
}
