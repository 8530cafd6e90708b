// Launch and stop through the real agent process (in its own netns as root, the simulator as
// the VMM): every drive and NIC applied, the step log, stop keeping storage, a missing
// provisioned disk recreated, a missing host-path disk and a Firecracker refusal failing
// cleanly with nothing left behind.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FullVmConfiguration } from '@hearth/firecracker';
import { writeSparseImage } from '@hearth/firecracker';
import type {
  AllocateDiskResponse,
  LaunchFailure,
  LaunchRequest,
  LaunchResponse,
  StopResponse,
  VmmStatus,
} from '../src/contract/index.ts';
import { NEEDS_ROOT } from './support/netns.ts';
import {
  cloneRootfs,
  createWorld,
  launchRequest,
  MIB,
  rootDrive,
  vmmPidsOf,
  type World,
} from './support/vm-fixtures.ts';

const EXPECTED_STEPS = [
  'launch.ensure-vm-dirs',
  'launch.ensure-disks',
  'launch.create-taps',
  'launch.spawn-vmm',
  'launch.wait-for-api-socket',
  'launch.machine-config',
  'launch.boot-source',
  'launch.drives',
  'launch.network-interfaces',
  'launch.logger',
  'launch.metrics',
  'launch.instance-start',
];

// The request has a NIC: every test that launches it needs root (a TAP); those whose launch
// fails before the network steps run without.
describe('launch and stop (agent process in a netns, simulator as VMM)', () => {
  let world: World;
  const vmId = randomUUID();
  const tap = 'tap-a2-launch';
  let provisionedPath: string;
  let hostPath: string;
  let request: LaunchRequest;

  before(async () => {
    world = await createWorld();
    await cloneRootfs(world, vmId);
    const allocated = await world.agent.call<AllocateDiskResponse>(
      'POST',
      `/storage/vms/${vmId}/disks`,
      { size_bytes: 32 * MIB, file_name: 'data1.img' },
    );
    assert.equal(allocated.status, 201, JSON.stringify(allocated.body));
    provisionedPath = allocated.body.path;
    hostPath = join(world.images, 'data2.img');
    await writeSparseImage(hostPath, 16 * MIB);
    request = launchRequest(
      world,
      [
        // given out of order: the agent attaches root first, then by drive_id
        {
          drive_id: 'data2',
          path_on_host: hostPath,
          is_root_device: false,
          is_read_only: true,
          source: 'host_path',
          size_bytes: null,
        },
        {
          drive_id: 'data1',
          path_on_host: provisionedPath,
          is_root_device: false,
          is_read_only: false,
          cache_type: 'Writeback',
          io_engine: 'Async',
          rate_limiter: {
            bandwidth: { size: 10 * MIB, refill_time: 1000 },
            ops: { size: 500, one_time_burst: 100, refill_time: 1000 },
          },
          source: 'provisioned',
          size_bytes: 32 * MIB,
        },
        rootDrive(world, vmId),
      ],
      [{ iface_id: 'eth0', host_dev_name: tap, guest_mac: '06:00:AC:10:00:02' }],
    );
  });
  after(() => world?.teardown());

  test('launch applies every drive and NIC, runs the named steps in order and logs durations', {
    skip: NEEDS_ROOT,
  }, async () => {
    const res = await world.agent.call<LaunchResponse>('POST', `/vms/${vmId}/launch`, request);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(
      res.body.steps.map((s) => s.name),
      EXPECTED_STEPS,
    );
    for (const step of res.body.steps) {
      assert.equal(step.ok, true);
      assert.equal(typeof step.duration_ms, 'number');
      assert.ok(step.duration_ms >= 0);
    }
    assert.equal(res.body.socket_path, join(world.storageRoot, vmId, 'sock', 'firecracker.sock'));
    assert.deepEqual(await vmmPidsOf(vmId), [res.body.pid]);
    console.log(
      `launch step log:\n${res.body.steps.map((s) => `  ${s.name.padEnd(28)} ${s.duration_ms} ms`).join('\n')}`,
    );

    const link = await world.netns.link(tap);
    assert.ok(link, 'the TAP exists in the namespace');
    assert.equal(link.master, 'hearthbr0');
    assert.equal(link.linkinfo?.info_kind, 'tun');
    assert.ok(link.flags?.includes('UP'));
    const log = await world.agent.log();
    assert.match(log, /"step":"launch.instance-start"|launch\.instance-start done/);
  });

  test('the live view lists the VMM and its real vm/config with every drive setting', {
    skip: NEEDS_ROOT,
  }, async () => {
    const list = await world.agent.call<VmmStatus[]>('GET', '/vms');
    assert.equal(list.status, 200);
    const mine = list.body.find((v) => v.vm_id === vmId);
    assert.ok(mine);
    assert.equal(mine.status, 'running');
    assert.ok((mine.pid ?? 0) > 0);
    assert.equal(typeof mine.uptime_s, 'number');

    const live = await world.agent.call<FullVmConfiguration>('GET', `/vms/${vmId}/config`);
    assert.equal(live.status, 200, JSON.stringify(live.body));
    const drives = live.body.drives ?? [];
    assert.deepEqual(
      drives.map((d) => d.drive_id),
      ['rootfs', 'data1', 'data2'],
    );
    const [root, data1, data2] = drives;
    assert.equal(root?.is_root_device, true);
    assert.equal(root?.path_on_host, rootDrive(world, vmId).path_on_host);
    assert.equal(data1?.path_on_host, provisionedPath);
    assert.equal(data1?.cache_type, 'Writeback');
    assert.equal(data1?.io_engine, 'Async');
    assert.equal(data1?.is_read_only, false);
    assert.deepEqual(data1?.rate_limiter, {
      bandwidth: { size: 10 * MIB, one_time_burst: null, refill_time: 1000 },
      ops: { size: 500, one_time_burst: 100, refill_time: 1000 },
    });
    assert.equal(data2?.path_on_host, hostPath);
    assert.equal(data2?.is_read_only, true);
    assert.equal(data2?.cache_type, 'Unsafe');
    assert.equal(data2?.rate_limiter, null);
    const nics = live.body['network-interfaces'] ?? [];
    assert.equal(nics.length, 1);
    assert.equal(nics[0]?.host_dev_name, tap);
    assert.equal(nics[0]?.guest_mac, '06:00:ac:10:00:02');
    assert.equal(live.body['machine-config']?.mem_size_mib, 128);
  });

  test('a second launch of a running VM is refused with 409', { skip: NEEDS_ROOT }, async () => {
    const res = await world.agent.call('POST', `/vms/${vmId}/launch`, request);
    assert.equal(res.status, 409);
    assert.equal((res.body as { error: { code: string } }).error.code, 'VMM_ALREADY_RUNNING');
  });

  test("a launch naming a TAP another running VM holds is refused; that VM's TAP stays", {
    skip: NEEDS_ROOT,
  }, async () => {
    const otherVm = randomUUID();
    const res = await world.agent.call<{ error: { code: string; details: { tap: string } } }>(
      'POST',
      `/vms/${otherVm}/launch`,
      { ...request, drives: [] },
    );
    assert.equal(res.status, 409, JSON.stringify(res.body));
    assert.equal(res.body.error.code, 'TAP_IN_USE');
    assert.equal(res.body.error.details.tap, tap);
    assert.equal((await world.netns.link(tap))?.master, 'hearthbr0');
    assert.deepEqual(await vmmPidsOf(otherVm), []);
  });

  test('stop ends the VMM, removes TAP and socket, keeps every disk file; stopping again is a no-op', {
    skip: NEEDS_ROOT,
  }, async () => {
    const res = await world.agent.call<StopResponse>('POST', `/vms/${vmId}/stop`, {
      timeout_ms: 5000,
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(res.body, { vm_id: vmId, was_running: true, method: 'ctrl-alt-del' });
    assert.equal(await world.netns.link(tap), null);
    assert.deepEqual(await vmmPidsOf(vmId), []);
    assert.equal(existsSync(join(world.storageRoot, vmId, 'sock', 'firecracker.sock')), false);
    for (const path of [provisionedPath, hostPath, rootDrive(world, vmId).path_on_host]) {
      assert.ok(existsSync(path), `${path} kept`);
    }
    assert.equal((await world.agent.call('GET', `/vms/${vmId}`)).status, 404);

    const again = await world.agent.call<StopResponse>('POST', `/vms/${vmId}/stop`, {});
    assert.equal(again.status, 200);
    assert.deepEqual(again.body, { vm_id: vmId, was_running: false, method: 'not-running' });
  });

  test('launch after the provisioned disk was deleted recreates it sparse with the same size', {
    skip: NEEDS_ROOT,
  }, async () => {
    await rm(provisionedPath);
    const res = await world.agent.call<LaunchResponse>('POST', `/vms/${vmId}/launch`, request);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const st = await stat(provisionedPath);
    assert.equal(st.size, 32 * MIB);
    assert.ok(st.blocks * 512 < MIB, `sparse: ${st.blocks * 512} bytes allocated`);
    const live = await world.agent.call<FullVmConfiguration>('GET', `/vms/${vmId}/config`);
    assert.ok(live.body.drives?.some((d) => d.drive_id === 'data1'));

    const stopped = await world.agent.call<StopResponse>('POST', `/vms/${vmId}/stop`, {});
    assert.equal(stopped.body.was_running, true);
  });

  test('a missing host-path drive fails the launch naming the drive, leaving no process or TAP', async () => {
    await rm(hostPath);
    const res = await world.agent.call<{ error: { code: string; details: LaunchFailure } }>(
      'POST',
      `/vms/${vmId}/launch`,
      request,
    );
    assert.equal(res.status, 422, JSON.stringify(res.body));
    assert.equal(res.body.error.code, 'HOST_PRECONDITION_FAILED');
    const details = res.body.error.details;
    assert.equal(details.step, 'launch.ensure-disks');
    assert.equal(details.drive_id, 'data2');
    assert.equal(details.path, hostPath);
    assert.match(details.message, /data2/);
    assert.deepEqual(
      details.steps.map((s) => [s.name, s.ok]),
      [
        ['launch.ensure-vm-dirs', true],
        ['launch.ensure-disks', false],
      ],
    );
    assert.equal(await world.netns.link(tap), null);
    assert.deepEqual(await vmmPidsOf(vmId), []);
    assert.equal((await world.agent.call('GET', `/vms/${vmId}`)).status, 404);
    await writeFile(hostPath, '');
  });

  test('a missing kernel fails the launch with 422 naming the path', async () => {
    const missing = join(world.images, 'no-such-vmlinux');
    const res = await world.agent.call<{ error: { code: string; details: LaunchFailure } }>(
      'POST',
      `/vms/${vmId}/launch`,
      { ...request, boot_source: { kernel_image_path: missing } },
    );
    assert.equal(res.status, 422, JSON.stringify(res.body));
    assert.equal(res.body.error.details.step, 'launch.ensure-disks');
    assert.equal(res.body.error.details.path, missing);
  });

  test('a Firecracker refusal after the TAP and the VMM exist undoes both and returns the fault verbatim', {
    skip: NEEDS_ROOT,
  }, async () => {
    const bad = { ...request, machine: { vcpu_count: 3, mem_size_mib: 128, smt: true } };
    const res = await world.agent.call<{ error: { code: string; details: LaunchFailure } }>(
      'POST',
      `/vms/${vmId}/launch`,
      bad,
    );
    assert.equal(res.status, 502, JSON.stringify(res.body));
    assert.equal(res.body.error.code, 'LAUNCH_FAILED');
    const details = res.body.error.details;
    assert.equal(details.step, 'launch.machine-config');
    assert.equal(
      details.firecracker_fault,
      'Machine config error: The number of vCPUs must be greater than 0, less than 32 and must be 1 or an even number if SMT is enabled.',
    );
    assert.equal(details.steps.length, 6); // up to and including machine-config
    assert.equal(await world.netns.link(tap), null, 'TAP removed by undo');
    assert.deepEqual(await vmmPidsOf(vmId), [], 'VMM killed by undo');
    assert.equal((await world.agent.call('GET', `/vms/${vmId}`)).status, 404);
    assert.equal(existsSync(join(world.storageRoot, vmId, 'sock', 'firecracker.sock')), false);
    assert.ok(existsSync(provisionedPath), 'disk files are never undone');
  });
});
