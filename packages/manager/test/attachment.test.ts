// The attachment rules as pure functions: which spellings of a rate limiter Firecracker
// treats as the same, and how rows and live devices pair up.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { LiveVmConfig } from '@hearth/agent/contract';
import {
  canonicalRateLimiter,
  compareWithLive,
  sameRateLimiter,
} from '../src/devices/attachment.ts';
import { driveViews, guestDeviceName } from '../src/drives/drive-view.ts';
import type { DriveRecord } from '../src/drives/drives.repository.ts';
import { nicViews } from '../src/nics/nic-view.ts';
import type { NicRecord } from '../src/nics/nics.repository.ts';

const VM = '6f1c1c43-5a8e-4d55-9c55-8f3c8b3e2a10';
const AT = '2026-01-01T00:00:00.000Z';

function driveRow(drive_id: string, overrides: Partial<DriveRecord> = {}): DriveRecord {
  return {
    id: `00000000-0000-4000-8000-00000000000${drive_id.length}`,
    vm_id: VM,
    drive_id,
    path_on_host: `/srv/fc/vms/${VM}/storage/${drive_id}.img`,
    size_bytes: 4096,
    source: 'provisioned',
    is_root_device: false,
    is_read_only: false,
    cache_type: 'Unsafe',
    io_engine: 'Sync',
    rate_limiter: null,
    allocated_bytes: null,
    created_at: AT,
    updated_at: AT,
    ...overrides,
  };
}

/** A drive as Firecracker's GET /vm/config writes it: all nine keys. */
function liveDrive(row: DriveRecord) {
  return {
    drive_id: row.drive_id,
    partuuid: null as unknown as undefined,
    is_root_device: row.is_root_device,
    cache_type: row.cache_type,
    is_read_only: row.is_read_only,
    path_on_host: row.path_on_host,
    rate_limiter: null as unknown as undefined,
    io_engine: row.io_engine,
    socket: null as unknown as undefined,
  };
}

describe('rate limiter equivalence', () => {
  test('null, {}, absent and all-zero buckets are all "no limiter"', () => {
    const none = [
      null,
      undefined,
      {},
      { bandwidth: null, ops: null },
      { bandwidth: { size: 0, refill_time: 0 } },
      { ops: { size: 100, refill_time: 0 } },
      { bandwidth: { size: 0, refill_time: 100, one_time_burst: 5 } },
    ];
    for (const a of none) {
      assert.equal(canonicalRateLimiter(a), null, JSON.stringify(a));
      for (const b of none)
        assert.ok(sameRateLimiter(a, b), `${JSON.stringify(a)} ~ ${JSON.stringify(b)}`);
    }
  });

  test('one_time_burst null, 0 and absent are the same; other values differ', () => {
    const bucket = { size: 1000, refill_time: 100 };
    assert.ok(
      sameRateLimiter({ bandwidth: bucket }, { bandwidth: { ...bucket, one_time_burst: null } }),
    );
    assert.ok(
      sameRateLimiter({ bandwidth: bucket }, { bandwidth: { ...bucket, one_time_burst: 0 } }),
    );
    assert.ok(
      !sameRateLimiter({ bandwidth: bucket }, { bandwidth: { ...bucket, one_time_burst: 10 } }),
    );
    assert.ok(!sameRateLimiter({ bandwidth: bucket }, { ops: bucket }));
    assert.ok(!sameRateLimiter({ bandwidth: bucket }, { bandwidth: { ...bucket, size: 1001 } }));
    assert.ok(!sameRateLimiter({ bandwidth: bucket }, null));
    assert.ok(
      sameRateLimiter(
        { bandwidth: bucket, ops: { size: 0, refill_time: 0 } },
        { bandwidth: bucket },
      ),
    );
  });
});

describe('compareWithLive', () => {
  const key = (x: { k: string }) => x.k;
  const same = (a: { k: string; v: number }, b: { k: string; v: number }) => a.v === b.v;

  test('no live view: every row null, nothing detached', () => {
    const out = compareWithLive([{ k: 'a', v: 1 }], null, key, key, same);
    assert.deepEqual(out, { rows: [{ row: { k: 'a', v: 1 }, attachment: null }], detached: [] });
  });

  test('attached, pending_change, pending_attach, and live-only devices', () => {
    const rows = [
      { k: 'a', v: 1 },
      { k: 'b', v: 2 },
      { k: 'c', v: 3 },
    ];
    const live = [
      { k: 'x', v: 9 },
      { k: 'b', v: 20 },
      { k: 'a', v: 1 },
    ];
    const out = compareWithLive(rows, live, key, key, same);
    assert.deepEqual(
      out.rows.map((r) => [r.row.k, r.attachment]),
      [
        ['a', 'attached'],
        ['b', 'pending_change'],
        ['c', 'pending_attach'],
      ],
    );
    assert.deepEqual(out.detached, [{ k: 'x', v: 9 }]);
  });
});

