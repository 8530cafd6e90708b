// A host's storage as it really is: every file of its VM directories matched with the drive
// rows (in_use, orphan, missing), the figures that bound thin provisioning, and the garbage
// collection of orphans. The agent lists and deletes; the database says what is referenced.
import type { StorageInventory } from '@hearth/agent/contract';
import type { HostStorage, StorageFile, StorageGcResult } from '@hearth/api';
import type { AgentClient } from '../agents/agent-client.ts';
import { agentCall } from '../agents/agent-errors.ts';
import type { ServiceContext } from '../context.ts';
import type { WarnLogger } from '../devices/attachment.ts';
import { recordEvent } from '../events/event-log.ts';
import { recordHostEvent } from '../hosts/host-events.ts';
import { findHost, type HostRecord } from '../hosts/hosts.repository.ts';
import { notFound } from '../http/errors.ts';
import {
  type AllocatedMeasure,
  type HostDriveRow,
  hostDriveRows,
  hostStorageTotals,
  hostVmNames,
  recordAllocated,
} from './storage.repository.ts';
import { storageSummary } from './storage-limit.ts';

/**
 * An orphan younger than this is not collected: a drive add provisions its file before its
 * row commits, and a VM creation copies its rootfs before its VM row exists.
 */
export const GC_GRACE_MS = 5 * 60_000;

/** How often the reconciler re-measures a host's drive files at most (refreshAllocated). */
export const USAGE_REFRESH_MS = 60_000;

interface Referenced {
  byPath: Map<string, HostDriveRow>;
}

function referencedPaths(
  rows: readonly HostDriveRow[],
  realPaths: Map<string, string>,
): Referenced {
  const byPath = new Map<string, HostDriveRow>();
  for (const row of rows) {
    byPath.set(row.path_on_host, row);
    const real = realPaths.get(row.id);
    if (real) byPath.set(real, row);
  }
  return { byPath };
}

export class StorageService {
  private readonly lastUsageRefresh = new Map<string, number>();

  constructor(
    private readonly ctx: ServiceContext,
    private readonly log: WarnLogger = console,
  ) {}

  async inventory(hostId: string): Promise<HostStorage> {
    const host = await this.hostOr404(hostId);
    const agent = this.ctx.agents.forHost(host);
    const [inventory, rows, vmNames] = await Promise.all([
      agentCall('list the storage of the host', () => agent.inventory()),
      hostDriveRows(this.ctx.db, host.id),
      hostVmNames(this.ctx.db, host.id),
    ]);
    return this.match(host, agent, inventory, rows, vmNames);
  }

  async collect(hostId: string, options: { dryRun: boolean }): Promise<StorageGcResult> {
    const host = await this.hostOr404(hostId);
    const agent = this.ctx.agents.forHost(host);
    const report = await this.inventory(hostId);
    const orphans = report.files.filter((f) => f.status === 'orphan');
    const kept = orphans
      .filter((f) => !f.collectable)
      .map((f) => ({ path: f.path, reason: this.keptReason(f) }));
    let candidates = orphans.filter((f) => f.collectable);
    if (!options.dryRun) {
      // a drive may have been added naming one of them since the inventory: read again
      const now = await hostDriveRows(this.ctx.db, host.id);
      const named = new Set(now.map((r) => r.path_on_host));
      for (const f of candidates.filter((c) => named.has(c.path))) {
        kept.push({ path: f.path, reason: 'a drive row names it now' });
      }
      candidates = candidates.filter((f) => !named.has(f.path));
    }
    const byVm = groupBy(candidates, (f) => f.vm_id);
    const filesOfVm = groupBy(report.files, (f) => f.vm_id);
    const removed: StorageFile[] = [];
    const removedDirs: string[] = [];
    for (const [vmId, files] of byVm) {
      // a directory of a VM that no longer exists goes whole once every file in it is collectable
      const wholeDir =
        files[0]?.vm_name === null && (filesOfVm.get(vmId) ?? []).every((f) => f.collectable);
      try {
        if (wholeDir) {
          if (!options.dryRun) await agent.deleteVmStorage(vmId);
          removedDirs.push(dirOf(report.storage_root, vmId));
        } else if (!options.dryRun) {
          for (const f of files) await agent.deleteFile(vmId, f.path);
        }
        removed.push(...files);
      } catch (err) {
        for (const f of files) {
          kept.push({ path: f.path, reason: `the host refused: ${(err as Error).message}` });
        }
      }
    }
    const freed = removed.reduce((sum, f) => sum + (f.allocated_bytes ?? 0), 0);
    if (!options.dryRun && (removed.length > 0 || removedDirs.length > 0)) {
      await this.recordCollection(host, removed, removedDirs, freed);
    }
    return {
      dry_run: options.dryRun,
      removed,
      removed_dirs: removedDirs,
      freed_bytes: freed,
      kept,
    };
  }

