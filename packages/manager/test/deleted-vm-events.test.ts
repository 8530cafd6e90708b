// A deleted VM's events outlive it: the delete leaves a tombstone, GET …/events still answers,
// GET of the VM says when it was deleted, and the retention prunes both (and stray events).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { pruneDeletedVms } from '../src/vms/deleted-vms.repository.ts';
import { forEachDatabase } from './support/databases.ts';
import { type Stack, startStack } from './support/stack.ts';

forEachDatabase((kind) => {
  describe("a deleted VM's events", () => {
    let stack: Stack;
    before(async () => {
      stack = await startStack(kind);
    });
    after(async () => {
      await stack?.close();
    });

    test('stay readable after the delete, with a tombstone naming the VM', async () => {
      const name = `gone-${Date.now()}`;
      const vm = (await stack.createVm({ name })).body;
      assert.equal((await stack.request('DELETE', `/v1/vms/${vm.id}`)).status, 204);

      const got = await stack.request('GET', `/v1/vms/${vm.id}`);
      assert.equal(got.status, 404);
      assert.equal(got.body.error.code, 'VM_NOT_FOUND');
      assert.equal(got.body.error.details.name, name);
      assert.match(got.body.error.message, new RegExp(`VM ${name} \\(${vm.id}\\) was deleted at `));

      const events = await stack.request('GET', `/v1/vms/${vm.id}/events`);
      assert.equal(events.status, 200, JSON.stringify(events.body));
      const messages = events.body.items.map((e: { message: string }) => e.message);
      assert.equal(messages[0], 'VM deleted; its events are kept');
      assert.ok(messages.includes('VM started'), messages.join('\n'));
      assert.ok(messages.includes('Delete requested'), messages.join('\n'));

      // the rows of the VM itself are gone: only the events and the tombstone stay
      const drives = await stack.ctx.db
        .selectFrom('vm_drive')
        .select('drive_id')
        .where('vm_id', '=', vm.id)
        .execute();
      assert.deepEqual(drives, []);
      const listed = await stack.request('GET', `/v1/vms?name=${name}`);
      assert.deepEqual(listed.body.items, []);
    });

    test('an unknown id is still a plain 404, events included', async () => {
      const id = randomUUID();
      const events = await stack.request('GET', `/v1/vms/${id}/events`);
      assert.equal(events.status, 404);
      assert.equal(events.body.error.message, `VM ${id} does not exist.`);
    });

    test('the retention prunes tombstones with their events, and stray events', async () => {
      const vm = (await stack.createVm({ name: `pruned-${Date.now()}` })).body;
      assert.equal((await stack.request('DELETE', `/v1/vms/${vm.id}`)).status, 204);
      const kept = (await stack.createVm({ name: `kept-${Date.now()}` })).body;
      // an event recorded by a late writer for a VM that is gone without a tombstone
      const stray = randomUUID();
      await stack.ctx.db
        .insertInto('vm_event')
        .values([
          {
            vm_id: stray,
            level: 'info',
            message: 'late',
            data: '{}',
            at: sql`now() - interval '3 hours'` as never,
          },
          { vm_id: stray, level: 'info', message: 'recent', data: '{}' },
        ])
        .execute();

      assert.equal(await pruneDeletedVms(stack.ctx.db, 24), 0, 'nothing is old enough yet');
      await stack.ctx.db
        .updateTable('deleted_vm')
        .set({ deleted_at: sql`now() - interval '2 hours'` as never })
        .where('id', '=', vm.id)
        .execute();
      const removed = await pruneDeletedVms(stack.ctx.db, 1);
      assert.ok(removed >= 2, `removed ${removed}`);

      const events = await stack.request('GET', `/v1/vms/${vm.id}/events`);
      assert.equal(events.status, 404, 'pruned with its tombstone');
      const strays = await stack.ctx.db
        .selectFrom('vm_event')
        .select('message')
        .where('vm_id', '=', stray)
        .execute();
      assert.deepEqual(
        strays.map((e) => e.message),
        ['recent'],
        'only old strays go',
      );
      const live = await stack.request('GET', `/v1/vms/${kept.id}/events`);
      assert.ok(live.body.items.length > 0, "a living VM's events are never pruned");
    });
  });
});