describe('drive views', () => {
  const root = driveRow('rootfs', { is_root_device: true, source: 'image', size_bytes: null });
  const data = driveRow('data');

  test('every compared field makes a difference', () => {
    const changes: Array<Partial<DriveRecord>> = [
      { path_on_host: '/elsewhere.img' },
      { is_read_only: true },
      { cache_type: 'Writeback' },
      { io_engine: 'Async' },
      { rate_limiter: { ops: { size: 10, refill_time: 10 } } },
    ];
    for (const change of changes) {
      const live: LiveVmConfig = { drives: [liveDrive(root), liveDrive(data)] };
      const views = driveViews(VM, [root, { ...data, ...change }], live);
      assert.deepEqual(
        views.map((v) => v.attachment),
        ['attached', 'pending_change'],
        JSON.stringify(change),
      );
    }
  });

  test('a VMM-only drive becomes a pending_detach entry; no live view means null', () => {
    const live: LiveVmConfig = { drives: [liveDrive(root), liveDrive(data)] };
    const views = driveViews(VM, [root], live);
    assert.deepEqual(views[1], {
      id: null,
      vm_id: VM,
      drive_id: 'data',
      path_on_host: data.path_on_host,
      size_bytes: null,
      source: null,
      is_root_device: false,
      is_read_only: false,
      cache_type: 'Unsafe',
      io_engine: 'Sync',
      rate_limiter: null,
      attachment: 'pending_detach',
      allocated_bytes: null,
      live_size_bytes: null,
      guest_device: null,
      live_guest_device: '/dev/vdb',
      pending_fields: [],
      live_apply: false,
      created_at: null,
      updated_at: null,
    });
    assert.deepEqual(
      driveViews(VM, [root, data], null).map((v) => v.attachment),
      [null, null],
    );
  });
});

describe('drive views: guest devices, pending fields, live apply', () => {
  test('guest device names follow Linux: vda … vdz, vdaa …', () => {
    assert.deepEqual([0, 1, 25, 26, 27, 51, 52, 701, 702].map(guestDeviceName), [
      '/dev/vda',
      '/dev/vdb',
      '/dev/vdz',
      '/dev/vdaa',
      '/dev/vdab',
      '/dev/vdaz',
      '/dev/vdba',
      '/dev/vdzz',
      '/dev/vdaaa',
    ]);
  });

  test('the next start orders root first, then drive_id in code-unit order', () => {
    const rows = [
      driveRow('b'),
      driveRow('_x'),
      driveRow('B'),
      driveRow('root', { is_root_device: true }),
    ];
    assert.deepEqual(
      driveViews(VM, rows, null).map((v) => [v.drive_id, v.guest_device, v.live_guest_device]),
      [
        ['b', '/dev/vdd', null],
        ['_x', '/dev/vdc', null],
        ['B', '/dev/vdb', null],
        ['root', '/dev/vda', null],
      ],
    );
  });

  test('a size the VMM has differently is a live-appliable pending change; read-only is not', () => {
    const root = driveRow('rootfs', { is_root_device: true, source: 'image', size_bytes: null });
    const data = driveRow('data', { size_bytes: 8192 });
    const live = (over: Record<string, unknown>) => ({
      drives: [liveDrive(root), { ...liveDrive(data), size_bytes: 4096, ...over }],
    });
    const [, grown] = driveViews(VM, [root, data], live({}));
    assert.equal(grown?.attachment, 'pending_change');
    assert.deepEqual(grown?.pending_fields, ['size_bytes']);
    assert.equal(grown?.live_size_bytes, 4096);
    assert.equal(grown?.live_apply, true);
    const [, both] = driveViews(VM, [root, data], live({ is_read_only: true }));
    assert.deepEqual(both?.pending_fields, ['size_bytes', 'is_read_only']);
    assert.equal(both?.live_apply, false);
    // a file larger than the row (grown by hand, a grow whose row a crash lost) is not
    // pending: the next start attaches the same file, Hearth never shrinks it
    const [, larger] = driveViews(VM, [root, data], live({ size_bytes: 16384 }));
    assert.equal(larger?.attachment, 'attached');
    // a size the agent did not record is not compared: Hearth never guesses
    const [, unknown] = driveViews(VM, [root, data], live({ size_bytes: null }));
    assert.equal(unknown?.attachment, 'attached');
  });
});

describe('NIC views', () => {
  const nic: NicRecord = {
    id: '00000000-0000-4000-8000-000000000001',
    vm_id: VM,
    iface_id: 'eth0',
    host_dev_name: 'fc0123456789ab',
    guest_mac: '06:aa:bb:cc:dd:ee',
    rx_rate_limiter: null,
    tx_rate_limiter: { bandwidth: { size: 1000, refill_time: 100 } },
    created_at: AT,
    updated_at: AT,
  };
  const live = {
    iface_id: 'eth0',
    host_dev_name: 'fc0123456789ab',
    guest_mac: '06:AA:BB:CC:DD:EE',
    rx_rate_limiter: undefined,
    tx_rate_limiter: {
      bandwidth: { size: 1000, refill_time: 100, one_time_burst: null as unknown as number },
    },
  };

  test('equal apart from spelling is attached; a changed MAC, TAP or limiter is pending_change', () => {
    const config: LiveVmConfig = { 'network-interfaces': [live] };
    assert.equal(nicViews(VM, [nic], config)[0]?.attachment, 'attached');
    for (const change of [
      { guest_mac: '06:aa:bb:cc:dd:ef' },
      { host_dev_name: 'fc000000000000' },
      { rx_rate_limiter: { ops: { size: 1, refill_time: 1 } } },
      { tx_rate_limiter: null },
    ]) {
      assert.equal(nicViews(VM, [{ ...nic, ...change }], config)[0]?.attachment, 'pending_change');
    }
  });

  test('a VMM-only interface is pending_detach with its live values', () => {
    const views = nicViews(VM, [], { 'network-interfaces': [live] });
    assert.deepEqual(views, [
      {
        id: null,
        vm_id: VM,
        iface_id: 'eth0',
        host_dev_name: 'fc0123456789ab',
        guest_mac: '06:aa:bb:cc:dd:ee',
        rx_rate_limiter: null,
        tx_rate_limiter: {
          bandwidth: { size: 1000, refill_time: 100, one_time_burst: null },
          ops: null,
        },
        attachment: 'pending_detach',
        created_at: null,
        updated_at: null,
      },
    ]);
  });
});
