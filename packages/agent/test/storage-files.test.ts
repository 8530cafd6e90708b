// The storage routes that look after a VM's disks over their life: grow (sparse, never
// shrinking, also under a running VMM), the inventory of the storage root, the sizes of many
// files at once, and the export of a disk as an image under <root>/images/. A real agent
// process, real files, the simulator as VMM.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type {
  ExportImageResponse,
  GrowDiskResponse,
  LaunchDrive,
  LaunchResponse,
  LiveVmConfig,
  StorageInventory,
  UsageResponse,
} from '../src/contract/index.ts';
import {
  cloneRootfs,
  createWorld,
  launchRequest,
  MIB,
  rootDrive,
  type World,
} from './support/vm-fixtures.ts';

interface ErrorAnswer {
  error: { code: string; message: string; details: Record<string, unknown> };
}

describe('storage: grow, inventory, usage, export-image', () => {
  let world: World;
  before(async () => {
    world = await createWorld();
  });
  after(() => world?.teardown());

  const storageOf = (vmId: string, name = '') => join(world.storageRoot, vmId, 'storage', name);

  async function allocate(vmId: string, fileName: string, sizeBytes = 4 * MIB): Promise<string> {
    const res = await world.agent.call<{ path: string }>('POST', `/storage/vms/${vmId}/disks`, {
      size_bytes: sizeBytes,
      file_name: fileName,
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.path;
  }

  const grow = (vmId: string, path: string, size_bytes: number) =>
    world.agent.call<GrowDiskResponse & ErrorAnswer>('POST', `/storage/vms/${vmId}/disks/grow`, {
      path,
      size_bytes,
    });

  const dataDrive = (path: string): LaunchDrive => ({
    drive_id: 'data',
    path_on_host: path,
    is_root_device: false,
    is_read_only: false,
    source: 'provisioned',
    size_bytes: 4 * MIB,
  });

  async function launch(vmId: string, drives: LaunchDrive[]): Promise<void> {
    const res = await world.agent.call<LaunchResponse>(
      'POST',
      `/vms/${vmId}/launch`,
      launchRequest(world, [rootDrive(world, vmId), ...drives]),
    );
    assert.equal(res.status, 200, JSON.stringify(res.body));
  }

  async function stop(vmId: string): Promise<void> {
    const res = await world.agent.call('POST', `/vms/${vmId}/stop`, { timeout_ms: 2000 });
    assert.equal(res.status, 200, JSON.stringify(res.body));
  }

  test('grow: bigger is sparse, the same size a no-op, smaller 409 SHRINK_NOT_SUPPORTED', async () => {
    const vmId = randomUUID();
    const path = await allocate(vmId, 'data.img');
    const bigger = await grow(vmId, path, 16 * MIB);
    assert.equal(bigger.status, 200, JSON.stringify(bigger.body));
    assert.equal(bigger.body.path, path);
    assert.equal(bigger.body.previous_size_bytes, 4 * MIB);
    assert.equal(bigger.body.size_bytes, 16 * MIB);
    assert.ok(bigger.body.allocated_bytes < MIB, `sparse: ${bigger.body.allocated_bytes}`);
    assert.equal((await stat(path)).size, 16 * MIB);

    const same = await grow(vmId, path, 16 * MIB);
    assert.equal(same.status, 200, JSON.stringify(same.body));
    assert.equal(same.body.previous_size_bytes, 16 * MIB);
    assert.equal(same.body.size_bytes, 16 * MIB);

    const smaller = await grow(vmId, path, 8 * MIB);
    assert.equal(smaller.status, 409, JSON.stringify(smaller.body));
    assert.equal(smaller.body.error.code, 'SHRINK_NOT_SUPPORTED');
    assert.deepEqual(smaller.body.error.details, {
      path,
      size_bytes: 8 * MIB,
      current_size_bytes: 16 * MIB,
    });
    assert.equal((await stat(path)).size, 16 * MIB, 'untouched');
  });

  test("grow: outside the VM's storage dir 403 (another VM, an allowed root, a symlink out), missing 422", async () => {
    const vmA = randomUUID();
    const vmB = randomUUID();
    const other = await allocate(vmB, 'theirs.img');
    await allocate(vmA, 'mine.img');
    const hostFile = join(world.images, 'grow-host.img');
    await writeFile(hostFile, 'x');
    const linkOut = storageOf(vmA, 'escape.img');
    await symlink(other, linkOut);
    for (const path of [other, hostFile, linkOut, join(world.storageRoot, vmA, 'vmm.json')]) {
      const res = await grow(vmA, path, 64 * MIB);
      assert.equal(res.status, 403, `${path}: ${JSON.stringify(res.body)}`);
      assert.equal(res.body.error.code, 'PATH_NOT_ALLOWED');
      assert.equal(res.body.error.details.path, path);
    }
    assert.equal((await stat(other)).size, 4 * MIB, 'the other VM disk is untouched');
    assert.equal((await stat(hostFile)).size, 1);

    const missing = await grow(vmA, storageOf(vmA, 'missing.img'), MIB);
    assert.equal(missing.status, 422, JSON.stringify(missing.body));
    assert.equal(missing.body.error.code, 'HOST_PRECONDITION_FAILED');
    assert.equal(missing.body.error.details.path, storageOf(vmA, 'missing.img'));
    await assert.rejects(stat(storageOf(vmA, 'missing.img')), { code: 'ENOENT' });
  });

  test('grow under a running VMM: the live size stays the one the VMM read', async () => {
    const vmId = randomUUID();
    await cloneRootfs(world, vmId);
    const path = await allocate(vmId, 'data.img');
    await launch(vmId, [dataDrive(path)]);
    const res = await grow(vmId, path, 32 * MIB);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const live = await world.agent.call<LiveVmConfig>('GET', `/vms/${vmId}/config`);
    const data = live.body.drives?.find((d) => d.drive_id === 'data');
    assert.equal(data?.size_bytes, 4 * MIB, 'until a live update or the next launch');
    await stop(vmId);
  });

  test('inventory: VM directories only, their storage/ entries with sizes, and vmm_running', async () => {
    const idle = randomUUID();
    const running = randomUUID();
    const empty = randomUUID();
    const disk = await allocate(idle, 'a.img', 2 * MIB);
    await writeFile(storageOf(idle, 'b.bin'), Buffer.alloc(8192, 7));
    await mkdir(storageOf(idle, 'subdir'));
    await symlink(disk, storageOf(idle, 'link.img'));
    await cloneRootfs(world, running);
    await launch(running, []);
    await mkdir(join(world.storageRoot, empty)); // a VM directory without storage/
    await mkdir(join(world.storageRoot, 'not-a-vm', 'storage'), { recursive: true });
    await writeFile(join(world.storageRoot, 'not-a-vm', 'storage', 'x.img'), 'x');

    const res = await world.agent.call<StorageInventory>('GET', '/storage/inventory');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const inv = res.body;
    assert.equal(inv.storage_root, world.storageRoot);
    assert.ok(inv.capacity_bytes > 0 && inv.capacity_bytes >= inv.free_bytes);
    assert.ok(!Number.isNaN(Date.parse(inv.measured_at)));
    const ids = inv.vm_dirs.map((d) => d.vm_id);
    assert.deepEqual(ids, [...ids].sort(), 'sorted by VM id');
    assert.ok(!ids.includes('not-a-vm') && !ids.includes('images'));

    const idleDir = inv.vm_dirs.find((d) => d.vm_id === idle);
    assert.ok(idleDir);
    assert.equal(idleDir.path, join(world.storageRoot, idle));
    assert.equal(idleDir.vmm_running, false);
    const byName = new Map(idleDir.files.map((f) => [basename(f.path), f]));
    assert.ok(idleDir.files.every((f) => dirname(f.path) === storageOf(idle)));
    assert.deepEqual([...byName.keys()], ['a.img', 'b.bin', 'link.img', 'subdir']);
    assert.equal(byName.get('a.img')?.size_bytes, 2 * MIB);
    assert.ok((byName.get('a.img')?.allocated_bytes ?? -1) < MIB, 'sparse');
    assert.equal(byName.get('a.img')?.is_file, true);
    assert.equal(byName.get('b.bin')?.size_bytes, 8192);
    assert.ok((byName.get('b.bin')?.allocated_bytes ?? 0) >= 8192);
    assert.equal(byName.get('link.img')?.is_file, false, 'a symlink is not followed');
    assert.equal(byName.get('subdir')?.is_file, false);
    const mtime = (await stat(disk)).mtime.toISOString();
    assert.equal(byName.get('a.img')?.modified_at, mtime);

    assert.equal(inv.vm_dirs.find((d) => d.vm_id === running)?.vmm_running, true);
    assert.deepEqual(inv.vm_dirs.find((d) => d.vm_id === empty)?.files, []);
    await stop(running);
    const after = await world.agent.call<StorageInventory>('GET', '/storage/inventory');
    assert.equal(after.body.vm_dirs.find((d) => d.vm_id === running)?.vmm_running, false);
  });

  test('inventory of a thousand files answers in one call', async () => {
    const vmId = randomUUID();
    await mkdir(storageOf(vmId), { recursive: true });
    await Promise.all(
      Array.from({ length: 1000 }, (_, i) => writeFile(storageOf(vmId, `f${i}.img`), '')),
    );
    const started = performance.now();
    const res = await world.agent.call<StorageInventory>('GET', '/storage/inventory');
    const ms = performance.now() - started;
    assert.equal(res.status, 200);
    assert.equal(res.body.vm_dirs.find((d) => d.vm_id === vmId)?.files.length, 1000);
    assert.ok(ms < 5000, `took ${ms} ms`);
  });

  test('usage: one answer per path in order; outside the roots or through a symlink out: exists false', async () => {
    const vmId = randomUUID();
    const disk = await allocate(vmId, 'u.img', 3 * MIB);
    const outsideLink = join(world.images, 'to-etc');
    await symlink('/etc/hostname', outsideLink);
    const paths = [
      disk,
      storageOf(vmId, 'missing.img'),
      '/etc/hostname',
      outsideLink,
      `${world.images}/../vms/${vmId}/storage/u.img`,
      world.rootfs,
      disk,
    ];
    const res = await world.agent.call<UsageResponse>('POST', '/storage/usage', { paths });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const rootfsSize = (await stat(world.rootfs)).size;
    assert.deepEqual(
      res.body.items.map(({ allocated_bytes: _a, ...rest }) => rest),
      [
        { path: disk, exists: true, size_bytes: 3 * MIB },
        { path: paths[1], exists: false, size_bytes: null },
        { path: '/etc/hostname', exists: false, size_bytes: null },
        { path: outsideLink, exists: false, size_bytes: null },
        { path: paths[4], exists: false, size_bytes: null },
        { path: world.rootfs, exists: true, size_bytes: rootfsSize },
        { path: disk, exists: true, size_bytes: 3 * MIB },
      ],
    );
    for (const i of [1, 2, 3, 4]) assert.equal(res.body.items[i]?.allocated_bytes, null);
    assert.equal(typeof res.body.items[0]?.allocated_bytes, 'number');
    const empty = await world.agent.call<UsageResponse>('POST', '/storage/usage', { paths: [] });
    assert.deepEqual(empty.body, { items: [] });
  });

  const exportImage = (vmId: string, path: string, file_name: string) =>
    world.agent.call<ExportImageResponse & ErrorAnswer>(
      'POST',
      `/storage/vms/${vmId}/export-image`,
      { path, file_name },
    );

  test('export-image copies a disk sparse to <root>/images/, refuses an existing target', async () => {
    const vmId = randomUUID();
    const disk = await allocate(vmId, 'golden.img', 16 * MIB);
    const handle = await open(disk, 'r+');
    await handle.write(Buffer.alloc(4096, 0xab), 0, 4096, 5 * MIB);
    await handle.close();
    const res = await exportImage(vmId, disk, 'golden-v1.img');
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const target = join(world.storageRoot, 'images', 'golden-v1.img');
    assert.equal(res.body.path, target);
    assert.equal(res.body.size_bytes, 16 * MIB);
    assert.ok(['reflink', 'copy'].includes(res.body.method));
    assert.deepEqual(await readFile(target), await readFile(disk));
    const st = await stat(target);
    assert.ok(st.blocks * 512 < 2 * MIB, `stays sparse: ${st.blocks * 512} bytes allocated`);
    assert.equal((await stat(join(world.storageRoot, 'images'))).mode & 0o777, 0o755);

    const again = await exportImage(vmId, disk, 'golden-v1.img');
    assert.equal(again.status, 409, JSON.stringify(again.body));
    assert.equal(again.body.error.code, 'FILE_EXISTS');
    assert.equal(again.body.error.details.path, target);

    const outside = await exportImage(vmId, world.rootfs, 'stolen.img');
    assert.equal(outside.status, 403, JSON.stringify(outside.body));
    const missing = await exportImage(vmId, storageOf(vmId, 'nope.img'), 'nope.img');
    assert.equal(missing.status, 422, JSON.stringify(missing.body));
    const badName = await exportImage(vmId, disk, '../escape.img');
    assert.equal(badName.status, 400, JSON.stringify(badName.body));

    // <root>/images is never a VM directory
    const inv = await world.agent.call<StorageInventory>('GET', '/storage/inventory');
    assert.ok(!inv.body.vm_dirs.some((d) => d.vm_id === 'images'));
  });

  test('export-image refuses while the VM runs; the image then attaches read-only, not read-write', async () => {
    const vmId = randomUUID();
    await cloneRootfs(world, vmId);
    const disk = await allocate(vmId, 'data.img');
    await launch(vmId, [dataDrive(disk)]);
    const refused = await exportImage(vmId, disk, 'while-running.img');
    assert.equal(refused.status, 409, JSON.stringify(refused.body));
    assert.equal(refused.body.error.code, 'VMM_ALREADY_RUNNING');
    await assert.rejects(stat(join(world.storageRoot, 'images', 'while-running.img')), {
      code: 'ENOENT',
    });
    await stop(vmId);

    const res = await exportImage(vmId, disk, 'data-image.img');
    assert.equal(res.status, 201, JSON.stringify(res.body));
    // another VM attaches the exported image: allowed read-only, refused read-write once it
    // is registered (image_paths), like any image of an allowed root
    const user = randomUUID();
    await cloneRootfs(world, user);
    const imageDrive = (is_read_only: boolean): LaunchDrive => ({
      drive_id: 'img',
      path_on_host: res.body.path,
      is_root_device: false,
      is_read_only,
      source: 'host_path',
      size_bytes: null,
    });
    const readWrite = await world.agent.call<ErrorAnswer>('POST', `/vms/${user}/launch`, {
      ...launchRequest(world, [rootDrive(world, user), imageDrive(false)]),
      image_paths: [res.body.path],
    });
    assert.equal(readWrite.status, 403, JSON.stringify(readWrite.body));
    assert.equal(readWrite.body.error.details.reason, 'image_read_write');
    const readOnly = await world.agent.call('POST', `/vms/${user}/launch`, {
      ...launchRequest(world, [rootDrive(world, user), imageDrive(true)]),
      image_paths: [res.body.path],
    });
    assert.equal(readOnly.status, 200, JSON.stringify(readOnly.body));
    await stop(user);
  });
});
