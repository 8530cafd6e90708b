// Drives across the VM's life on a real stack: a provisioned file deleted by hand comes back
// at start, deleting the VM takes its storage and rows, and a VMM that died under a
// "running" VM makes attachments unknown (null) rather than guessed.
import assert from 'node:assert/strict';
import { readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { listDrives } from '../src/drives/drives.repository.ts';
import { findVm } from '../src/vms/vms.repository.ts';
import { forEachDatabase } from './support/databases.ts';
import { type Stack, startStack } from './support/stack.ts';

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function assertSparse(path: string, size: number) {
  const st = await stat(path);
  assert.ok(st.isFile());
  assert.equal(st.size, size);
  assert.ok(st.blocks * 512 < size, `${path} should be sparse (${st.blocks} blocks)`);
}

forEachDatabase((kind) => {
  describe('drives across the VM lifecycle', () => {
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

    test('a provisioned file deleted by hand is recreated at start: sparse, same size, attached', async () => {
      const vmId = await vm(true);
      const added = await stack.request('POST', `/v1/vms/${vmId}/drives`, {
        drive_id: 'cache',
        size_bytes: 8 * 1024 * 1024,
      });
      assert.equal(added.status, 201);
      assert.equal((await stack.request('POST', `/v1/vms/${vmId}/stop`)).status, 200);
      await rm(added.body.path_on_host);
      const started = await stack.request('POST', `/v1/vms/${vmId}/start`);
      assert.equal(started.status, 200, JSON.stringify(started.body));
      await assertSparse(added.body.path_on_host, 8 * 1024 * 1024);
      const cache = await stack.request('GET', `/v1/vms/${vmId}/drives/cache`);
      assert.equal(cache.body.attachment, 'attached');
    });

    test('deleting a VM removes its storage directory and its drive rows', async () => {
      const vmId = await vm(false);
      for (const drive_id of ['one', 'two']) {
        const res = await stack.request('POST', `/v1/vms/${vmId}/drives`, {
          drive_id,
          size_bytes: 4096,
        });
        assert.equal(res.status, 201);
      }
      assert.equal((await listDrives(stack.ctx.db, vmId)).length, 3);
      assert.equal((await stack.request('DELETE', `/v1/vms/${vmId}`)).status, 204);
      await assert.rejects(stat(stack.vmDir(vmId)), { code: 'ENOENT' });
      assert.deepEqual(await listDrives(stack.ctx.db, vmId), []);
      const gone = await stack.request('GET', `/v1/vms/${vmId}/drives`);
      assert.equal(gone.status, 404);
      assert.equal(gone.body.error.code, 'VM_NOT_FOUND');
    });

    test('a VMM that died under a "running" VM: attachment null, never a guess, and changes still work', async () => {
      const vmId = await vm(true);
      const state = JSON.parse(await readFile(join(stack.vmDir(vmId), 'vmm.json'), 'utf8'));
      process.kill(state.pid, 'SIGKILL');
      await waitUntil(async () => (await stack.agent.getVmm(vmId)).status === 'exited');

      assert.equal(
        (await findVm(stack.ctx.db, vmId))?.state,
        'running',
        'the database still says running',
      );
      const listed = await drivesOf(vmId);
      assert.deepEqual(
        listed.map((d) => [d.drive_id, d.attachment]),
        [['rootfs', null]],
      );
      const added = await stack.request('POST', `/v1/vms/${vmId}/drives`, {
        drive_id: 'after',
        size_bytes: 4096,
      });
      assert.equal(added.status, 201, JSON.stringify(added.body));
      assert.equal(added.body.attachment, null);
    });
  });
});
