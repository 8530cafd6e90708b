// Chooses the host for a new VM: one that holds both boot images (images of the same kind and
// name on several hosts are copies of one image), is healthy, and has room for the VM's
// memory and vCPUs next to what already runs there, and storage for the VM's drives within
// its limit (capacity × HEARTH_STORAGE_OVERCOMMIT, storage-limit.ts). Among those, the one with the most free
// memory wins, which spreads load without any state beyond the database.
import type { Image } from '@hearth/api';
import type { ServiceContext } from '../context.ts';
import type { HostRecord } from '../hosts/hosts.repository.ts';
import { AppError } from '../http/errors.ts';
import { storageSummary } from '../storage/storage-limit.ts';
import { placementCandidates } from './placement.repository.ts';

export interface Placement {
  host: HostRecord;
  kernel: Image;
  rootfs: Image;
}

interface Need {
  vcpu: number;
  mem_mib: number;
}

interface StorageNeed {
  /** the bytes the VM's drives will be provisioned with (rootfs copy and data drives) */
  bytes: number;
}

/** vCPUs are time-shared, so a host may run more of them than it has CPUs (× the factor). */
function freeRoom(
  host: HostRecord,
  reserved: Need,
  vcpuOvercommit: number,
): (Need & { cpus: number }) | null {
  const caps = host.capabilities as { cpus?: unknown; memory_bytes?: unknown };
  if (typeof caps.cpus !== 'number' || typeof caps.memory_bytes !== 'number') return null;
  return {
    cpus: caps.cpus,
    vcpu: Math.floor(caps.cpus * vcpuOvercommit) - reserved.vcpu,
    mem_mib: Math.floor(caps.memory_bytes / 1024 ** 2) - reserved.mem_mib,
  };
}

export async function placeVm(
  ctx: ServiceContext,
  kernel: Image,
  rootfs: Image,
  need: Need,
  storage: StorageNeed = { bytes: 0 },
): Promise<Placement> {
  const candidates = await placementCandidates(
    ctx.db,
    kernel.name,
    rootfs.name,
    ctx.config.hostStaleSeconds,
  );
  const reasons: string[] = [];
  // hosts that would take the VM but for the storage limit: all of them short means 507
  let fitButStorage = 0;
  let healthy = 0;
  let best: (Placement & { freeMem: number }) | null = null;
  for (const { host, kernel: k, rootfs: r, reserved, provisionedBytes } of candidates) {
    if (!host.healthy) {
      reasons.push(`${host.name}: no heartbeat for over ${ctx.config.hostStaleSeconds} s`);
      continue;
    }
    healthy++;
    const room = freeRoom(host, reserved, ctx.config.vcpuOvercommit);
    // hosts that did not report their size are trusted to have room
    const freeMem = room?.mem_mib ?? Number.MAX_SAFE_INTEGER;
    if (room && (room.mem_mib < need.mem_mib || room.vcpu < need.vcpu)) {
      const total = Math.floor(room.cpus * ctx.config.vcpuOvercommit);
      reasons.push(
        `${host.name}: ${room.mem_mib} MiB and ${room.vcpu} vCPUs free (${total - room.vcpu} of ${total} in use: ${room.cpus} CPUs × HEARTH_VCPU_OVERCOMMIT ${ctx.config.vcpuOvercommit})`,
      );
      continue;
    }
    const limit = storageSummary(
      host.capabilities,
      undefined,
      ctx.config.storageOvercommit,
    ).limit_bytes;
    if (limit !== null && provisionedBytes + storage.bytes > limit) {
      fitButStorage++;
      reasons.push(
        `${host.name}: ${Math.max(0, limit - provisionedBytes)} bytes of storage left to provision, ${storage.bytes} needed (HEARTH_STORAGE_OVERCOMMIT ${ctx.config.storageOvercommit})`,
      );
      continue;
    }
    if (!best || freeMem > best.freeMem) best = { host, kernel: k, rootfs: r, freeMem };
  }
  if (!best && healthy > 0 && fitButStorage === healthy) {
    throw new AppError(
      'INSUFFICIENT_STORAGE',
      `No host can provision ${storage.bytes} more bytes of drives for this VM within capacity × HEARTH_STORAGE_OVERCOMMIT (${ctx.config.storageOvercommit}); free storage or add drives to another host.`,
      { requested_bytes: storage.bytes, overcommit: ctx.config.storageOvercommit, reasons },
    );
  }
  if (!best) {
    throw new AppError(
      'NO_HOST_AVAILABLE',
      `No healthy host holds kernel "${kernel.name}" and rootfs "${rootfs.name}" with room for ` +
        `${need.vcpu} vCPU, ${need.mem_mib} MiB and ${storage.bytes} bytes of drives.`,
      { reasons },
    );
  }
  const { freeMem: _, ...placement } = best;
  return placement;
}
