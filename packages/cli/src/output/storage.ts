// A host's VM storage as an operator reads it: capacity, what the drives promise against the
// overcommit limit, what is really on disk, then every file with its status; and what a
// storage GC removed (or, in a dry run, would remove) and what it kept, with the reasons.
import type { HostStorage, HostStorageSummary, StorageFile, StorageGcResult } from '@hearth/api';
import { formatBytes } from '../units.ts';
import type { Palette } from './colour.ts';
import { fields, table } from './table.ts';
import { relativeTime } from './time.ts';

/** "1 file", "3 files", "2 directories" */
export const plural = (count: number, noun: string, nouns = `${noun}s`) =>
  `${count} ${count === 1 ? noun : nouns}`;

const size = (bytes: number | null) => (bytes === null ? '-' : formatBytes(bytes));

/** ×4, ×1.5 */
const times = (ratio: number) => `×${Number(ratio.toFixed(2))}`;

/** Capacity, Provisioned (against the limit) and Allocated, as key/value entries. */
export function storageSummaryEntries(s: HostStorageSummary): [string, string][] {
  const capacity =
    s.capacity_bytes === null
      ? 'unknown (the agent has not reported it)'
      : `${formatBytes(s.capacity_bytes)}${s.free_bytes === null ? '' : `, ${formatBytes(s.free_bytes)} free`}`;
  const limit =
    s.limit_bytes === null
      ? ` (no limit while the capacity is unknown; overcommit ${times(s.overcommit)})`
      : ` / ${formatBytes(s.limit_bytes)} limit (overcommit ${times(s.overcommit)})`;
  return [
    ['Capacity', capacity],
    ['Provisioned', `${formatBytes(s.provisioned_bytes)}${limit}`],
    ['Allocated', formatBytes(s.allocated_bytes)],
  ];
}

/** "3 in use (30 GiB, 1.2 GiB allocated), 1 orphan (...; 1 collectable), 0 missing" */
export function totalsLine(storage: Pick<HostStorage, 'totals' | 'files'>): string {
  const { in_use, orphan, missing } = storage.totals;
  const figures = (t: { size_bytes: number; allocated_bytes: number }) =>
    `${formatBytes(t.size_bytes)}, ${formatBytes(t.allocated_bytes)} allocated`;
  const collectable = storage.files.filter((f) => f.collectable).length;
  const parts = [
    `${in_use.files} in use${in_use.files ? ` (${figures(in_use)})` : ''}`,
    `${plural(orphan.files, 'orphan')}${orphan.files ? ` (${figures(orphan)}; ${collectable} collectable)` : ''}`,
    `${missing.files} missing`,
  ];
  return parts.join(', ');
}

/** A path under the storage root, without the root (the header names it). */
export function underRoot(root: string, path: string): string {
  const prefix = root.endsWith('/') ? root : `${root}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

const STATUS_COLOURS = { in_use: 'green', orphan: 'yellow', missing: 'red' } as const;

const vmCell = (f: StorageFile) => f.vm_name ?? `${f.vm_id.slice(0, 8)} (gone)`;

export function storageFileTable(storage: HostStorage, c: Palette): string {
  return table(
    ['STATUS', 'VM', 'DRIVE', 'SIZE', 'ALLOCATED', 'PATH'],
    storage.files.map((f) => [
      c[STATUS_COLOURS[f.status]](f.status),
      vmCell(f),
      f.drive_id ?? '-',
      size(f.size_bytes),
      size(f.allocated_bytes),
      underRoot(storage.storage_root, f.path),
    ]),
  );
}

/** `hearth host storage HOST`: the summary, the totals, then every file. */
export function hostStorageView(hostName: string, storage: HostStorage, c: Palette): string {
  const header = fields([
    ['Host', `${hostName} (${storage.host_id})`],
    ['Storage root', storage.storage_root],
    ...storageSummaryEntries(storage.summary),
    ['Files', totalsLine(storage)],
    ['Measured', relativeTime(storage.measured_at)],
  ]);
  if (storage.files.length === 0) return `${header}\nNo files under the storage root.\n`;
  return `${header}\nPaths are under ${storage.storage_root}/.\n${storageFileTable(storage, c)}`;
}

/**
 * `hearth host storage HOST --gc [--yes]`: what went (or would go), the directories of
 * deleted VMs, and the orphans kept with their reasons.
 */
export function gcReport(result: StorageGcResult): string {
  const dry = result.dry_run;
  const parts: string[] = [];
  if (result.removed.length) {
    const verb = dry ? 'Would remove' : 'Removed';
    parts.push(`${verb} ${plural(result.removed.length, 'orphan file')}:\n`);
    parts.push(
      table(
        ['VM', 'SIZE', 'ALLOCATED', 'PATH'],
        result.removed.map((f) => [vmCell(f), size(f.size_bytes), size(f.allocated_bytes), f.path]),
      ),
    );
  } else if (!result.removed_dirs.length) {
    parts.push(dry ? 'Nothing to remove: no orphan is collectable.\n' : 'Nothing was removed.\n');
  }
  if (result.removed_dirs.length) {
    const verb = dry ? 'Would remove' : 'Removed';
    const what = plural(result.removed_dirs.length, 'directory', 'directories');
    parts.push(`${parts.length ? '\n' : ''}${verb} ${what} of VMs that no longer exist:\n`);
    parts.push(result.removed_dirs.map((d) => `  ${d}\n`).join(''));
  }
  if (result.kept.length) {
    parts.push(`\nKept ${plural(result.kept.length, 'orphan')}:\n`);
    parts.push(result.kept.map((k) => `  ${k.path}\n      ${k.reason}\n`).join(''));
  }
  if (result.removed.length || result.removed_dirs.length) {
    const freed = formatBytes(result.freed_bytes);
    parts.push(`\n${dry ? `Would free ${freed}` : `Freed ${freed}`} on disk.\n`);
  }
  return parts.join('');
}
