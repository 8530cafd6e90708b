// The product's acceptance checklist (issue 4): the drive semantics of DESIGN.md, end to end
// through the REST API of a running all-in-one Hearth, asserting on files in the VM's storage
// and on the live Firecracker configuration — not only on API replies.
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { readFile, unlink, writeFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { databaseKinds, type Hearth, startHearth } from './support/hearth.ts';

const MiB = 1024 * 1024;

for (const kind of databaseKinds()) {
  describe(`drive scenarios (all-in-one, ${kind})`, () => {
    let hearth: Hearth;
    let images: { kernel: string; rootfs: string };
    let counter = 0;

    before(async () => {
      hearth = await startHearth(kind);
      images = await hearth.images();
    });
    after(async () => {
      await hearth?.close();
    });

    const createVm = (extra: Record<string, unknown> = {}) =>
      hearth.api('POST', '/v1/vms', {
        name: `e2e-${kind}-${++counter}`,
        vcpu: 1,
        mem_mib: 128,
        kernel_image_id: images.kernel,
        rootfs_image_id: images.rootfs,
        ...extra,
      });

    const liveDrive = async (vmId: string, driveId: string) =>
      (await hearth.liveConfig(vmId)).drives?.find((d) => d.drive_id === driveId);

    test('1. add a drive while running: pending until restart, then attached with its settings', async () => {
      const created = await createVm();
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const vm = created.body;
      assert.equal(vm.state, 'running');
      const before = await hearth.liveConfig(vm.id);
      assert.deepEqual(
        before.drives?.map((d) => d.drive_id),
        ['rootfs'],
      );

      const added = await hearth.api('POST', `/v1/vms/${vm.id}/drives`, {
        drive_id: 'data1',
        size_bytes: 256 * MiB,
        is_read_only: true,
        cache_type: 'Writeback',
        io_engine: 'Async',
        rate_limiter: { bandwidth: { size: 1048576, refill_time: 100 } },
      });
      assert.equal(added.status, 201, JSON.stringify(added.body));
      assert.equal(added.body.attachment, 'pending_attach');
      assert.equal(added.body.source, 'provisioned');
      // no VMM call: Firecracker still has only the root drive
      assert.deepEqual(await hearth.liveConfig(vm.id), before);

      const stopped = await hearth.api('POST', `/v1/vms/${vm.id}/stop`);
      assert.equal(stopped.status, 200, JSON.stringify(stopped.body));
      assert.equal(stopped.body.state, 'stopped');
      const path = added.body.path_on_host as string;
      assert.ok(path.startsWith(`${hearth.vmDir(vm.id)}/storage/`), path);
      assert.equal(statSync(path).size, 256 * MiB);

      const started = await hearth.api('POST', `/v1/vms/${vm.id}/start`);
      assert.equal(started.status, 200, JSON.stringify(started.body));
      assert.deepEqual(await liveDrive(vm.id, 'data1'), {
        drive_id: 'data1',
        partuuid: null,
        is_root_device: false,
        cache_type: 'Writeback',
        is_read_only: true,
        path_on_host: path,
        rate_limiter: {
          bandwidth: { size: 1048576, one_time_burst: null, refill_time: 100 },
          ops: null,
        },
        io_engine: 'Async',
        socket: null,
      });
      const listed = await hearth.api('GET', `/v1/vms/${vm.id}/drives`);
      const data1 = listed.body.items.find((d: { drive_id: string }) => d.drive_id === 'data1');
      assert.equal(data1.attachment, 'attached');
    });

    test('2. create, stop, add a drive, start: the drive is attached', async () => {
      const vm = (await createVm()).body;
      assert.equal((await hearth.api('POST', `/v1/vms/${vm.id}/stop`)).status, 200);
      const added = await hearth.api('POST', `/v1/vms/${vm.id}/drives`, {
        drive_id: 'scratch',
        size_bytes: 64 * MiB,
      });
      assert.equal(added.status, 201, JSON.stringify(added.body));
      assert.equal(added.body.attachment, null, 'attachment is null while the VM is stopped');
      assert.equal((await hearth.api('POST', `/v1/vms/${vm.id}/start`)).status, 200);
      const live = await liveDrive(vm.id, 'scratch');
      assert.equal(live?.path_on_host, added.body.path_on_host);
      assert.equal(live?.is_read_only, false);
      const got = await hearth.api('GET', `/v1/vms/${vm.id}/drives/scratch`);
      assert.equal(got.body.attachment, 'attached');
    });

    test('3. delete a VM with extra drives: its directory and its drive rows are gone', async () => {
      const created = await createVm({
        drives: [
          { drive_id: 'extra1', size_bytes: 32 * MiB },
          { drive_id: 'extra2', size_bytes: 48 * MiB, is_read_only: true },
        ],
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const vm = created.body;
      assert.deepEqual(vm.drives.map((d: { drive_id: string }) => d.drive_id).sort(), [
        'extra1',
        'extra2',
        'rootfs',
      ]);
      assert.ok(existsSync(hearth.vmDir(vm.id)));
      const deleted = await hearth.api('DELETE', `/v1/vms/${vm.id}`);
      assert.equal(deleted.status, 204, JSON.stringify(deleted.body));
      assert.equal(existsSync(hearth.vmDir(vm.id)), false, 'storage directory removed');
      assert.equal((await hearth.api('GET', `/v1/vms/${vm.id}`)).status, 404);
      const drives = await hearth.api('GET', `/v1/vms/${vm.id}/drives`);
      assert.equal(drives.status, 404);
      assert.equal(drives.body.error.code, 'VM_NOT_FOUND');
    });

    test('4. a provisioned drive deleted by hand comes back sparse, same size, attached', async () => {
      const created = await createVm({ drives: [{ drive_id: 'cache', size_bytes: 512 * MiB }] });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const vm = created.body;
      const drive = vm.drives.find((d: { drive_id: string }) => d.drive_id === 'cache');
      assert.equal((await hearth.api('POST', `/v1/vms/${vm.id}/stop`)).status, 200);
      await unlink(drive.path_on_host);
      const started = await hearth.api('POST', `/v1/vms/${vm.id}/start`);
      assert.equal(started.status, 200, JSON.stringify(started.body));
      const st = statSync(drive.path_on_host);
      assert.equal(st.size, 512 * MiB);
      assert.ok(st.blocks * 512 < 1 * MiB, `sparse: ${st.blocks * 512} bytes allocated`);
      assert.equal((await liveDrive(vm.id, 'cache'))?.path_on_host, drive.path_on_host);
    });

    test('a missing host-path drive fails the start, names the drive, VM in error', async () => {
      const hostFile = `${hearth.hostFilesDir}/shared-${kind}.img`;
      await writeFile(hostFile, Buffer.alloc(4096));
      const vm = (await createVm({ start: false })).body;
      const added = await hearth.api('POST', `/v1/vms/${vm.id}/drives`, {
        drive_id: 'shared',
        path_on_host: hostFile,
      });
      assert.equal(added.status, 201, JSON.stringify(added.body));
      assert.equal(added.body.size_bytes, null);
      assert.equal(added.body.source, 'host_path');
      await unlink(hostFile);
      const started = await hearth.api('POST', `/v1/vms/${vm.id}/start`);
      assert.equal(started.status, 422, JSON.stringify(started.body));
      assert.match(started.body.error.message, /shared/);
      const got = (await hearth.api('GET', `/v1/vms/${vm.id}`)).body;
      assert.equal(got.state, 'error');
      assert.equal(got.last_error.drive_id, 'shared');
      const events = (await hearth.api('GET', `/v1/vms/${vm.id}/events`)).body.items;
      assert.ok(
        events.some(
          (e: { level: string; message: string }) =>
            e.level === 'error' && /shared/.test(e.message),
        ),
      );
    });

    test('a VMM that dies on its own shows as error, with the exit in the events', async () => {
      const vm = (await createVm()).body;
      const state = JSON.parse(await readFile(`${hearth.vmDir(vm.id)}/vmm.json`, 'utf8'));
      process.kill(state.pid, 'SIGKILL');
      let got = vm;
      for (let i = 0; i < 100 && got.state === 'running'; i++) {
        await new Promise((r) => setTimeout(r, 100));
        got = (await hearth.api('GET', `/v1/vms/${vm.id}`)).body;
      }
      assert.equal(got.state, 'error');
      assert.equal(got.last_error.code, 'VMM_EXITED');
      const events = (await hearth.api('GET', `/v1/vms/${vm.id}/events`)).body.items;
      assert.match(events[0].message, /VMM exited on its own/);
    });

    test('concurrent start and stop of a running VM: the start is a no-op or VM_BUSY', async () => {
      const vm = (await createVm()).body;
      const [stop, start] = await Promise.all([
        hearth.api('POST', `/v1/vms/${vm.id}/stop`),
        hearth.api('POST', `/v1/vms/${vm.id}/start`),
      ]);
      assert.equal(stop.status, 200, JSON.stringify(stop.body));
      // a start that came first finds the VM running (a no-op, 200); one that came during the
      // stop finds it stopping (409 VM_BUSY); never a second launch
      if (start.status === 409) assert.equal(start.body.error.code, 'VM_BUSY');
      else assert.equal(start.status, 200, JSON.stringify(start.body));
      // (a start that arrived once the stop was over starts it again, legitimately)
      const got = (await hearth.api('GET', `/v1/vms/${vm.id}`)).body;
      if (got.state === 'running') assert.equal(start.status, 200);
      else assert.equal(got.state, 'stopped');
    });
  });
}
