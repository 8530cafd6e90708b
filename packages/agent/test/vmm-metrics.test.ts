// The agent's sums of Firecracker's per-flush deltas, on real files: lines appended between
// reads, a line still being written, groups that are not devices, a file replaced by the next
// run of the VMM, and a reader that starts afresh (a restarted agent) giving the same totals.
import assert from 'node:assert/strict';
import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { VmmMetricsReader } from '../src/vmm/vmm-metrics.ts';

const flush = (rootfsRead: number, dataWrite: number, rx: number) =>
  `${JSON.stringify({
    utc_timestamp_ms: Date.now(),
    block: { read_bytes: 999_999, write_bytes: 999_999 }, // the aggregate: never counted
    block_rootfs: { read_bytes: rootfsRead, write_bytes: 0, read_count: 1, write_count: 0 },
    block_data: { read_bytes: 0, write_bytes: dataWrite, read_count: 0, write_count: 2 },
    net: { rx_bytes_count: 999_999 },
    net_eth0: { rx_bytes_count: rx, tx_bytes_count: 10, rx_packets_count: 1, tx_packets_count: 1 },
    vmm: { panic_count: 0 },
  })}\n`;

describe('VMM metrics totals', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hearth-vmm-metrics-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('sums the deltas of every flush, incrementally, as a fresh reader would', async () => {
    const file = join(dir, 'metrics.json');
    const reader = new VmmMetricsReader();
    assert.deepEqual(await reader.read(file), { drives: [], nics: [] }, 'no file yet');
    await writeFile(file, flush(4096, 0, 100));
    await appendFile(file, flush(512, 8192, 50));
    let totals = await reader.read(file);
    assert.deepEqual(
      totals.drives.find((d) => d.drive_id === 'rootfs'),
      {
        drive_id: 'rootfs',
        read_bytes: 4608,
        write_bytes: 0,
        read_ops: 2,
        write_ops: 0,
      },
    );
    assert.deepEqual(totals.nics, [
      { iface_id: 'eth0', rx_bytes: 150, tx_bytes: 20, rx_packets: 2, tx_packets: 2 },
    ]);

    // half a line: counted once it is complete, never twice
    const next = flush(0, 1000, 0);
    await appendFile(file, next.slice(0, 40));
    totals = await reader.read(file);
    assert.equal(totals.drives.find((d) => d.drive_id === 'data')?.write_bytes, 8192);
    await appendFile(file, next.slice(40));
    totals = await reader.read(file);
    assert.equal(totals.drives.find((d) => d.drive_id === 'data')?.write_bytes, 9192);
    assert.equal(totals.drives.find((d) => d.drive_id === 'data')?.write_ops, 6);

    assert.deepEqual(await new VmmMetricsReader().read(file), totals, 'a restarted agent');
  });

  test('a new file (the next run of the VMM) starts from zero', async () => {
    const file = join(dir, 'replaced.json');
    const reader = new VmmMetricsReader();
    await writeFile(file, flush(1000, 1000, 1000) + flush(1000, 1000, 1000));
    assert.equal((await reader.read(file)).nics[0]?.rx_bytes, 2000);
    await rm(file);
    await writeFile(file, flush(7, 7, 7));
    assert.equal((await reader.read(file)).nics[0]?.rx_bytes, 7);
  });

  test('torn or foreign lines count nothing', async () => {
    const file = join(dir, 'torn.json');
    await writeFile(
      file,
      `{"block_rootfs": {"read_bytes": 5}\nnot json\n[1,2]\n${flush(10, 0, 0)}`,
    );
    const totals = await new VmmMetricsReader().read(file);
    assert.equal(totals.drives.find((d) => d.drive_id === 'rootfs')?.read_bytes, 10);
  });
});
