// The client's pre-boot calls against the simulator process, each effect checked through
// what Firecracker reports back (GET /vm/config, GET /, GET /balloon, GET /mmds).
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Drive, FirecrackerClient, SIMULATED_FIRECRACKER_VERSION } from '@hearth/firecracker';
import { NEEDS_ROOT, rejection, WITH_TAP } from './support/client-fixtures.ts';
import {
  type FixtureImages,
  fixtureImages,
  type RunningSimulator,
  startSimulator,
} from './support/simulator.ts';

const NOT_BEFORE_BOOT = 'The requested operation is not supported before starting the microVM.';

describe('FirecrackerClient before boot (simulator)', () => {
  let files: FixtureImages;
  let sim: RunningSimulator;
  let fc: FirecrackerClient;

  before(async () => {
    // As root in a throwaway network namespace, so the TAP the NIC names exists there only.
    sim = await startSimulator({ id: 'client-test', netns: WITH_TAP });
    files = await fixtureImages(sim.dir);
    fc = new FirecrackerClient({ socketPath: sim.socketPath });
  });
  after(async () => {
    await fc?.close();
    await sim?.stop();
  });

  it('describes the instance and its version', async () => {
    assert.deepEqual(await fc.describeInstance(), {
      id: 'client-test',
      state: 'Not started',
      vmm_version: SIMULATED_FIRECRACKER_VERSION,
      app_name: 'Firecracker',
    });
    assert.deepEqual(await fc.getVersion(), { firecracker_version: SIMULATED_FIRECRACKER_VERSION });
  });

  it('replaces the machine config with PUT and merges with PATCH', async () => {
    assert.equal((await fc.getMachineConfig()).vcpu_count, 1);
    await fc.putMachineConfig({ vcpu_count: 2, mem_size_mib: 256, track_dirty_pages: true });
    await fc.patchMachineConfig({ mem_size_mib: 512 });
    assert.deepEqual((await fc.getVmConfig())['machine-config'], {
      vcpu_count: 2,
      mem_size_mib: 512,
      smt: false,
      track_dirty_pages: true,
      huge_pages: 'None',
    });
    await fc.putMachineConfig({ vcpu_count: 2, mem_size_mib: 512 });
    assert.equal((await fc.getMachineConfig()).track_dirty_pages, false);
  });

  it('sets the boot source', async () => {
    await fc.putBootSource({ kernel_image_path: files.kernel, boot_args: 'console=ttyS0' });
    assert.deepEqual((await fc.getVmConfig())['boot-source'], {
      kernel_image_path: files.kernel,
      initrd_path: null,
      boot_args: 'console=ttyS0',
    });
  });

  it('attaches drives with PUT, the root first, and replaces a drive re-PUT whole', async () => {
    await fc.putDrive({ drive_id: 'data1', path_on_host: files.data1, is_root_device: false });
    await fc.putDrive({ drive_id: 'rootfs', path_on_host: files.rootfs, is_root_device: true });
    await fc.putDrive({
      drive_id: 'data1',
      path_on_host: files.data2,
      is_root_device: false,
      is_read_only: true,
      cache_type: 'Writeback',
    });
    const drives = (await fc.getVmConfig()).drives ?? [];
    assert.deepEqual(
      drives.map((d: Drive) => [d.drive_id, d.path_on_host, d.is_read_only, d.cache_type]),
      [
        ['rootfs', files.rootfs, false, 'Unsafe'],
        ['data1', files.data2, true, 'Writeback'],
      ],
    );
  });

  it('URL-encodes drive ids so a hostile id is refused rather than routed elsewhere', async () => {
    const err = await rejection(
      fc.putDrive({
        drive_id: 'x/../../actions',
        path_on_host: files.data1,
        is_root_device: false,
      }),
    );
    assert.equal(err.path, '/drives/x%2F..%2F..%2Factions');
    assert.equal(
      err.faultMessage,
      'API Resource IDs can only contain alphanumeric characters and underscores.',
    );
    assert.equal((await fc.describeInstance()).state, 'Not started');
  });

  it('adds a network interface with PUT', { skip: NEEDS_ROOT }, async () => {
    await fc.putNetworkInterface({
      iface_id: 'eth0',
      host_dev_name: sim.tapName!,
      guest_mac: '06:00:AC:10:00:02',
    });
    const nics = (await fc.getVmConfig())['network-interfaces'] ?? [];
    assert.deepEqual(
      nics.map((n) => [n.iface_id, n.guest_mac]),
      [['eth0', '06:00:ac:10:00:02']],
    );
  });

  it('configures the logger and metrics, which create their files', async () => {
    const logPath = join(sim.dir, 'fc.log');
    const metricsPath = join(sim.dir, 'fc.metrics');
    await fc.putLogger({ log_path: logPath, level: 'Debug', show_level: true });
    await fc.putMetrics({ metrics_path: metricsPath });
    assert.ok(existsSync(logPath));
    assert.ok(existsSync(metricsPath));
    const err = await rejection(fc.putMetrics({ metrics_path: metricsPath }));
    assert.match(err.faultMessage, /Reinitialization of metrics not allowed/);
  });

  it('creates and reads the balloon; its runtime calls are refused before boot', async () => {
    await fc.putBalloon({ amount_mib: 16, deflate_on_oom: true, stats_polling_interval_s: 1 });
    assert.deepEqual(await fc.getBalloon(), {
      amount_mib: 16,
      deflate_on_oom: true,
      stats_polling_interval_s: 1,
      free_page_hinting: false,
      free_page_reporting: false,
    });
    assert.equal(
      (await rejection(fc.patchBalloon({ amount_mib: 8 }))).faultMessage,
      NOT_BEFORE_BOOT,
    );
    assert.equal((await rejection(fc.getBalloonStats())).faultMessage, NOT_BEFORE_BOOT);
    assert.equal(
      (await rejection(fc.patchBalloonStats({ stats_polling_interval_s: 2 }))).faultMessage,
      NOT_BEFORE_BOOT,
    );
  });

  it('adds the entropy and vsock devices', async () => {
    await fc.putEntropy({ rate_limiter: { bandwidth: { size: 1000, refill_time: 100 } } });
    const udsPath = join(sim.dir, 'v.sock');
    await fc.putVsock({ guest_cid: 3, uds_path: udsPath });
    const config = await fc.getVmConfig();
    assert.deepEqual(config.entropy, {
      rate_limiter: {
        bandwidth: { size: 1000, one_time_burst: null, refill_time: 100 },
        ops: null,
      },
    });
    assert.equal(config.vsock?.guest_cid, 3);
    assert.equal(config.vsock?.uds_path, udsPath);
  });

  // MMDS is configured on eth0, which exists only once the NIC test added it
  it('writes, merges and reads MMDS data, and configures MMDS', {
    skip: NEEDS_ROOT,
  }, async () => {
    await fc.putMmds({ latest: { 'meta-data': { 'instance-id': 'i-123' } } });
    await fc.patchMmds({ latest: { 'meta-data': { hostname: 'vm1' } } });
    assert.deepEqual(await fc.getMmds(), {
      latest: { 'meta-data': { hostname: 'vm1', 'instance-id': 'i-123' } },
    });
    await fc.putMmdsConfig({ version: 'V2', network_interfaces: ['eth0'] });
    const mmdsConfig = (await fc.getVmConfig())['mmds-config'];
    assert.equal(mmdsConfig?.version, 'V2');
    assert.deepEqual(mmdsConfig?.network_interfaces, ['eth0']);
  });

  it('refuses runtime-only requests before boot', async () => {
    for (const call of [
      () => fc.patchDrive({ drive_id: 'rootfs', path_on_host: files.data1 }),
      () => fc.patchNetworkInterface({ iface_id: 'eth0' }),
      () => fc.flushMetrics(),
      () => fc.sendCtrlAltDel(),
      () => fc.pause(),
      () => fc.resume(),
    ]) {
      assert.equal((await rejection(call())).faultMessage, NOT_BEFORE_BOOT);
    }
  });

  it('queues concurrent calls on its one connection and answers each', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `burst${i}`);
    await Promise.all(
      ids.map((drive_id) =>
        fc.putDrive({ drive_id, path_on_host: files.data1, is_root_device: false }),
      ),
    );
    const listed = ((await fc.getVmConfig()).drives ?? []).map((d) => d.drive_id);
    assert.deepEqual(
      listed.filter((id) => id.startsWith('burst')),
      ids,
    );
  });
});

