// A host's storage through the REST API of a real stack: the inventory matches files with
// drive rows, garbage collection removes orphans only, thin provisioning is bounded by
// capacity × HEARTH_STORAGE_OVERCOMMIT, drives copy images and images are made from drives,
// and MMDS serves the guest its drive manifest.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { FirecrackerClient } from '@hearth/firecracker';
import { forEachDatabase } from './support/databases.ts';
import { type Stack, startStack } from './support/stack.ts';

const GiB = 1024 ** 3;
const HOUR_AGO = new Date(Date.now() - 3600_000);

forEachDatabase((kind) => {
  describe('host storage', () => {
    let stack: Stack;
    before(async () => {
      stack = await startStack(kind);
    });
    after(() => stack?.close());

    const storageOf = async () => {
      const res = await stack.request('GET', `/v1/hosts/${stack.hostId}/storage`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return res.body;
    };
    const gc = (dry_run?: boolean) =>
      stack.request(
        'POST',
        `/v1/hosts/${stack.hostId}/storage/gc`,
        dry_run === undefined ? {} : { dry_run },
      );

    test('inventory: in_use, orphan and missing files; GC removes only old orphans', async () => {
      const created = await stack.createVm({
        start: false,
        drives: [
          { drive_id: 'keep', size_bytes: GiB },
          { drive_id: 'drop', size_bytes: GiB },
          { drive_id: 'gone', size_bytes: GiB },
        ],
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const vmId = created.body.id;
      const paths = Object.fromEntries(
        (created.body.drives as Array<{ drive_id: string; path_on_host: string }>).map((d) => [
          d.drive_id,
          d.path_on_host,
        ]),
      );
      assert.equal(
        (await stack.request('DELETE', `/v1/vms/${vmId}/drives/drop`)).status,
        204,
        'removed without delete_file: its file stays',
      );
      await rm(paths.gone as string);
      // a directory of a VM that does not exist, left by a crash
      const strayVm = randomUUID();
      const strayDir = join(stack.storageRoot, strayVm, 'storage');
      await mkdir(strayDir, { recursive: true });
      await writeFile(join(strayDir, 'disk-stray.img'), 'x'.repeat(4096));

      const report = await storageOf();
      const status = (path: string) => report.files.find((f: { path: string }) => f.path === path);
      assert.equal(status(paths.keep as string)?.status, 'in_use');
      assert.equal(status(paths.keep as string)?.drive_id, 'keep');
      assert.equal(status(paths.rootfs as string)?.status, 'in_use');
      assert.equal(status(paths.drop as string)?.status, 'orphan');
      assert.equal(
        status(paths.drop as string)?.collectable,
        false,
        'young: within the grace period',
      );
      assert.equal(status(paths.gone as string)?.status, 'missing');
      const stray = status(join(strayDir, 'disk-stray.img'));
      assert.equal(stray?.status, 'orphan');
      assert.equal(stray?.vm_name, null);
      assert.ok(report.totals.orphan.files >= 2);
      assert.ok(report.summary.capacity_bytes > 0);
      assert.ok(report.summary.provisioned_bytes >= 2 * GiB, 'keep, gone and the rootfs copy');
      assert.equal(report.summary.overcommit, 4);

      // the dry run (the default) deletes nothing and keeps the young ones with a reason
      const young = await gc();
      assert.equal(young.status, 200, JSON.stringify(young.body));
      assert.equal(young.body.dry_run, true);
      assert.equal(young.body.removed.length, 0);
      assert.ok(
        young.body.kept.some((k: { reason: string }) => /modified less than/.test(k.reason)),
      );

      await utimes(paths.drop as string, HOUR_AGO, HOUR_AGO);
      await utimes(join(strayDir, 'disk-stray.img'), HOUR_AGO, HOUR_AGO);
      const dry = await gc(true);
      assert.deepEqual(
        dry.body.removed.map((f: { path: string }) => f.path).sort(),
        [paths.drop, join(strayDir, 'disk-stray.img')].sort(),
      );
      assert.deepEqual(dry.body.removed_dirs, [join(stack.storageRoot, strayVm)]);
      await stat(paths.drop as string); // still there after a dry run

      const real = await gc(false);
      assert.equal(real.status, 200, JSON.stringify(real.body));
      assert.equal(real.body.dry_run, false);
      assert.equal(real.body.removed.length, 2);
      await assert.rejects(stat(paths.drop as string));
      await assert.rejects(stat(join(stack.storageRoot, strayVm)));
      await stat(paths.keep as string);
      await stat(paths.rootfs as string);
      const hostEvents = await stack.request('GET', `/v1/hosts/${stack.hostId}/events`);
      assert.ok(
        hostEvents.body.items.some((e: { message: string }) =>
          e.message.startsWith('Storage GC removed 2'),
        ),
      );
      const vmEvents = await stack.request('GET', `/v1/vms/${vmId}/events`);
      assert.ok(
        vmEvents.body.items.some((e: { message: string }) =>
          e.message.startsWith('Storage GC deleted 1'),
        ),
      );
      const afterGc = await storageOf();
      assert.equal(
        afterGc.files.filter((f: { status: string }) => f.status === 'orphan').length,
        0,
      );
    });

    test('a running VM: its orphans are kept (a removed drive may still be attached)', async () => {
      const created = await stack.createVm({
        start: true,
        drives: [{ drive_id: 'held', size_bytes: GiB }],
      });
      const vmId = created.body.id;
      const path = created.body.drives.find((d: { drive_id: string }) => d.drive_id === 'held')
        .path_on_host as string;
      await stack.request('DELETE', `/v1/vms/${vmId}/drives/held`);
      await utimes(path, HOUR_AGO, HOUR_AGO);
      const res = await gc(false);
      assert.equal(res.status, 200);
      assert.ok(!res.body.removed.some((f: { path: string }) => f.path === path));
      assert.ok(
        res.body.kept.some(
          (k: { path: string; reason: string }) => k.path === path && /running VMM/.test(k.reason),
        ),
      );
      await stat(path);
      await stack.request('POST', `/v1/vms/${vmId}/stop`);
    });

    test('allocated bytes are reported per drive, per VM and per host', async () => {
      const created = await stack.createVm({
        start: false,
        drives: [{ drive_id: 'd', size_bytes: GiB }],
      });
      const vmId = created.body.id;
      const d = created.body.drives.find((x: { drive_id: string }) => x.drive_id === 'd');
      assert.equal(typeof d.allocated_bytes, 'number');
      assert.ok(d.allocated_bytes < GiB);
      await writeFile(d.path_on_host, Buffer.alloc(1024 * 1024, 1), { flag: 'r+' });
      await storageOf(); // measures again
      const vm = await stack.request('GET', `/v1/vms/${vmId}`);
      const measured = vm.body.drives.find((x: { drive_id: string }) => x.drive_id === 'd');
      assert.ok(measured.allocated_bytes >= 1024 * 1024, JSON.stringify(measured));
      assert.equal(vm.body.storage.provisioned_bytes, GiB + (vm.body.drives[0].size_bytes ?? 0));
      assert.ok(vm.body.storage.allocated_bytes >= 1024 * 1024);
      const host = await stack.request('GET', `/v1/hosts/${stack.hostId}`);
      assert.ok(host.body.storage.provisioned_bytes >= GiB);
      assert.ok(host.body.storage.allocated_bytes >= 1024 * 1024);
      assert.equal(host.body.storage.limit_bytes, Math.floor(host.body.storage.capacity_bytes * 4));
    });

    test('beyond capacity × overcommit: add and grow answer 507 and leave nothing behind', async (t) => {
      const created = await stack.createVm({
        start: false,
        drives: [{ drive_id: 'd', size_bytes: GiB }],
      });
      const vmId = created.body.id;
      const before = (await stack.request('GET', `/v1/hosts/${stack.hostId}`)).body.storage;
      // a limit 2 GiB above what is provisioned now, whatever the size of this machine's disk
      const overcommit = (before.provisioned_bytes + 2 * GiB) / before.capacity_bytes;
      const saved = stack.config.storageOvercommit;
      stack.config.storageOvercommit = overcommit;
      t.after(() => {
        stack.config.storageOvercommit = saved;
      });
      const host = (await stack.request('GET', `/v1/hosts/${stack.hostId}`)).body;
      const room = host.storage.limit_bytes - host.storage.provisioned_bytes;
      assert.ok(room > GiB && room <= 2 * GiB, String(room));
      const storageDir = join(stack.vmDir(vmId), 'storage');
      const filesBefore = (await readdir(storageDir)).sort();

      const add = await stack.request('POST', `/v1/vms/${vmId}/drives`, {
        drive_id: 'huge',
        size_bytes: room + 1,
      });
      assert.equal(add.status, 507, JSON.stringify(add.body));
      assert.equal(add.body.error.code, 'INSUFFICIENT_STORAGE');
      assert.equal(add.body.error.details.overcommit, overcommit);
      assert.equal(add.body.error.details.requested_bytes, room + 1);
      assert.match(add.body.error.message, /HEARTH_STORAGE_OVERCOMMIT/);
      assert.deepEqual((await readdir(storageDir)).sort(), filesBefore);

      const grow = await stack.request('PATCH', `/v1/vms/${vmId}/drives/d`, {
        size_bytes: GiB + room + 1,
      });
      assert.equal(grow.status, 507, JSON.stringify(grow.body));
      const d = created.body.drives.find((x: { drive_id: string }) => x.drive_id === 'd');
      assert.equal((await stat(d.path_on_host)).size, GiB);
      assert.equal((await stack.request('GET', `/v1/vms/${vmId}/drives/d`)).body.size_bytes, GiB);

      // placement counts storage too: no host can take a VM whose drives exceed the room
      const placed = await stack.createVm({
        start: false,
        drives: [{ drive_id: 'big', size_bytes: room + 1 }],
      });
      assert.equal(placed.status, 507, JSON.stringify(placed.body));
      assert.equal(placed.body.error.code, 'INSUFFICIENT_STORAGE');
      assert.ok(placed.body.error.details.reasons.some((r: string) => /storage/.test(r)));
    });

    test('a data drive copied from an image, and an image made from a stopped VM drive', async () => {
      const created = await stack.createVm({ start: false });
      const vmId = created.body.id;
      const copy = await stack.request('POST', `/v1/vms/${vmId}/drives`, {
        drive_id: 'golden',
        image_id: stack.rootfsImageId,
        size_bytes: 128 * 1024 * 1024,
      });
      assert.equal(copy.status, 201, JSON.stringify(copy.body));
      assert.equal(copy.body.source, 'image');
      assert.equal(copy.body.size_bytes, 128 * 1024 * 1024);
      assert.ok(copy.body.path_on_host.startsWith(join(stack.vmDir(vmId), 'storage')));
      assert.equal((await stat(copy.body.path_on_host)).size, 128 * 1024 * 1024);

      const tooSmall = await stack.request('POST', `/v1/vms/${vmId}/drives`, {
        drive_id: 'small',
        image_id: stack.rootfsImageId,
        size_bytes: 1024,
      });
      assert.equal(tooSmall.status, 400);
      const kernel = await stack.request('POST', `/v1/vms/${vmId}/drives`, {
        drive_id: 'k',
        image_id: stack.kernelImageId,
      });
      assert.equal(kernel.status, 400);
      assert.match(kernel.body.error.message, /rootfs/);
      const unknown = await stack.request('POST', `/v1/vms/${vmId}/drives`, {
        drive_id: 'u',
        image_id: randomUUID(),
      });
      assert.equal(unknown.status, 404);
      assert.equal(unknown.body.error.code, 'IMAGE_NOT_FOUND');

      const made = await stack.request('POST', `/v1/vms/${vmId}/drives/golden/image`, {
        name: `from-drive-${kind}`,
      });
      assert.equal(made.status, 201, JSON.stringify(made.body));
      assert.equal(made.body.kind, 'rootfs');
      assert.equal(made.body.size_bytes, 128 * 1024 * 1024);
      assert.ok(made.body.path.startsWith(join(stack.storageRoot, 'images')));
      await stat(made.body.path);
      const taken = await stack.request('POST', `/v1/vms/${vmId}/drives/golden/image`, {
        name: `from-drive-${kind}`,
      });
      assert.equal(taken.status, 409);
      assert.equal(taken.body.error.code, 'NAME_TAKEN');

      // the new image is an image like any other: a VM boots from it
      const booted = await stack.createVm({ start: true, rootfs_image_id: made.body.id });
      assert.equal(booted.status, 201, JSON.stringify(booted.body));
      assert.equal(booted.body.state, 'running');
      const refused = await stack.request('POST', `/v1/vms/${booted.body.id}/drives/rootfs/image`, {
        name: 'while-running',
      });
      assert.equal(refused.status, 409);
      assert.equal(refused.body.error.code, 'VM_INVALID_STATE');
      const images = await stack.request('GET', '/v1/images?name=while-running');
      assert.equal(images.body.items.length, 0);
      await stack.request('POST', `/v1/vms/${booted.body.id}/stop`);
    });

    test('MMDS serves the drive manifest on the VM NICs; it needs a NIC', async () => {
      const noNic = await stack.createVm({ start: false, mmds: true });
      assert.equal(noNic.status, 409);
      assert.equal(noNic.body.error.code, 'MMDS_NEEDS_NIC');

      const created = await stack.createVm({
        start: false,
        drives: [{ drive_id: 'data', size_bytes: GiB }],
        nics: [{ iface_id: 'eth0' }],
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const vmId = created.body.id;
      const on = await stack.request('PATCH', `/v1/vms/${vmId}`, { mmds: true });
      assert.equal(on.status, 200, JSON.stringify(on.body));
      assert.equal(on.body.mmds, true);
      const lastNic = await stack.request('DELETE', `/v1/vms/${vmId}/nics/eth0`);
      assert.equal(lastNic.status, 409);
      assert.equal(lastNic.body.error.code, 'MMDS_NEEDS_NIC');

      const started = await stack.request('POST', `/v1/vms/${vmId}/start`);
      assert.equal(started.status, 200, JSON.stringify(started.body));
      const client = new FirecrackerClient({
        socketPath: join(stack.vmDir(vmId), 'sock', 'firecracker.sock'),
      });
      try {
        const mmds = (await client.getMmds()) as Record<string, any>;
        assert.equal(mmds.hearth.vm_id, vmId);
        assert.deepEqual(mmds.hearth.drives.data.device, '/dev/vdb');
        assert.deepEqual(mmds.hearth.drives.rootfs.device, '/dev/vda');
      } finally {
        await client.close?.();
      }
      await stack.request('POST', `/v1/vms/${vmId}/stop`);
    });
  });
});
