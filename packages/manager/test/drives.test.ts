// Drives through the REST API of a real stack (agent in a netns as root, simulator as VMM): adds,
// edits and removals in every VM state are DB-only, files are provisioned and deleted by the
// agent, and the attachment tells what the running VMM has.
import assert from 'node:assert/strict';
import { readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { forEachDatabase } from './support/databases.ts';
import { type Stack, startStack } from './support/stack.ts';

const GiB = 1024 ** 3;

forEachDatabase((kind) => {
  describe('drives', () => {
    let stack: Stack;
    before(async () => {
      stack = await startStack(kind);
    });
    after(() => stack?.close());

    async function vm(start: boolean): Promise<string> {
      const created = await stack.createVm({ start });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal(created.body.state, start ? 'running' : 'created');
      return created.body.id;
    }

    const drivesOf = async (vmId: string) => {
      const res = await stack.request('GET', `/v1/vms/${vmId}/drives`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return res.body.items as Array<Record<string, any>>;
    };

    const eventsOf = async (vmId: string): Promise<string[]> => {
      const res = await stack.request('GET', `/v1/vms/${vmId}/events`);
      assert.equal(res.status, 200);
      return res.body.items.map((e: { message: string }) => e.message);
    };

    async function assertSparse(path: string, size: number) {
      const st = await stat(path);
      assert.ok(st.isFile());
      assert.equal(st.size, size);
      assert.ok(st.blocks * 512 < size, `${path} should be sparse (${st.blocks} blocks)`);
    }

    test('a never-started VM: provisioned drive of the default 10 GiB, sparse, in its storage dir', async () => {
      const vmId = await vm(false);
      const res = await stack.request('POST', `/v1/vms/${vmId}/drives`, { drive_id: 'data' });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      const drive = res.body;
      assert.equal(drive.drive_id, 'data');
      assert.equal(drive.source, 'provisioned');
      assert.equal(drive.size_bytes, 10 * GiB);
      assert.equal(drive.attachment, null);
      assert.equal(drive.is_root_device, false);
      assert.equal(drive.cache_type, 'Unsafe');
      assert.equal(drive.io_engine, 'Sync');
      assert.match(drive.path_on_host, /\/disk-[0-9a-f-]+\.img$/);
      assert.ok(drive.path_on_host.startsWith(`${join(stack.vmDir(vmId), 'storage')}/`));
      await assertSparse(drive.path_on_host, 10 * GiB);

      const listed = await drivesOf(vmId);
      assert.deepEqual(
        listed.map((d) => [d.drive_id, d.is_root_device, d.attachment]),
        [
          ['rootfs', true, null],
          ['data', false, null],
        ],
      );
      const got = await stack.request('GET', `/v1/vms/${vmId}/drives/data`);
      assert.equal(got.status, 200);
      assert.deepEqual(got.body, drive);
      const events = await eventsOf(vmId);
      assert.ok(
        events.some((m) => m.startsWith('Drive "data" added') && !m.includes('next start')),
      );
    });

    test('a stopped VM: add with the requested size, then start attaches it with its settings', async () => {
      const vmId = await vm(true);
      assert.equal((await stack.request('POST', `/v1/vms/${vmId}/stop`)).status, 200);
      const res = await stack.request('POST', `/v1/vms/${vmId}/drives`, {
        drive_id: 'scratch',
        size_bytes: 64 * 1024 * 1024,
        cache_type: 'Writeback',
        io_engine: 'Async',
        is_read_only: true,
        rate_limiter: { bandwidth: { size: 1048576, refill_time: 100 } },
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.body.attachment, null);
      await assertSparse(res.body.path_on_host, 64 * 1024 * 1024);

      const started = await stack.request('POST', `/v1/vms/${vmId}/start`);
      assert.equal(started.status, 200, JSON.stringify(started.body));
      const live = await stack.agent.liveConfig(vmId);
      const scratch = live.drives?.find((d) => d.drive_id === 'scratch');
      assert.ok(scratch, 'the live config lists the new drive');
      assert.equal(scratch.path_on_host, res.body.path_on_host);
      assert.equal(scratch.cache_type, 'Writeback');
      assert.equal(scratch.io_engine, 'Async');
      assert.equal(scratch.is_read_only, true);
      assert.deepEqual(
        (await drivesOf(vmId)).map((d) => [d.drive_id, d.attachment]),
        [
          ['rootfs', 'attached'],
          ['scratch', 'attached'],
        ],
      );
    });

    test('a running VM: add is pending_attach and leaves the VMM alone; it attaches at the next start', async () => {
      const vmId = await vm(true);
      const liveBefore = await stack.agent.liveConfig(vmId);
      const res = await stack.request('POST', `/v1/vms/${vmId}/drives`, {
        drive_id: 'late',
        size_bytes: 32 * 1024 * 1024,
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.body.attachment, 'pending_attach');
      assert.deepEqual(await stack.agent.liveConfig(vmId), liveBefore, 'no change in the VMM');
      assert.deepEqual(
        (await drivesOf(vmId)).map((d) => [d.drive_id, d.attachment]),
        [
          ['rootfs', 'attached'],
          ['late', 'pending_attach'],
        ],
      );
      const events = await eventsOf(vmId);
      assert.ok(events.some((m) => m.startsWith('Drive "late" added') && m.includes('next start')));

      assert.equal((await stack.request('POST', `/v1/vms/${vmId}/stop`)).status, 200);
      await assertSparse(res.body.path_on_host, 32 * 1024 * 1024);
      assert.equal((await stack.request('POST', `/v1/vms/${vmId}/start`)).status, 200);
      const live = await stack.agent.liveConfig(vmId);
      assert.ok(
        live.drives?.some((d) => d.drive_id === 'late' && d.path_on_host === res.body.path_on_host),
      );
      const late = await stack.request('GET', `/v1/vms/${vmId}/drives/late`);
      assert.equal(late.body.attachment, 'attached');
    });

    test('a running VM: update is pending_change, removal is pending_detach, the VMM keeps its config', async () => {
      const vmId = await vm(false);
      const added = await stack.request('POST', `/v1/vms/${vmId}/drives`, {
        drive_id: 'logs',
        size_bytes: 16 * 1024 * 1024,
      });
      assert.equal(added.status, 201);
      assert.equal((await stack.request('POST', `/v1/vms/${vmId}/start`)).status, 200);
      const liveBefore = await stack.agent.liveConfig(vmId);

      const patched = await stack.request('PATCH', `/v1/vms/${vmId}/drives/logs`, {
        cache_type: 'Writeback',
      });
      assert.equal(patched.status, 200, JSON.stringify(patched.body));
      assert.equal(patched.body.cache_type, 'Writeback');
      assert.equal(patched.body.attachment, 'pending_change');

      // a limiter Firecracker would not build (zero refill) is the same as none: still attached
      const rootPatch = await stack.request('PATCH', `/v1/vms/${vmId}/drives/rootfs`, {
        rate_limiter: { ops: { size: 0, refill_time: 0 } },
      });
      assert.equal(rootPatch.status, 200);
      assert.equal(rootPatch.body.attachment, 'attached');

      const removed = await stack.request('DELETE', `/v1/vms/${vmId}/drives/logs`);
      assert.equal(removed.status, 204);
      const listed = await drivesOf(vmId);
      const detached = listed.find((d) => d.drive_id === 'logs');
      assert.deepEqual(
        { ...detached },
        {
          id: null,
          vm_id: vmId,
          drive_id: 'logs',
          path_on_host: added.body.path_on_host,
          size_bytes: null,
          source: null,
          is_root_device: false,
          is_read_only: false,
          cache_type: 'Unsafe',
          io_engine: 'Sync',
          rate_limiter: null,
          attachment: 'pending_detach',
          allocated_bytes: null,
          live_size_bytes: added.body.size_bytes,
          guest_device: null,
          live_guest_device: '/dev/vdb',
          pending_fields: [],
          live_apply: false,
          created_at: null,
          updated_at: null,
        },
      );
      const got = await stack.request('GET', `/v1/vms/${vmId}/drives/logs`);
      assert.equal(got.status, 200);
      assert.equal(got.body.attachment, 'pending_detach');
      assert.deepEqual(await stack.agent.liveConfig(vmId), liveBefore, 'no change in the VMM');
      await stat(added.body.path_on_host); // kept: delete_file was not asked for
      const events = await eventsOf(vmId);
      assert.ok(
        events.some(
          (m) => m.startsWith('Drive "logs" updated (cache_type)') && m.includes('next start'),
        ),
      );
      assert.ok(events.some((m) => m.startsWith('Drive "logs" removed') && m.includes('was kept')));

      assert.equal((await stack.request('POST', `/v1/vms/${vmId}/restart`)).status, 200);
      assert.deepEqual(
        (await drivesOf(vmId)).map((d) => [d.drive_id, d.attachment]),
        [['rootfs', 'attached']],
      );
      assert.equal((await stack.request('GET', `/v1/vms/${vmId}/drives/logs`)).status, 404);
    });

    test('a host path drive: allowed and existing, size_bytes null, source host_path', async () => {
      const vmId = await vm(true);
      const path = join(stack.imagesDir, `shared-${vmId}.img`);
      await writeFile(path, Buffer.alloc(4096));
      const res = await stack.request('POST', `/v1/vms/${vmId}/drives`, {
        drive_id: 'shared',
        path_on_host: path,
        is_read_only: true,
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.body.source, 'host_path');
      assert.equal(res.body.size_bytes, null);
      assert.equal(res.body.path_on_host, path);
      assert.equal(res.body.attachment, 'pending_attach');
      assert.equal((await stack.request('POST', `/v1/vms/${vmId}/restart`)).status, 200);
      const live = await stack.agent.liveConfig(vmId);
      assert.ok(
        live.drives?.some(
          (d) => d.drive_id === 'shared' && d.path_on_host === path && d.is_read_only,
        ),
      );
    });

    test('delete_file=true removes a provisioned file; it is refused for a host path, which stays', async () => {
      const vmId = await vm(true);
      const added = await stack.request('POST', `/v1/vms/${vmId}/drives`, {
        drive_id: 'tmp',
        size_bytes: 1024 * 1024,
      });
      assert.equal(added.status, 201);
      const removed = await stack.request('DELETE', `/v1/vms/${vmId}/drives/tmp?delete_file=true`);
      assert.equal(removed.status, 204, JSON.stringify(removed.body));
      await assert.rejects(stat(added.body.path_on_host), { code: 'ENOENT' });
      const events = await eventsOf(vmId);
      assert.ok(
        events.some((m) => m.startsWith('Drive "tmp" removed') && m.includes('was deleted')),
      );

      const gone = await stack.request('POST', `/v1/vms/${vmId}/drives`, {
        drive_id: 'gone',
        size_bytes: 4096,
      });
      assert.equal(gone.status, 201);
      await rm(gone.body.path_on_host);
      assert.equal(
        (await stack.request('DELETE', `/v1/vms/${vmId}/drives/gone?delete_file=true`)).status,
        204,
      );
      assert.ok(
        (await eventsOf(vmId)).some(
          (m) => m.startsWith('Drive "gone" removed') && m.includes('already gone'),
        ),
      );

      const path = join(stack.imagesDir, `keep-${vmId}.img`);
      await writeFile(path, Buffer.alloc(4096));
      const hostDrive = await stack.request('POST', `/v1/vms/${vmId}/drives`, {
        drive_id: 'keep',
        path_on_host: path,
      });
      assert.equal(hostDrive.status, 201);
      const refused = await stack.request('DELETE', `/v1/vms/${vmId}/drives/keep?delete_file=true`);
      assert.equal(refused.status, 400);
      assert.equal(refused.body.error.code, 'VALIDATION_FAILED');
      assert.match(refused.body.error.message, /not Hearth's to delete/);
      await stat(path);
      assert.ok((await drivesOf(vmId)).some((d) => d.drive_id === 'keep' && d.id !== null));
      assert.equal((await stack.request('DELETE', `/v1/vms/${vmId}/drives/keep`)).status, 204);
      await stat(path);
    });

    test('the root device cannot be removed', async () => {
      const vmId = await vm(false);
      const res = await stack.request('DELETE', `/v1/vms/${vmId}/drives/rootfs?delete_file=true`);
      assert.equal(res.status, 409);
      assert.equal(res.body.error.code, 'ROOT_DEVICE_REQUIRED');
      const rootfs = (await drivesOf(vmId)).find((d) => d.drive_id === 'rootfs');
      assert.ok(rootfs);
      await stat(rootfs.path_on_host);
      assert.deepEqual(await readdir(join(stack.vmDir(vmId), 'storage')), ['rootfs.img']);
    });
  });
});
