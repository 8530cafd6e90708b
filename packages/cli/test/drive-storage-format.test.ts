// The CLI's words and cells for drives and host storage, without a server: guest devices,
// allocated against size, pending fields, a live apply before → after, the storage summary
// and a GC report; and the restart policy of `vm set`.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Drive, StorageFile, StorageGcResult } from '@hearth/api';
import { whenGuestSeesSize } from '../src/commands/drive-resize.ts';
import { parseRestartPolicy } from '../src/commands/vm-set.ts';
import { palette } from '../src/output/colour.ts';
import {
  applySentence,
  attachmentText,
  deviceCell,
  driveTable,
  shortBytes,
  usageCell,
} from '../src/output/drives.ts';
import { gcReport, storageSummaryEntries, totalsLine, underRoot } from '../src/output/storage.ts';
import { UsageError } from '../src/units.ts';

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;
const plain = palette(false);

const drive = (over: Partial<Drive> = {}): Drive => ({
  id: '00000000-0000-4000-8000-000000000001',
  vm_id: '00000000-0000-4000-8000-000000000002',
  drive_id: 'data',
  path_on_host: '/var/lib/hearth/vms/x/storage/disk-1.img',
  size_bytes: 20 * GiB,
  source: 'provisioned',
  is_root_device: false,
  is_read_only: false,
  cache_type: 'Unsafe',
  io_engine: 'Sync',
  rate_limiter: null,
  attachment: 'attached',
  allocated_bytes: 12 * MiB,
  live_size_bytes: 20 * GiB,
  guest_device: '/dev/vdb',
  live_guest_device: '/dev/vdb',
  pending_fields: [],
  live_apply: false,
  created_at: null,
  updated_at: null,
  ...over,
});

describe('drive cells', () => {
  test('sizes for narrow columns', () => {
    assert.equal(shortBytes(0), '0');
    assert.equal(shortBytes(1000), '1000B');
    assert.equal(shortBytes(4096), '4K');
    assert.equal(shortBytes(12 * MiB), '12M');
    assert.equal(shortBytes(1.5 * GiB), '1.5G');
    assert.equal(shortBytes(10 * GiB), '10G');
  });

  test('the guest device at the next start, and the one it has now when they differ', () => {
    assert.equal(deviceCell(drive()), 'vdb');
    assert.equal(deviceCell(drive({ guest_device: '/dev/vdc' })), 'vdc (now vdb)');
    assert.equal(deviceCell(drive({ live_guest_device: null })), 'vdb');
    assert.equal(deviceCell(drive({ guest_device: null })), '- (now vdb)');
  });

  test('allocated/size, and the size the running VMM still has', () => {
    assert.equal(usageCell(drive()), '12M/20G');
    assert.equal(usageCell(drive({ live_size_bytes: 10 * GiB })), '12M/20G (now 10G)');
    assert.equal(usageCell(drive({ allocated_bytes: null, live_size_bytes: null })), '-/20G');
    assert.equal(usageCell(drive({ allocated_bytes: null, size_bytes: null })), '-');
  });

  test('pending_change names its fields', () => {
    assert.equal(attachmentText(drive()), 'attached');
    assert.equal(attachmentText(drive({ attachment: null })), '-');
    assert.equal(
      attachmentText(
        drive({ attachment: 'pending_change', pending_fields: ['size_bytes', 'rate_limiter'] }),
      ),
      'pending_change (size_bytes, rate_limiter)',
    );
  });

  test('the table: one row per drive, every column', () => {
    const text = driveTable(
      [
        drive({
          drive_id: 'rootfs',
          is_root_device: true,
          guest_device: '/dev/vda',
          live_guest_device: '/dev/vda',
        }),
        drive({
          attachment: 'pending_change',
          pending_fields: ['size_bytes'],
          live_size_bytes: 10 * GiB,
          guest_device: '/dev/vdc',
        }),
      ],
      plain,
    );
    const [header, root, data] = text.split('\n');
    assert.match(
      header ?? '',
      /^DRIVE +DEVICE +SOURCE +ALLOC\/SIZE +MODE +CACHE +IO +RATE LIMIT +ATTACHMENT +PATH$/,
    );
    assert.match(
      root ?? '',
      /^rootfs +vda +provisioned +12M\/20G +rw +Unsafe +Sync +- +attached +\//,
    );
    assert.match(
      data ?? '',
      /^data +vdc \(now vdb\) +provisioned +12M\/20G \(now 10G\) +rw .* pending_change \(size_bytes\) +\//,
    );
    assert.ok((data ?? '').indexOf('/var') <= 120, `the columns before PATH fit in 120: ${data}`);
  });
});