  /**
   * Re-measures the files of a host's drives (one agent call) and records what changed; at
   * most every USAGE_REFRESH_MS per host. The reconciler calls it on its visits.
   */
  async refreshAllocated(host: Pick<HostRecord, 'id'>, agent: AgentClient): Promise<void> {
    const last = this.lastUsageRefresh.get(host.id) ?? 0;
    if (Date.now() - last < USAGE_REFRESH_MS) return;
    this.lastUsageRefresh.set(host.id, Date.now());
    const rows = await hostDriveRows(this.ctx.db, host.id);
    if (rows.length === 0) return;
    const usage = await agent.usage(rows.map((r) => r.path_on_host));
    const measures: AllocatedMeasure[] = [];
    usage.items.forEach((item, index) => {
      const row = rows[index];
      if (row && item.exists && item.allocated_bytes !== null) {
        measures.push({ drive_row_id: row.id, allocated_bytes: item.allocated_bytes });
      }
    });
    await recordAllocated(this.ctx.db, measures);
  }

  private async hostOr404(hostId: string): Promise<HostRecord> {
    const host = await findHost(this.ctx.db, hostId, this.ctx.config.hostStaleSeconds);
    if (!host) throw notFound('HOST_NOT_FOUND', 'Host', hostId);
    return host;
  }

