// VM isolation through the REST API on a real stack whose agent's storage root is given
// through a symlink: the agent refuses, at every start, any drive that reaches another VM's
// files, Hearth's control files or a registered image read-write, or opens one file
// read-write twice; image registration refuses the storage root; a heartbeat cannot rewrite
// a host's safety facts; delete_file keeps a file another drive row uses.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, realpath, rm, stat, symlink, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { writeSparseImage } from '@hearth/firecracker';
import { killAllVmms } from '../../agent/test/support/vm-fixtures.ts';
import { insertDrive } from '../src/drives/drives.repository.ts';
import { listHostEvents } from '../src/hosts/host-events.ts';
import { forEachDatabase } from './support/databases.ts';
import { JOIN_TOKEN, type Stack, startStack } from './support/stack.ts';

forEachDatabase((kind) => {
  describe('VM isolation (symlinked storage root)', () => {
    let stack: Stack;
    let rootsDir: string;
    /** HEARTH_STORAGE_ROOT: a symlink to realRoot */
    let link: string;
    let realRoot: string;
    let vmA: { id: string; rootfs: string };

    before(async () => {
      rootsDir = await realpath(await mkdtemp(join(tmpdir(), 'hearth-iso-m-')));
      realRoot = join(rootsDir, 'real-vms');
      link = join(rootsDir, 'vms');
      await mkdir(realRoot);
      await symlink(realRoot, link);
      stack = await startStack(kind, { env: { HEARTH_STORAGE_ROOT: link } });
      const a = await stack.createVm();
      assert.equal(a.status, 201, JSON.stringify(a.body));
      vmA = { id: a.body.id, rootfs: rootfsOf(a.body) };
    });

    after(async () => {
      await stack?.close();
      await killAllVmms(realRoot).catch(() => {});
      await rm(rootsDir, { recursive: true, force: true });
    });

    const rootfsOf = (vm: { drives: { drive_id: string; path_on_host: string }[] }) => {
      const drive = vm.drives.find((d) => d.drive_id === 'rootfs');
      assert.ok(drive);
      return drive.path_on_host;
    };

    async function stoppedVm(): Promise<{ id: string; rootfs: string }> {
      const created = await stack.createVm({ start: false });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return { id: created.body.id, rootfs: rootfsOf(created.body) };
    }

    const start = (vmId: string) => stack.request('POST', `/v1/vms/${vmId}/start`);
    const stop = async (vmId: string) => {
      const res = await stack.request('POST', `/v1/vms/${vmId}/stop`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
    };
    const addDrive = async (vmId: string, body: Record<string, unknown>) => {
      const res = await stack.request('POST', `/v1/vms/${vmId}/drives`, body);
      assert.equal(res.status, 201, JSON.stringify(res.body));
      return res.body;
    };
    const removeDrive = async (vmId: string, driveId: string) => {
      const res = await stack.request('DELETE', `/v1/vms/${vmId}/drives/${driveId}`);
      assert.equal(res.status, 204, JSON.stringify(res.body));
    };

    function assertStartRefused(
      res: { status: number; body: any },
      expected: { status: number; code: string; reason: string; drive_id: string },
    ) {
      assert.equal(res.status, expected.status, JSON.stringify(res.body));
      assert.equal(res.body.error.code, expected.code);
      assert.equal(res.body.error.details.reason, expected.reason);
      assert.equal(res.body.error.details.drive_id, expected.drive_id);
      assert.ok(res.body.error.details.real_path, 'the resolved path is named');
    }

    test('the host records the real storage root the agent resolved', async () => {
      const host = await stack.request('GET', `/v1/hosts/${stack.hostId}`);
      assert.equal(host.body.capabilities.storage_root, realRoot);
    });

    test("a drive reaching another VM's disk through the symlinked root is refused at add and at start", async () => {
      const b = await stoppedVm();
      const viaLink = vmA.rootfs.replace(realRoot, link);
      const add = await stack.request('POST', `/v1/vms/${b.id}/drives`, {
        drive_id: 'stolen',
        path_on_host: viaLink,
        is_read_only: true,
      });
      assert.equal(add.status, 400, JSON.stringify(add.body));
      assert.equal(add.body.error.code, 'PATH_NOT_ALLOWED');
      // a row the add-time check never saw (an older manager, a restored backup): the agent
      // is the guard that counts
      await insertDrive(stack.ctx.db, {
        id: randomUUID(),
        vm_id: b.id,
        drive_id: 'stolen',
        path_on_host: viaLink,
        size_bytes: null,
        source: 'host_path',
        is_root_device: false,
        is_read_only: true,
        cache_type: 'Unsafe',
        io_engine: 'Sync',
        rate_limiter: null,
        allocated_bytes: null,
      });
      assertStartRefused(await start(b.id), {
        status: 400,
        code: 'PATH_NOT_ALLOWED',
        reason: 'other_vm_directory',
        drive_id: 'stolen',
      });
      const vm = await stack.request('GET', `/v1/vms/${b.id}`);
      assert.equal(vm.body.state, 'error');
      assert.equal(vm.body.last_error.drive_id, 'stolen');
    });

    test('a host-path symlink re-pointed at another VM disk after the add is refused at the next start', async () => {
      const b = await stoppedVm();
      const harmless = join(stack.imagesDir, `harmless-${b.id}.img`);
      const pointer = join(stack.imagesDir, `pointer-${b.id}.img`);
      await writeSparseImage(harmless, 1024 * 1024);
      await symlink(harmless, pointer);
      await addDrive(b.id, { drive_id: 'data', path_on_host: pointer });
      const first = await start(b.id);
      assert.equal(first.status, 200, JSON.stringify(first.body));
      const data = first.body.drives.find((d: { drive_id: string }) => d.drive_id === 'data');
      assert.equal(data.attachment, 'attached', 'the symlinked path compares equal to its row');
      await stop(b.id);

      await unlink(pointer);
      await symlink(vmA.rootfs, pointer);
      assertStartRefused(await start(b.id), {
        status: 400,
        code: 'PATH_NOT_ALLOWED',
        reason: 'other_vm_directory',
        drive_id: 'data',
      });
    });

    test('a registered image read-write, the own vmm.json, a second rw drive on the own rootfs are refused', async () => {
      const b = await stoppedVm();
      const image = join(stack.imagesDir, 'rootfs.ext4'); // registered by the stack
      await addDrive(b.id, { drive_id: 'golden', path_on_host: image });
      assertStartRefused(await start(b.id), {
        status: 400,
        code: 'PATH_NOT_ALLOWED',
        reason: 'image_read_write',
        drive_id: 'golden',
      });
      await removeDrive(b.id, 'golden');
      await addDrive(b.id, { drive_id: 'golden', path_on_host: image, is_read_only: true });
      const readOnly = await start(b.id);
      assert.equal(readOnly.status, 200, JSON.stringify(readOnly.body));

      // running: its vmm.json exists, so the add-time check lets it through
      await addDrive(b.id, { drive_id: 'record', path_on_host: join(realRoot, b.id, 'vmm.json') });
      await stop(b.id);
      assertStartRefused(await start(b.id), {
        status: 400,
        code: 'PATH_NOT_ALLOWED',
        reason: 'control_file',
        drive_id: 'record',
      });
      await removeDrive(b.id, 'record');

      await addDrive(b.id, { drive_id: 'twice', path_on_host: b.rootfs });
      assertStartRefused(await start(b.id), {
        status: 409,
        code: 'FILE_IN_USE',
        reason: 'duplicate_read_write',
        drive_id: 'twice',
      });
    });

    test('image registration refuses a path inside the storage root, however it is spelled', async () => {
      const pointer = join(stack.imagesDir, 'sneaky.img');
      await symlink(vmA.rootfs, pointer);
      for (const path of [vmA.rootfs, vmA.rootfs.replace(realRoot, link), pointer]) {
        const res = await stack.request('POST', '/v1/images', {
          kind: 'rootfs',
          name: `stolen-${randomUUID().slice(0, 8)}`,
          path,
          host_id: stack.hostId,
        });
        assert.equal(res.status, 400, `${path}: ${JSON.stringify(res.body)}`);
        assert.equal(res.body.error.code, 'PATH_NOT_ALLOWED');
        assert.equal(res.body.error.details.reason, 'inside_storage_root');
        assert.equal(res.body.error.details.path, path);
      }
      const images = await stack.request('GET', '/v1/images');
      assert.equal(images.body.items.length, 2, 'nothing registered');
    });

    test('a heartbeat updates free capacity only; claimed safety facts are kept and recorded', async () => {
      const before = (await stack.request('GET', `/v1/hosts/${stack.hostId}`)).body;
      const beat = await stack.app.inject({
        method: 'POST',
        url: `/v1/hosts/${stack.hostId}/heartbeat`,
        headers: { authorization: `Bearer ${JOIN_TOKEN}` },
        payload: {
          capabilities: {
            ...before.capabilities,
            storage_root: '/nowhere',
            vmm: {
              mode: 'firecracker',
              binary: '/usr/bin/firecracker',
              version: 'v1',
              reasons: [],
            },
            firecracker: { ...before.capabilities.firecracker, simulator: false },
            storage_free_bytes: 12345,
          },
        },
      });
      assert.equal(beat.statusCode, 200, beat.body);
      const after = JSON.parse(beat.body);
      assert.equal(after.capabilities.storage_root, realRoot);
      assert.deepEqual(after.capabilities.vmm, before.capabilities.vmm);
      assert.equal(after.capabilities.firecracker.simulator, true);
      assert.equal(after.capabilities.storage_free_bytes, 12345);
      const [event] = await listHostEvents(stack.ctx.db, stack.hostId, 1);
      assert.ok(event);
      assert.equal(event.level, 'warn');
      assert.match(event.message, /storage_root/);
      assert.deepEqual(Object.keys(event.data.refused as object).sort(), [
        'firecracker',
        'storage_root',
        'vmm',
      ]);

      // the safety checks still work: a drive in VM A's directory is still refused
      const b = await stoppedVm();
      const add = await stack.request('POST', `/v1/vms/${b.id}/drives`, {
        drive_id: 'stolen',
        path_on_host: vmA.rootfs,
      });
      assert.equal(add.status, 400, JSON.stringify(add.body));
    });

    test('re-registration takes the safety facts from the agent and records what changed', async () => {
      const host = (await stack.request('GET', `/v1/hosts/${stack.hostId}`)).body;
      await stack.ctx.db
        .updateTable('host')
        .set({
          capabilities: JSON.stringify({ ...host.capabilities, storage_root: '/old' }),
        })
        .where('id', '=', stack.hostId)
        .execute();
      const res = await stack.app.inject({
        method: 'POST',
        url: '/v1/hosts',
        headers: { authorization: `Bearer ${JOIN_TOKEN}` },
        payload: {
          name: host.name,
          addr: stack.agentAddr,
          agent_token: stack.agentToken,
          capabilities: { storage_root: '/evil', zone: 'b' },
        },
      });
      assert.equal(res.statusCode, 200, res.body);
      const body = JSON.parse(res.body);
      assert.equal(body.capabilities.storage_root, realRoot);
      assert.equal(body.capabilities.zone, 'b');
      const [event] = await listHostEvents(stack.ctx.db, stack.hostId, 1);
      assert.ok(event);
      assert.match(event.message, /Re-registration changed storage_root/);
      assert.deepEqual(event.data.changes, { storage_root: { before: '/old', after: realRoot } });
    });

    test('delete_file on a file another drive row uses is 409 FILE_IN_USE and deletes nothing', async () => {
      const c = await stoppedVm();
      const data = await addDrive(c.id, { drive_id: 'data', size_bytes: 1024 * 1024 });
      await addDrive(c.id, { drive_id: 'alias', path_on_host: data.path_on_host });
      const res = await stack.request('DELETE', `/v1/vms/${c.id}/drives/data?delete_file=true`);
      assert.equal(res.status, 409, JSON.stringify(res.body));
      assert.equal(res.body.error.code, 'FILE_IN_USE');
      assert.equal(res.body.error.details.other_drive_id, 'alias');
      assert.equal(res.body.error.details.other_vm_id, c.id);
      assert.ok(res.body.error.details.other_vm_name);
      assert.ok((await stat(data.path_on_host)).isFile(), 'file kept');
      const kept = await stack.request('GET', `/v1/vms/${c.id}/drives/data`);
      assert.equal(kept.status, 200, 'row kept');
      // once nothing else names it, it may go
      await removeDrive(c.id, 'alias');
      const gone = await stack.request('DELETE', `/v1/vms/${c.id}/drives/data?delete_file=true`);
      assert.equal(gone.status, 204, JSON.stringify(gone.body));
      await assert.rejects(stat(data.path_on_host));
    });
  });
});