describe('resize and apply sentences', () => {
  const grown = drive({
    attachment: 'pending_change',
    pending_fields: ['size_bytes'],
    live_size_bytes: 10 * GiB,
    live_apply: true,
  });

  test('a live apply, before → after', () => {
    assert.equal(
      applySentence(grown, drive()),
      'data: pending_change (size_bytes) → attached; the guest now has 20 GiB on /dev/vdb',
    );
    assert.equal(
      applySentence(drive(), drive()),
      'data: attached, nothing to apply; the guest has 20 GiB on /dev/vdb',
    );
  });

  test('after a grow: apply now or restart, or the next start', () => {
    assert.equal(
      whenGuestSeesSize('web1', grown),
      'web1 is running and its guest still has 10 GiB on /dev/vdb: run `hearth drive apply web1 data` to give it to the guest now, or restart web1.',
    );
    assert.equal(
      whenGuestSeesSize(
        'web1',
        drive({ ...grown, live_apply: false, pending_fields: ['size_bytes', 'is_read_only'] }),
      ),
      'web1 is running and its guest still has 10 GiB on /dev/vdb: other pending changes (is_read_only) need a restart, so it applies at the next start (`hearth vm restart web1`).',
    );
    assert.equal(
      whenGuestSeesSize('web1', drive({ attachment: null })),
      "The guest sees it at web1's next start.",
    );
    assert.equal(
      whenGuestSeesSize('web1', drive({ attachment: 'pending_attach' })),
      "It is pending_attach: the guest sees it at web1's next start.",
    );
  });
});

describe('host storage', () => {
  const summary = {
    capacity_bytes: 100 * GiB,
    free_bytes: 62 * GiB,
    provisioned_bytes: 30 * GiB,
    allocated_bytes: 1.5 * GiB,
    overcommit: 4,
    limit_bytes: 400 * GiB,
  };

  test('capacity, provisioned against the limit, allocated', () => {
    assert.deepEqual(storageSummaryEntries(summary), [
      ['Capacity', '100 GiB, 62 GiB free'],
      ['Provisioned', '30 GiB / 400 GiB limit (overcommit ×4)'],
      ['Allocated', '1.5 GiB'],
    ]);
    const unknown = storageSummaryEntries({
      ...summary,
      capacity_bytes: null,
      free_bytes: null,
      limit_bytes: null,
      overcommit: 1.5,
    });
    assert.equal(unknown[0]?.[1], 'unknown (the agent has not reported it)');
    assert.equal(
      unknown[1]?.[1],
      '30 GiB (no limit while the capacity is unknown; overcommit ×1.5)',
    );
  });

  const orphan: StorageFile = {
    path: '/srv/vms/abc/storage/disk-9.img',
    vm_id: 'abcdef01-0000-4000-8000-000000000000',
    vm_name: null,
    drive_id: null,
    status: 'orphan',
    size_bytes: 10 * GiB,
    allocated_bytes: 4 * MiB,
    modified_at: '2026-01-01T00:00:00Z',
    collectable: true,
  };

  test('totals per status; paths under the root', () => {
    const t = (files: number, size: number, allocated: number) => ({
      files,
      size_bytes: size,
      allocated_bytes: allocated,
    });
    assert.equal(
      totalsLine({
        totals: {
          in_use: t(3, 30 * GiB, GiB),
          orphan: t(1, 10 * GiB, 4 * MiB),
          missing: t(0, 0, 0),
        },
        files: [orphan],
      }),
      '3 in use (30 GiB, 1 GiB allocated), 1 orphan (10 GiB, 4 MiB allocated; 1 collectable), 0 missing',
    );
    assert.equal(underRoot('/srv/vms', '/srv/vms/abc/x.img'), 'abc/x.img');
    assert.equal(underRoot('/srv/vms/', '/srv/vms/abc/x.img'), 'abc/x.img');
    assert.equal(underRoot('/srv/vms', '/elsewhere/x.img'), '/elsewhere/x.img');
  });

  test('a GC report: removed (or would be), directories, kept with reasons, bytes freed', () => {
    const result: StorageGcResult = {
      dry_run: true,
      removed: [orphan],
      removed_dirs: ['/srv/vms/dead'],
      freed_bytes: 4 * MiB,
      kept: [{ path: '/srv/vms/abc/storage/new.img', reason: 'modified less than 5 minutes ago' }],
    };
    const dry = gcReport(result);
    assert.match(dry, /^Would remove 1 orphan file:\nVM +SIZE +ALLOCATED +PATH\n/);
    assert.match(dry, /^abcdef01 \(gone\) +10 GiB +4 MiB +\/srv\/vms\/abc\/storage\/disk-9\.img$/m);
    assert.match(
      dry,
      /^Would remove 1 directory of VMs that no longer exist:\n {2}\/srv\/vms\/dead$/m,
    );
    assert.match(
      dry,
      /^Kept 1 orphan:\n {2}\/srv\/vms\/abc\/storage\/new\.img\n {6}modified less than 5 minutes ago$/m,
    );
    assert.match(dry, /\nWould free 4 MiB on disk\.\n$/);
    const done = gcReport({ ...result, dry_run: false, kept: [], removed_dirs: [] });
    assert.match(done, /^Removed 1 orphan file:\n/);
    assert.match(done, /\nFreed 4 MiB on disk\.\n$/);
    assert.equal(
      gcReport({ ...result, removed: [], removed_dirs: [], kept: [] }),
      'Nothing to remove: no orphan is collectable.\n',
    );
  });
});

describe('vm set', () => {
  test('restart policies', () => {
    assert.deepEqual(parseRestartPolicy('no'), { name: 'no' });
    assert.deepEqual(parseRestartPolicy('on-failure'), { name: 'on-failure' });
    assert.deepEqual(parseRestartPolicy('on-failure:5'), { name: 'on-failure', max_retries: 5 });
    for (const bad of ['always', 'no:3', 'on-failure:', 'on-failure:x']) {
      assert.throws(() => parseRestartPolicy(bad), UsageError, bad);
    }
  });
});