  /** Files against rows; records the allocations measured on the way. */
  private async match(
    host: HostRecord,
    agent: AgentClient,
    inventory: StorageInventory,
    rows: readonly HostDriveRow[],
    vmNames: Map<string, string>,
  ): Promise<HostStorage> {
    // a host-path drive may name a storage-root file through a symlink: its real path counts
    const hostPathRows = rows.filter((r) => r.source === 'host_path');
    const stats = await Promise.all(
      hostPathRows.map((r) => agent.stat(r.path_on_host).catch(() => null)),
    );
    const realPaths = new Map<string, string>();
    hostPathRows.forEach((r, i) => {
      const real = stats[i]?.real_path;
      if (real) realPaths.set(r.id, real);
    });
    const { byPath } = referencedPaths(rows, realPaths);
    const now = Date.now();
    const files: StorageFile[] = [];
    const measures: AllocatedMeasure[] = [];
    const seenRows = new Set<string>();
    for (const dir of inventory.vm_dirs) {
      for (const file of dir.files) {
        const row = byPath.get(file.path);
        if (row) {
          seenRows.add(row.id);
          measures.push({ drive_row_id: row.id, allocated_bytes: file.allocated_bytes });
        }
        const age = now - Date.parse(file.modified_at);
        files.push({
          path: file.path,
          vm_id: dir.vm_id,
          vm_name: vmNames.get(dir.vm_id) ?? null,
          drive_id: row?.drive_id ?? null,
          status: row ? 'in_use' : 'orphan',
          size_bytes: file.size_bytes,
          allocated_bytes: file.allocated_bytes,
          modified_at: file.modified_at,
          collectable: !row && file.is_file && !dir.vmm_running && age >= GC_GRACE_MS,
        });
      }
    }
    // rows whose file is not in a VM directory: gone, or elsewhere (a host path, an image)
    const unseen = rows.filter((r) => !seenRows.has(r.id));
    if (unseen.length > 0) {
      const usage = await agentCall('measure drive files', () =>
        agent.usage(unseen.map((r) => r.path_on_host)),
      );
      usage.items.forEach((item, i) => {
        const row = unseen[i];
        if (!row) return;
        if (item.exists) {
          if (item.allocated_bytes !== null) {
            measures.push({ drive_row_id: row.id, allocated_bytes: item.allocated_bytes });
          }
          return;
        }
        files.push({
          path: row.path_on_host,
          vm_id: row.vm_id,
          vm_name: row.vm_name,
          drive_id: row.drive_id,
          status: 'missing',
          size_bytes: null,
          allocated_bytes: null,
          modified_at: null,
          collectable: false,
        });
      });
    }
    await recordAllocated(this.ctx.db, measures);
    files.sort((a, b) => a.vm_id.localeCompare(b.vm_id) || a.path.localeCompare(b.path));
    const totals = await hostStorageTotals(this.ctx.db, [host.id]);
    const total = (status: StorageFile['status']) => {
      const of = files.filter((f) => f.status === status);
      return {
        files: of.length,
        size_bytes: of.reduce((sum, f) => sum + (f.size_bytes ?? 0), 0),
        allocated_bytes: of.reduce((sum, f) => sum + (f.allocated_bytes ?? 0), 0),
      };
    };
    return {
      host_id: host.id,
      storage_root: inventory.storage_root,
      measured_at: inventory.measured_at,
      summary: storageSummary(
        {
          ...host.capabilities,
          storage_capacity_bytes: inventory.capacity_bytes,
          storage_free_bytes: inventory.free_bytes,
        },
        totals.get(host.id),
        this.ctx.config.storageOvercommit,
      ),
      totals: { in_use: total('in_use'), orphan: total('orphan'), missing: total('missing') },
      files,
    };
  }

  private keptReason(file: StorageFile): string {
    const age = file.modified_at ? Date.now() - Date.parse(file.modified_at) : 0;
    if (age < GC_GRACE_MS) {
      return `modified less than ${GC_GRACE_MS / 60_000} minutes ago (a drive or VM may be being created)`;
    }
    if (file.size_bytes === null) return 'not a regular file';
    return `VM ${file.vm_name ?? file.vm_id} has a running VMM, which may still hold it (removed drives stay attached until the next start)`;
  }

  private async recordCollection(
    host: HostRecord,
    removed: readonly StorageFile[],
    removedDirs: readonly string[],
    freed: number,
  ): Promise<void> {
    await recordHostEvent(
      this.ctx.db,
      host.id,
      'info',
      `Storage GC removed ${removed.length} orphan file(s) and ${removedDirs.length} directory(ies) of deleted VMs, freeing ${freed} bytes.`,
      { files: removed.map((f) => f.path), dirs: removedDirs, freed_bytes: freed },
    );
    for (const [vmId, files] of groupBy(
      removed.filter((f) => f.vm_name !== null),
      (f) => f.vm_id,
    )) {
      await recordEvent(
        this.ctx.db,
        vmId,
        'info',
        `Storage GC deleted ${files.length} orphan file(s) no drive named: ${files.map((f) => f.path).join(', ')}.`,
        { files: files.map((f) => f.path) },
      ).catch((err: unknown) =>
        this.log.warn({ vm_id: vmId, err: (err as Error).message }, 'could not record a GC event'),
      );
    }
  }
}

/** Map.groupBy arrived in Node 21; Hearth runs on 20. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const dirOf = (root: string, vmId: string) => `${root.replace(/\/+$/, '')}/${vmId}`;
