// Every bad drive request gets a clear 4xx in the documented shape and leaves nothing behind:
// no row, no provisioned file, no event.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { driveConflictFromDb } from '../src/drives/drive-plan.ts';
import { insertDrive, listDrives } from '../src/drives/drives.repository.ts';
import { nicConflictFromDb, tapNameClash } from '../src/nics/nic-plan.ts';
import { insertNic, listNics } from '../src/nics/nics.repository.ts';
import { beginTransition, finishTransition } from '../src/vms/vms.repository.ts';
import { forEachDatabase } from './support/databases.ts';
import { type Stack, startStack } from './support/stack.ts';

forEachDatabase((kind) => {
  describe('drive validation', () => {
    let stack: Stack;
    let vmId: string;
    before(async () => {
      stack = await startStack(kind);
      const created = await stack.createVm({ start: false });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      vmId = created.body.id;
    });
    after(() => stack?.close());

    /** Rows, files and events of the VM: none of them may change on a refused request. */
    async function footprint() {
      const drives = await stack.request('GET', `/v1/vms/${vmId}/drives`);
      const events = await stack.request('GET', `/v1/vms/${vmId}/events`);
      return {
        drives: drives.body.items,
        files: (await readdir(join(stack.vmDir(vmId), 'storage'))).sort(),
        events: events.body.items.length,
      };
    }

    async function refused(
      method: string,
      url: string,
      body: unknown,
      status: number,
      code: string,
    ): Promise<{ message: string; details: Record<string, unknown> }> {
      const before = await footprint();
      const res = await stack.request(method, url, body);
      assert.equal(
        res.status,
        status,
        `${method} ${url} ${JSON.stringify(body)} -> ${JSON.stringify(res.body)}`,
      );
      assert.equal(res.body.error.code, code);
      assert.equal(typeof res.body.error.message, 'string');
      assert.equal(typeof res.body.error.details, 'object');
      assert.deepEqual(await footprint(), before, 'nothing left behind');
      return res.body.error;
    }

    const add = (body: unknown, status: number, code: string) =>
      refused('POST', `/v1/vms/${vmId}/drives`, body, status, code);

    test('400 for an invalid drive_id, cache_type, io_engine or an unknown field', async () => {
      for (const drive_id of ['bad-id', 'has space', '', 'x'.repeat(65), 'dätä']) {
        await add({ drive_id }, 400, 'VALIDATION_FAILED');
      }
      await add({ drive_id: 'd1', cache_type: 'writeback' }, 400, 'VALIDATION_FAILED');
      await add({ drive_id: 'd1', io_engine: 'Uring' }, 400, 'VALIDATION_FAILED');
      await add({ drive_id: 'd1', partuuid: 'abc' }, 400, 'VALIDATION_FAILED');
      await add({ drive_id: 'd1', is_root_device: 'yes' }, 400, 'VALIDATION_FAILED');
    });

    test('400 for a rate limiter of the wrong shape', async () => {
      const limiters = [
        { bandwidth: { size: 1000 } },
        { ops: { refill_time: 100 } },
        { bandwidth: { size: -1, refill_time: 100 } },
        { bandwidth: { size: 1.5, refill_time: 100 } },
        { foo: { size: 1, refill_time: 1 } },
        { bandwidth: { size: 1, refill_time: 1, extra: 1 } },
        'fast',
      ];
      for (const rate_limiter of limiters) {
        await add({ drive_id: 'd1', rate_limiter }, 400, 'VALIDATION_FAILED');
      }
    });

    test('400 for a size <= 0, above the maximum, not an integer, or given with a path', async () => {
      for (const size_bytes of [0, -1, 1.5, stack.config.maxDriveBytes + 1]) {
        const error = await add({ drive_id: 'd1', size_bytes }, 400, 'VALIDATION_FAILED');
        if (Number.isInteger(size_bytes)) assert.match(error.message, /size_bytes/);
      }
      const file = join(stack.imagesDir, 'sized.img');
      await writeFile(file, Buffer.alloc(512));
      const error = await add(
        { drive_id: 'd1', path_on_host: file, size_bytes: 1024 },
        400,
        'VALIDATION_FAILED',
      );
      assert.match(error.message, /size_bytes/);
    });

    test('400 PATH_NOT_ALLOWED for a host path outside the allowed roots, or escaping them', async () => {
      const outside = join(stack.dir, 'outside.img');
      await writeFile(outside, Buffer.alloc(512));
      const error = await add({ drive_id: 'd1', path_on_host: outside }, 400, 'PATH_NOT_ALLOWED');
      assert.equal(error.details.path, outside);
      await add({ drive_id: 'd1', path_on_host: '/etc/passwd' }, 400, 'PATH_NOT_ALLOWED');
      await add(
        { drive_id: 'd1', path_on_host: `${stack.imagesDir}/../outside.img` },
        400,
        'PATH_NOT_ALLOWED',
      );
      await add({ drive_id: 'd1', path_on_host: 'relative/disk.img' }, 400, 'VALIDATION_FAILED');
      await add(
        { drive_id: 'd1', path_on_host: `${stack.imagesDir}/a\u0000b` },
        400,
        'VALIDATION_FAILED',
      );
    });

    test("400 PATH_NOT_ALLOWED for a host path in another VM's storage directory", async () => {
      const other = await stack.createVm({ start: false });
      assert.equal(other.status, 201);
      const disk = await stack.request('POST', `/v1/vms/${other.body.id}/drives`, {
        drive_id: 'secret',
        size_bytes: 4096,
      });
      assert.equal(disk.status, 201);
      const error = await add(
        { drive_id: 'd1', path_on_host: disk.body.path_on_host },
        400,
        'PATH_NOT_ALLOWED',
      );
      assert.match(error.message, /another VM's storage/);
      const rootOfOther = join(stack.vmDir(other.body.id), 'storage', 'rootfs.img');
      await add({ drive_id: 'd1', path_on_host: rootOfOther }, 400, 'PATH_NOT_ALLOWED');
      assert.equal((await stack.request('DELETE', `/v1/vms/${other.body.id}`)).status, 204);
    });

    test('422 FILE_NOT_FOUND for a missing host path or one that is not a regular file', async () => {
      const missing = join(stack.imagesDir, 'missing.img');
      const error = await add({ drive_id: 'd1', path_on_host: missing }, 422, 'FILE_NOT_FOUND');
      assert.equal(error.details.path, missing);
      const dir = join(stack.imagesDir, 'a-directory');
      await mkdir(dir, { recursive: true });
      await add({ drive_id: 'd1', path_on_host: dir }, 422, 'FILE_NOT_FOUND');
    });

    test('404 for an unknown VM or drive', async () => {
      const ghost = randomUUID();
      await refused('GET', `/v1/vms/${ghost}/drives`, undefined, 404, 'VM_NOT_FOUND');
      await refused('POST', `/v1/vms/${ghost}/drives`, { drive_id: 'd1' }, 404, 'VM_NOT_FOUND');
      await refused('GET', `/v1/vms/not-a-uuid/drives`, undefined, 400, 'VALIDATION_FAILED');
      await refused('GET', `/v1/vms/${vmId}/drives/nope`, undefined, 404, 'DRIVE_NOT_FOUND');
      await refused(
        'PATCH',
        `/v1/vms/${vmId}/drives/nope`,
        { is_read_only: true },
        404,
        'DRIVE_NOT_FOUND',
      );
      await refused('DELETE', `/v1/vms/${vmId}/drives/nope`, undefined, 404, 'DRIVE_NOT_FOUND');
      await refused('DELETE', `/v1/vms/${ghost}/drives/rootfs`, undefined, 404, 'VM_NOT_FOUND');
    });

    test('400 for an empty or invalid update', async () => {
      const url = `/v1/vms/${vmId}/drives/rootfs`;
      await refused('PATCH', url, {}, 400, 'VALIDATION_FAILED');
      await refused('PATCH', url, { cache_type: 'Fast' }, 400, 'VALIDATION_FAILED');
      await refused('PATCH', url, { path_on_host: '/x' }, 400, 'VALIDATION_FAILED');
      await refused('PATCH', url, { rate_limiter: { ops: { size: 1 } } }, 400, 'VALIDATION_FAILED');
    });

    test('409 for a duplicate drive_id, a second root device, removing the root', async () => {
      await add({ drive_id: 'rootfs', size_bytes: 4096 }, 409, 'DRIVE_ID_TAKEN');
      const error = await add(
        { drive_id: 'root2', size_bytes: 4096, is_root_device: true },
        409,
        'ROOT_DEVICE_EXISTS',
      );
      assert.equal(error.details.root_drive_id, 'rootfs');
      await refused(
        'DELETE',
        `/v1/vms/${vmId}/drives/rootfs`,
        undefined,
        409,
        'ROOT_DEVICE_REQUIRED',
      );
    });

    test('concurrent adds of one drive_id: one 201, one 409, and only one file', async () => {
      const filesBefore = await readdir(join(stack.vmDir(vmId), 'storage'));
      const results = await Promise.all(
        [1, 2, 3].map(() =>
          stack.request('POST', `/v1/vms/${vmId}/drives`, { drive_id: 'twin', size_bytes: 4096 }),
        ),
      );
      assert.deepEqual(
        results.map((r) => r.status).sort(),
        [201, 409, 409],
        JSON.stringify(results.map((r) => r.body)),
      );
      for (const r of results.filter((r) => r.status === 409)) {
        assert.equal(r.body.error.code, 'DRIVE_ID_TAKEN');
      }
      const filesAfter = await readdir(join(stack.vmDir(vmId), 'storage'));
      assert.equal(filesAfter.length, filesBefore.length + 1, filesAfter.join(' '));
      const twin = results.find((r) => r.status === 201)!.body;
      assert.ok(filesAfter.includes(twin.path_on_host.split('/').at(-1)));
      assert.equal(
        (await stack.request('DELETE', `/v1/vms/${vmId}/drives/twin?delete_file=true`)).status,
        204,
      );
    });

    test("the database's unique indexes give the same 409s as the checks (race-safe path)", async () => {
      const [root] = await listDrives(stack.ctx.db, vmId);
      assert.ok(root?.is_root_device);
      const { created_at: _c, updated_at: _u, ...base } = root;
      const clash = async (row: typeof base) => {
        const err = await insertDrive(stack.ctx.db, row).then(
          () => assert.fail('the database accepted a conflicting row'),
          (e: unknown) => e,
        );
        return driveConflictFromDb(err, vmId, row.drive_id);
      };
      const sameId = await clash({ ...base, id: randomUUID(), is_root_device: false });
      assert.equal(sameId?.code, 'DRIVE_ID_TAKEN');
      const secondRoot = await clash({ ...base, id: randomUUID(), drive_id: 'root2' });
      assert.equal(secondRoot?.code, 'ROOT_DEVICE_EXISTS');

      const nic = await stack.request('POST', `/v1/vms/${vmId}/nics`, { iface_id: 'eth0' });
      assert.equal(nic.status, 201);
      const [row] = await listNics(stack.ctx.db, vmId);
      assert.ok(row);
      const { created_at: _nc, updated_at: _nu, ...nicBase } = row;
      const nicClash = (changes: Partial<typeof nicBase>) =>
        insertNic(stack.ctx.db, { ...nicBase, id: randomUUID(), ...changes }).then(
          () => assert.fail('the database accepted a conflicting NIC'),
          (e: unknown) => e,
        );
      const other = { guest_mac: '02:11:22:33:44:55', host_dev_name: 'fcffffffffffff' };
      const iface = await nicClash(other);
      assert.equal(nicConflictFromDb(iface, { ...nicBase, ...other })?.code, 'IFACE_ID_TAKEN');
      const mac = await nicClash({ iface_id: 'eth9', host_dev_name: 'fcfffffffffffe' });
      assert.equal(nicConflictFromDb(mac, { ...nicBase, iface_id: 'eth9' })?.code, 'MAC_TAKEN');
      const tap = await nicClash({ iface_id: 'eth9', guest_mac: '02:11:22:33:44:56' });
      assert.ok(tapNameClash(tap));
      assert.equal((await stack.request('DELETE', `/v1/vms/${vmId}/nics/eth0`)).status, 204);
    });

    test('409 VM_INVALID_STATE while the VM is being deleted', async () => {
      const locked = await beginTransition(
        stack.ctx.db,
        vmId,
        ['created'],
        'deleting',
        stack.ctx.instance.id,
      );
      assert.ok(locked);
      try {
        await add({ drive_id: 'd1', size_bytes: 4096 }, 409, 'VM_INVALID_STATE');
        await refused(
          'PATCH',
          `/v1/vms/${vmId}/drives/rootfs`,
          { is_read_only: true },
          409,
          'VM_INVALID_STATE',
        );
        await refused(
          'DELETE',
          `/v1/vms/${vmId}/drives/rootfs`,
          undefined,
          409,
          'VM_INVALID_STATE',
        );
      } finally {
        await finishTransition(stack.ctx.db, vmId, { state: 'created' });
      }
    });

    // a drive deleted with its file while a launch attached it made the start fail with 502
    for (const state of ['starting', 'stopping'] as const) {
      test(`409 VM_BUSY while the VM is ${state}: no drive or NIC row changes`, async () => {
        const locked = await beginTransition(
          stack.ctx.db,
          vmId,
          ['created'],
          state,
          stack.ctx.instance.id,
        );
        assert.ok(locked);
        try {
          const before = (await stack.request('GET', `/v1/vms/${vmId}/drives`)).body;
          await add({ drive_id: 'd1', size_bytes: 4096 }, 409, 'VM_BUSY');
          await refused(
            'PATCH',
            `/v1/vms/${vmId}/drives/rootfs`,
            { is_read_only: true },
            409,
            'VM_BUSY',
          );
          await refused('DELETE', `/v1/vms/${vmId}/drives/rootfs`, undefined, 409, 'VM_BUSY');
          await refused('POST', `/v1/vms/${vmId}/nics`, { iface_id: 'eth7' }, 409, 'VM_BUSY');
          assert.deepEqual((await stack.request('GET', `/v1/vms/${vmId}/drives`)).body, before);
        } finally {
          await finishTransition(stack.ctx.db, vmId, { state: 'created' });
        }
      });
    }
  });
});
