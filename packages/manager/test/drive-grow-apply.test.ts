// Growing a provisioned drive and applying drive changes to a running VMM, through the REST
// API of a real stack (agent as root in a netns, the simulator as VMM): the row is the truth,
// the file is grown at once, and only an explicit apply touches the running VMM, where
// Firecracker allows it. Every refusal leaves the row, the file and the live VMM unchanged.
import assert from 'node:assert/strict';
import { stat } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { forEachDatabase } from './support/databases.ts';
import { type Stack, startStack } from './support/stack.ts';

const GiB = 1024 ** 3;

forEachDatabase((kind) => {
  describe('drive grow and live apply', () => {
    let stack: Stack;
    before(async () => {
      stack = await startStack(kind);
    });
    after(() => stack?.close());

    async function vmWithData(start: boolean, extra: Record<string, unknown> = {}) {
      const created = await stack.createVm({
        start,
        drives: [{ drive_id: 'data', size_bytes: 1 * GiB, ...extra }],
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return created.body.id as string;
    }
    const drive = async (vmId: string, driveId = 'data') => {
      const res = await stack.request('GET', `/v1/vms/${vmId}/drives/${driveId}`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return res.body;
    };
    const liveDrive = async (vmId: string, driveId = 'data') => {
      const live = await stack.agent.liveConfig(vmId);
      return live.drives?.find((d) => d.drive_id === driveId);
    };
    const events = async (vmId: string): Promise<string[]> =>
      (await stack.request('GET', `/v1/vms/${vmId}/events`)).body.items.map(
        (e: { message: string }) => e.message,
      );

    test('a stopped VM: grow extends the file sparse and records the size; shrink is refused', async () => {
      const vmId = await vmWithData(false);
      const before = await drive(vmId);
      const grown = await stack.request('PATCH', `/v1/vms/${vmId}/drives/data`, {
        size_bytes: 3 * GiB,
      });
      assert.equal(grown.status, 200, JSON.stringify(grown.body));
      assert.equal(grown.body.size_bytes, 3 * GiB);
      assert.equal(grown.body.attachment, null);
      const st = await stat(before.path_on_host);
      assert.equal(st.size, 3 * GiB);
      assert.ok(st.blocks * 512 < GiB, 'grown sparse');

      const shrink = await stack.request('PATCH', `/v1/vms/${vmId}/drives/data`, {
        size_bytes: 2 * GiB,
      });
      assert.equal(shrink.status, 409);
      assert.equal(shrink.body.error.code, 'SHRINK_NOT_SUPPORTED');
      assert.equal(shrink.body.error.details.current_size_bytes, 3 * GiB);
      assert.equal((await stat(before.path_on_host)).size, 3 * GiB);
      assert.equal((await drive(vmId)).size_bytes, 3 * GiB);

      const root = await stack.request('PATCH', `/v1/vms/${vmId}/drives/rootfs`, {
        size_bytes: 3 * GiB,
      });
      assert.equal(root.status, 409);
      assert.equal(root.body.error.code, 'RESIZE_NOT_SUPPORTED');
      assert.match(root.body.error.message, /copy of an image/);

      // the next start recreates a missing provisioned file at the recorded size
      const { rm } = await import('node:fs/promises');
      await rm(before.path_on_host);
      const started = await stack.request('POST', `/v1/vms/${vmId}/start`);
      assert.equal(started.status, 200, JSON.stringify(started.body));
      assert.equal((await stat(before.path_on_host)).size, 3 * GiB);
      const attached = await drive(vmId);
      assert.equal(attached.attachment, 'attached');
      assert.equal(attached.live_size_bytes, 3 * GiB);
      await stack.request('POST', `/v1/vms/${vmId}/stop`);
    });

    test('a running VM: grow shows pending_change (size_bytes), apply gives the guest the new size', async () => {
      const vmId = await vmWithData(true);
      const attached = await drive(vmId);
      assert.equal(attached.attachment, 'attached');
      assert.equal(attached.live_size_bytes, 1 * GiB);
      assert.equal(attached.live_apply, false);

      const grown = await stack.request('PATCH', `/v1/vms/${vmId}/drives/data`, {
        size_bytes: 2 * GiB,
      });
      assert.equal(grown.status, 200, JSON.stringify(grown.body));
      assert.equal(grown.body.attachment, 'pending_change');
      assert.deepEqual(grown.body.pending_fields, ['size_bytes']);
      assert.equal(grown.body.live_size_bytes, 1 * GiB);
      assert.equal(grown.body.live_apply, true);
      assert.equal((await liveDrive(vmId))?.size_bytes, 1 * GiB, 'the VMM keeps its size');

      const applied = await stack.request('POST', `/v1/vms/${vmId}/drives/data/apply`);
      assert.equal(applied.status, 200, JSON.stringify(applied.body));
      assert.equal(applied.body.attachment, 'attached');
      assert.equal(applied.body.live_size_bytes, 2 * GiB);
      assert.deepEqual(applied.body.pending_fields, []);
      assert.equal((await liveDrive(vmId))?.size_bytes, 2 * GiB);
      assert.ok(
        (await events(vmId)).some((m) => m.startsWith('Drive "data" applied live (size_bytes)')),
      );

      // applying an attached drive changes nothing and answers it as it is
      const again = await stack.request('POST', `/v1/vms/${vmId}/drives/data/apply`);
      assert.equal(again.status, 200);
      assert.equal(again.body.attachment, 'attached');

      // a restart keeps the size: the agent records what the VMM opened
      const restarted = await stack.request('POST', `/v1/vms/${vmId}/restart`);
      assert.equal(restarted.status, 200, JSON.stringify(restarted.body));
      assert.equal((await drive(vmId)).live_size_bytes, 2 * GiB);
      await stack.request('POST', `/v1/vms/${vmId}/stop`);
    });

    test('a rate limiter is applied live, and removed live', async () => {
      const vmId = await vmWithData(true);
      const limiter = { bandwidth: { size: 1048576, refill_time: 100 } };
      const set = await stack.request('PATCH', `/v1/vms/${vmId}/drives/data`, {
        rate_limiter: limiter,
      });
      assert.equal(set.body.attachment, 'pending_change');
      assert.deepEqual(set.body.pending_fields, ['rate_limiter']);
      const applied = await stack.request('POST', `/v1/vms/${vmId}/drives/data/apply`);
      assert.equal(applied.status, 200, JSON.stringify(applied.body));
      assert.equal(applied.body.attachment, 'attached');
      assert.equal((await liveDrive(vmId))?.rate_limiter?.bandwidth?.size, 1048576);

      await stack.request('PATCH', `/v1/vms/${vmId}/drives/data`, { rate_limiter: null });
      const removed = await stack.request('POST', `/v1/vms/${vmId}/drives/data/apply`);
      assert.equal(removed.status, 200, JSON.stringify(removed.body));
      assert.equal(removed.body.attachment, 'attached');
      assert.equal((await liveDrive(vmId))?.rate_limiter ?? null, null);
      await stack.request('POST', `/v1/vms/${vmId}/stop`);
    });

    test('RESTART_REQUIRED names what Firecracker cannot change live, and changes nothing', async () => {
      const vmId = await vmWithData(true);
      await stack.request('PATCH', `/v1/vms/${vmId}/drives/data`, {
        is_read_only: true,
        size_bytes: 2 * GiB,
      });
      const refused = await stack.request('POST', `/v1/vms/${vmId}/drives/data/apply`);
      assert.equal(refused.status, 409);
      assert.equal(refused.body.error.code, 'RESTART_REQUIRED');
      assert.deepEqual(refused.body.error.details.fields, ['is_read_only']);
      const live = await liveDrive(vmId);
      assert.equal(live?.is_read_only, false);
      assert.equal(live?.size_bytes, 1 * GiB, 'not even the live-changeable part was sent');
      assert.equal((await drive(vmId)).live_apply, false);

      const added = await stack.request('POST', `/v1/vms/${vmId}/drives`, {
        drive_id: 'later',
        size_bytes: GiB,
      });
      assert.equal(added.status, 201);
      const attach = await stack.request('POST', `/v1/vms/${vmId}/drives/later/apply`);
      assert.equal(attach.status, 409);
      assert.equal(attach.body.error.code, 'RESTART_REQUIRED');
      assert.deepEqual(attach.body.error.details.fields, ['added']);

      const unknown = await stack.request('POST', `/v1/vms/${vmId}/drives/nope/apply`);
      assert.equal(unknown.status, 404);
      assert.equal(unknown.body.error.code, 'DRIVE_NOT_FOUND');

      await stack.request('POST', `/v1/vms/${vmId}/stop`);
      const stopped = await stack.request('POST', `/v1/vms/${vmId}/drives/data/apply`);
      assert.equal(stopped.status, 409);
      assert.equal(stopped.body.error.code, 'VM_INVALID_STATE');
    });

    test('guest devices: root first, then by drive_id; the live device while running', async () => {
      const created = await stack.createVm({
        start: true,
        drives: [
          { drive_id: 'b', size_bytes: GiB },
          { drive_id: 'a', size_bytes: GiB },
        ],
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const vmId = created.body.id;
      const devices = (created.body.drives as Array<Record<string, unknown>>).map((d) => [
        d.drive_id,
        d.guest_device,
        d.live_guest_device,
      ]);
      assert.deepEqual(devices, [
        ['rootfs', '/dev/vda', '/dev/vda'],
        ['a', '/dev/vdb', '/dev/vdb'],
        ['b', '/dev/vdc', '/dev/vdc'],
      ]);
      // a drive added while running shifts the next start's names, not the live ones
      await stack.request('POST', `/v1/vms/${vmId}/drives`, { drive_id: 'ab', size_bytes: GiB });
      const list = (await stack.request('GET', `/v1/vms/${vmId}/drives`)).body.items as Array<
        Record<string, unknown>
      >;
      const byId = new Map(list.map((d) => [d.drive_id, d]));
      assert.equal(byId.get('ab')?.guest_device, '/dev/vdc');
      assert.equal(byId.get('ab')?.live_guest_device, null);
      assert.equal(byId.get('b')?.guest_device, '/dev/vdd');
      assert.equal(byId.get('b')?.live_guest_device, '/dev/vdc');
      await stack.request('POST', `/v1/vms/${vmId}/stop`);
      const stopped = (await stack.request('GET', `/v1/vms/${vmId}/drives/b`)).body;
      assert.equal(stopped.guest_device, '/dev/vdd');
      assert.equal(stopped.live_guest_device, null);
    });
  });
});
