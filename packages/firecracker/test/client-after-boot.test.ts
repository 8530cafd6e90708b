// The client's runtime calls against a booted simulator: InstanceStart, then PATCH of drives
// and NICs, pause/resume, balloon statistics, actions; effects checked through GET /vm/config.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FirecrackerClient } from '@hearth/firecracker';
import { NEEDS_ROOT, rejection, WITH_TAP } from './support/client-fixtures.ts';
import {
  type FixtureImages,
  fixtureImages,
  type RunningSimulator,
  startSimulator,
} from './support/simulator.ts';

const NOT_AFTER_BOOT = 'The requested operation is not supported after starting the microVM.';

describe('FirecrackerClient after boot (simulator)', () => {
  let files: FixtureImages;
  let sim: RunningSimulator;
  let fc: FirecrackerClient;

  before(async () => {
    sim = await startSimulator({ netns: WITH_TAP });
    files = await fixtureImages(sim.dir);
    fc = new FirecrackerClient({ socketPath: sim.socketPath });
    await fc.putBootSource({ kernel_image_path: files.kernel, boot_args: 'reboot=k' });
    await fc.putDrive({ drive_id: 'rootfs', path_on_host: files.rootfs, is_root_device: true });
    await fc.putDrive({ drive_id: 'data1', path_on_host: files.data1, is_root_device: false });
    // a NIC only where its TAP can exist (root): the NIC test skips otherwise
    if (sim.tapName) await fc.putNetworkInterface({ iface_id: 'eth0', host_dev_name: sim.tapName });
    await fc.putBalloon({ amount_mib: 16, deflate_on_oom: true, stats_polling_interval_s: 1 });
    await fc.putMetrics({ metrics_path: join(sim.dir, 'fc.metrics') });
  });
  after(async () => {
    await fc?.close();
    await sim?.stop();
  });

  it('starts the instance once', async () => {
    await fc.instanceStart();
    assert.equal((await fc.describeInstance()).state, 'Running');
    assert.equal((await rejection(fc.instanceStart())).faultMessage, NOT_AFTER_BOOT);
    const err = await rejection(
      fc.putDrive({ drive_id: 'data2', path_on_host: files.data2, is_root_device: false }),
    );
    assert.equal(err.faultMessage, NOT_AFTER_BOOT);
  });

  it('swaps a drive backing file with PATCH', async () => {
    await fc.patchDrive({ drive_id: 'data1', path_on_host: files.data2 });
    const data1 = (await fc.getVmConfig()).drives?.find((d) => d.drive_id === 'data1');
    assert.equal(data1?.path_on_host, files.data2);
  });

  it('updates NIC rate limiters with PATCH', { skip: NEEDS_ROOT }, async () => {
    await fc.patchNetworkInterface({
      iface_id: 'eth0',
      rx_rate_limiter: { ops: { size: 100, refill_time: 1000 } },
    });
    const eth0 = (await fc.getVmConfig())['network-interfaces']?.[0];
    assert.deepEqual(eth0?.rx_rate_limiter, {
      bandwidth: null,
      ops: { size: 100, one_time_burst: null, refill_time: 1000 },
    });
  });

  it('pauses and resumes', async () => {
    await fc.pause();
    assert.equal((await fc.describeInstance()).state, 'Paused');
    await fc.resume();
    assert.equal((await fc.describeInstance()).state, 'Running');
  });

  it('reads balloon statistics and changes their polling interval', async () => {
    await fc.patchBalloonStats({ stats_polling_interval_s: 5 });
    const stats = await fc.getBalloonStats();
    assert.equal(stats.target_mib, 16);
    assert.equal(stats.target_pages, 4096);
  });

  it('flushes metrics: one more JSON line in the metrics file, counting the flush itself', async () => {
    const metricsFile = join(sim.dir, 'fc.metrics');
    const linesOf = async () => (await readFile(metricsFile, 'utf8')).split('\n').filter(Boolean);
    const before = await linesOf();
    await fc.flushMetrics();
    const after = await linesOf();
    assert.equal(after.length, before.length + 1);
    const last = JSON.parse(after.at(-1) ?? '{}');
    const previous = JSON.parse(before.at(-1) ?? '{"put_api_requests":{"actions_count":0}}');
    assert.equal(typeof last.utc_timestamp_ms, 'number');
    // the FlushMetrics action is itself a PUT /actions
    assert.ok(last.put_api_requests.actions_count > previous.put_api_requests.actions_count);
  });

  it('sends Ctrl+Alt+Del, after which the guest reboots and the VMM exits', async () => {
    const exited = once(sim.process, 'exit');
    await fc.sendCtrlAltDel();
    const [code] = await exited;
    assert.equal(code, 0);
  });
});