describe('FirecrackerClient on the wire', () => {
  let dir: string;
  after(() => rm(dir, { recursive: true, force: true }));

  // The simulator cannot report how it was called, so a plain HTTP server records it.
  it('sends JSON with its content type, nothing on GET, over one kept-alive connection', async () => {
    dir = await mkdtemp(join(tmpdir(), 'hearth-client-wire-'));
    const socketPath = join(dir, 'api.sock');
    const seen: Array<{ method?: string; url?: string; type?: string; body: string }> = [];
    let connections = 0;
    const server = createServer(async (req: IncomingMessage, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      seen.push({ method: req.method, url: req.url, type: req.headers['content-type'], body });
      res.writeHead(204).end();
    });
    server.on('connection', () => connections++);
    server.listen(socketPath);
    await once(server, 'listening');
    const fc = new FirecrackerClient({ socketPath });
    try {
      await fc.pause();
      await fc.putMmds({ a: 1 });
      await fc.getMmds();
      assert.deepEqual(seen, [
        { method: 'PATCH', url: '/vm', type: 'application/json', body: '{"state":"Paused"}' },
        { method: 'PUT', url: '/mmds', type: 'application/json', body: '{"a":1}' },
        { method: 'GET', url: '/mmds', type: undefined, body: '' },
      ]);
      assert.equal(connections, 1);
    } finally {
      await fc.close();
      server.close();
    }
  });
});
