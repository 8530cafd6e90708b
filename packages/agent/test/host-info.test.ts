import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, realpath, rm, statfs, symlink, writeFile } from 'node:fs/promises';
import { hostname, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { SIMULATED_FIRECRACKER_VERSION, SIMULATOR_BIN_PATH } from '@hearth/firecracker';
import { resolveFirecrackerBinary } from '../src/host/firecracker-binary.ts';
import { collectHostInfo } from '../src/host/host-info.ts';
import { probeKvm } from '../src/host/kvm.ts';
import { IpNetworkManager } from '../src/network/network-manager.ts';
import { LocalDiskStore } from '../src/storage/disk-store.ts';
import { PathPolicy } from '../src/storage/path-policy.ts';
import { NEEDS_ROOT } from './support/netns.ts';

const run = promisify(execFile);

describe('resolveFirecrackerBinary', () => {
  let base: string;

  before(async () => {
    base = await realpath(await mkdtemp(join(tmpdir(), 'hearth-a1-bin-')));
  });

  after(async () => {
    await rm(base, { recursive: true, force: true });
  });

  test('HEARTH_FIRECRACKER_BIN naming the simulator: found, versioned, marked as simulator', async () => {
    const binary = await resolveFirecrackerBinary({ HEARTH_FIRECRACKER_BIN: SIMULATOR_BIN_PATH });
    assert.ok(binary);
    assert.equal(binary.path, SIMULATOR_BIN_PATH);
    assert.equal(binary.simulator, true);
    assert.equal(binary.error, undefined);
    assert.ok(binary.version.includes(SIMULATED_FIRECRACKER_VERSION), binary.version);
  });

  test('without HEARTH_FIRECRACKER_BIN, `firecracker` is looked up on PATH', async () => {
    const dir = join(base, 'path-dir');
    await mkdir(dir);
    await symlink(SIMULATOR_BIN_PATH, join(dir, 'firecracker'));
    const binary = await resolveFirecrackerBinary({ PATH: `/nonexistent-dir:${dir}` });
    assert.equal(binary?.path, join(dir, 'firecracker'));
    assert.equal(binary?.simulator, true);
  });

  test('a missing binary resolves to null and is not replaced by one on PATH', async () => {
    const dir = join(base, 'fallback');
    await mkdir(dir);
    await symlink(SIMULATOR_BIN_PATH, join(dir, 'firecracker'));
    const missing = join(base, 'no-such-firecracker');
    assert.equal(
      await resolveFirecrackerBinary({ HEARTH_FIRECRACKER_BIN: missing, PATH: dir }),
      null,
    );
    assert.equal(await resolveFirecrackerBinary({ PATH: join(base, 'empty') }), null);
    assert.equal(await resolveFirecrackerBinary({}), null);
  });

  test('a file that is not executable is not a binary', async () => {
    const plain = join(base, 'firecracker-not-executable');
    await writeFile(plain, '#!/bin/sh\necho Firecracker v1.14.2\n', { mode: 0o644 });
    assert.equal(await resolveFirecrackerBinary({ HEARTH_FIRECRACKER_BIN: plain }), null);
    assert.equal(await resolveFirecrackerBinary({ HEARTH_FIRECRACKER_BIN: base }), null);
  });

  test('a binary whose --version fails is reported with the failure, not hidden', async () => {
    const binary = await resolveFirecrackerBinary({ HEARTH_FIRECRACKER_BIN: '/bin/false' });
    assert.equal(binary?.path, '/bin/false');
    assert.equal(binary?.version, '');
    assert.equal(binary?.simulator, false);
    assert.match(binary?.error ?? '', /--version failed/);
  });
});

describe('probeKvm', () => {
  test('a missing device is unusable, with a reason', async () => {
    const status = await probeKvm('/dev/hearth-no-such-kvm');
    assert.equal(status.usable, false);
    assert.match(status.reason ?? '', /does not exist/);
  });

  test('/dev/kvm is either usable or comes with a reason', async () => {
    const status = await probeKvm();
    if (status.usable) assert.equal(status.reason, undefined);
    else assert.ok(status.reason && status.reason.length > 0);
  });
});

describe('collectHostInfo', { skip: NEEDS_ROOT }, () => {
  const suffix = randomBytes(4).toString('hex');
  const netns = `hearth-a1-${suffix}`;
  const bridge = `hbr${suffix}`;
  let storageRoot: string;

  before(async () => {
    await run('ip', ['netns', 'add', netns]);
    storageRoot = await realpath(await mkdtemp(join(tmpdir(), 'hearth-a1-host-')));
  });

  after(async () => {
    await run('ip', ['netns', 'del', netns]);
    await rm(storageRoot, { recursive: true, force: true });
  });

  test('reports sane capabilities measured from the host', async () => {
    const network = new IpNetworkManager({ netns });
    await network.ensureBridge(bridge);
    const policy = new PathPolicy({ storageRoot, allowedRoots: ['/srv/images'] });
    const disks = new LocalDiskStore({ storageRoot, policy });
    const firecracker = await resolveFirecrackerBinary({
      HEARTH_FIRECRACKER_BIN: SIMULATOR_BIN_PATH,
    });
    const vmm = {
      mode: 'simulator' as const,
      binary: SIMULATOR_BIN_PATH,
      version: firecracker?.version ?? '',
      reasons: ['no usable /dev/kvm'],
    };
    const demoImages = { kernel_path: '/srv/demo/vmlinux', rootfs_path: '/srv/demo/rootfs.ext4' };
    const info = await collectHostInfo({
      storageRoot,
      allowedRoots: ['/srv/images'],
      firecracker,
      vmm,
      demoImages,
      network,
      disks,
    });

    assert.equal(info.hostname, hostname());
    assert.ok(Number.isInteger(info.cpus) && info.cpus >= 1);
    assert.equal(info.memory_bytes, totalmem());
    assert.equal(info.storage_root, storageRoot);
    assert.ok(info.storage_free_bytes > 0);
    // statfs of the storage root: blocks × bsize, never less than what is free
    const fs = await statfs(storageRoot);
    assert.equal(info.storage_capacity_bytes, fs.blocks * fs.bsize);
    assert.ok(info.storage_capacity_bytes >= info.storage_free_bytes);
    assert.deepEqual(info.allowed_roots, ['/srv/images']);
    assert.deepEqual(info.bridges, [bridge]);
    assert.equal(info.firecracker?.simulator, true);
    assert.equal(info.firecracker?.path, SIMULATOR_BIN_PATH);
    assert.equal(typeof info.kvm.usable, 'boolean');
    assert.deepEqual(info.vmm, vmm, 'the VMM as the agent decided it');
    assert.deepEqual(info.demo_images, demoImages);
    assert.match(info.agent_version, /^\d+\.\d+\.\d+/);
  });

  test('reports a missing Firecracker as null', async () => {
    const policy = new PathPolicy({ storageRoot, allowedRoots: [] });
    const info = await collectHostInfo({
      storageRoot,
      allowedRoots: [],
      firecracker: await resolveFirecrackerBinary({ HEARTH_FIRECRACKER_BIN: '/nonexistent/fc' }),
      vmm: { mode: 'none', binary: null, version: '', reasons: ['no binary'] },
      demoImages: null,
      network: new IpNetworkManager({ netns }),
      disks: new LocalDiskStore({ storageRoot, policy }),
    });
    assert.equal(info.firecracker, null);
  });
});
