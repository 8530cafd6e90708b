// GET /v1/events/stream (changes announced by the database) and the console endpoints,
// over real HTTP to a listening manager, with a real agent and the simulator, on both databases.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AgentDirectory } from '../src/agents/agent-directory.ts';
import { buildApp } from '../src/app.ts';
import { openDatabase } from '../src/db/database.ts';
import { DatabaseChangeFeed } from '../src/events/change-feed.ts';
import { ManagerMetrics } from '../src/metrics/manager-metrics.ts';
import { forEachDatabase } from './support/databases.ts';
import { openSse, type SseEvent, type SseReader } from './support/sse.ts';
import { needsRoot, type Stack, startStack } from './support/stack.ts';

forEachDatabase((kind) => {
  describe('live streams', () => {
    let stack: Stack;
    let base: string;
    const readers: SseReader[] = [];
    const sse = async (path: string, headers?: Record<string, string>) => {
      const reader = await openSse(`${base}${path}`, headers);
      readers.push(reader);
      return reader;
    };
    before(async () => {
      stack = await startStack(kind);
      base = await stack.app.listen({ host: '127.0.0.1', port: 0 });
    });
    after(async () => {
      for (const r of readers) r.close();
      await stack?.close();
    });

    const forVm = (vmId: string, kindName: string, op?: string) => (e: SseEvent) =>
      e.event === kindName && e.data.vm_id === vmId && (op === undefined || e.data.op === op);

    test('the event stream announces VM, drive, NIC and event changes as they commit', {
      skip: needsRoot,
    }, async () => {
      const events = await sse('/v1/events/stream');
      assert.equal(events.status, 200);
      assert.match(events.headers.get('content-type') ?? '', /^text\/event-stream/);
      assert.equal((await events.next()).event, 'ready');

      const created = await stack.createVm({ start: false, nics: [{ iface_id: 'eth0' }] });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const vm = created.body;
      const inserted = await events.next(forVm(vm.id, 'vm', 'insert'));
      assert.deepEqual(inserted.data, {
        kind: 'vm',
        op: 'insert',
        id: vm.id,
        vm_id: vm.id,
        state: 'created',
      });
      await events.next(forVm(vm.id, 'drive', 'insert'));
      await events.next(forVm(vm.id, 'nic', 'insert'));
      await events.next(forVm(vm.id, 'vm_event', 'insert'));

      const added = await stack.request('POST', `/v1/vms/${vm.id}/drives`, {
        drive_id: 'data',
        size_bytes: 1024 * 1024,
      });
      assert.equal(added.status, 201, JSON.stringify(added.body));
      const drive = await events.next(forVm(vm.id, 'drive', 'insert'));
      assert.equal(drive.data.id, added.body.id);

      const started = await stack.request('POST', `/v1/vms/${vm.id}/start`);
      assert.equal(started.status, 200, JSON.stringify(started.body));
      await events.next((e) => forVm(vm.id, 'vm', 'update')(e) && e.data.state === 'starting');
      await events.next((e) => forVm(vm.id, 'vm', 'update')(e) && e.data.state === 'running');

      assert.equal((await stack.request('DELETE', `/v1/vms/${vm.id}`)).status, 204);
      await events.next(forVm(vm.id, 'vm', 'delete'));
      events.close();
    });

    test('a bad request changes nothing and announces nothing', async () => {
      const events = await sse('/v1/events/stream');
      await events.next();
      const bad = await stack.createVm({ drives: [{ drive_id: 'bad-id!' }] });
      assert.equal(bad.status, 400);
      const marker = await stack.createVm({ start: false });
      await events.next(forVm(marker.body.id, 'vm', 'insert'));
      // the only vm insert seen is the marker's: the refused create left no row to announce
      assert.deepEqual(
        events.seen.filter((e) => e.event === 'vm' && e.data.op === 'insert').map((e) => e.data.id),
        [marker.body.id],
      );
      await stack.request('DELETE', `/v1/vms/${marker.body.id}`);
    });

    // embedded PGlite belongs to one process: manager replicas exist only on PostgreSQL
    if (kind === 'postgres')
      test('changes made through another manager replica arrive too', async () => {
        const events = await sse('/v1/events/stream');
        await events.next();
        const database = await openDatabase(stack.config.database);
        const agents = new AgentDirectory();
        const changes = new DatabaseChangeFeed(database.listen);
        const replica = await buildApp(
          {
            db: database.db,
            config: stack.config,
            agents,
            changes,
            instance: stack.ctx.instance,
            metrics: new ManagerMetrics(),
          },
          { webRoot: null },
        );
        try {
          const res = await replica.inject({
            method: 'POST',
            url: '/v1/vms',
            payload: {
              name: `replica-${Date.now()}`,
              vcpu: 1,
              mem_mib: 128,
              kernel_image_id: stack.kernelImageId,
              rootfs_image_id: stack.rootfsImageId,
              start: false,
            },
          });
          assert.equal(res.statusCode, 201, res.body);
          const vm = JSON.parse(res.body);
          await events.next(forVm(vm.id, 'vm', 'insert'));
          await replica.inject({ method: 'DELETE', url: `/v1/vms/${vm.id}` });
        } finally {
          await replica.close();
          await changes.close();
          await agents.close();
          await database.close();
        }
      });

    test('the console shows the guest boot output; the stream follows new output across restarts', async () => {
      const recorded = await stack.createVm({ start: false });
      const empty = await stack.request('GET', `/v1/vms/${recorded.body.id}/console`);
      assert.deepEqual(empty, { status: 200, body: { text: '', start: 0, end: 0 } });

      const created = await stack.createVm();
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const vm = created.body;
      const tail = await stack.request('GET', `/v1/vms/${vm.id}/console`);
      assert.equal(tail.status, 200);
      assert.match(tail.body.text, /Linux version .*Hearth Firecracker simulator/);
      assert.match(tail.body.text, /Command line: console=ttyS0/);
      assert.equal(tail.body.end - tail.body.start, Buffer.byteLength(tail.body.text));
      const short = await stack.request('GET', `/v1/vms/${vm.id}/console?bytes=10`);
      assert.equal(short.body.end, tail.body.end);
      assert.ok(Buffer.byteLength(short.body.text) <= 10);

      const stream = await sse(`/v1/vms/${vm.id}/console/stream`);
      assert.equal(stream.status, 200);
      const first = await stream.next((e) => e.event === 'output');
      assert.match(first.data.text, /Hearth simulated guest login/);
      assert.equal(Number(first.id), tail.body.end);

      assert.equal((await stack.request('POST', `/v1/vms/${vm.id}/restart`)).status, 200);
      const more = await stream.next(
        (e) => e.event === 'output' && /Linux version/.test(e.data.text),
        15_000,
      );
      assert.ok(Number(more.id) > tail.body.end);
      stream.close();

      // resuming from an offset sends only what follows it
      const resumed = await sse(`/v1/vms/${vm.id}/console/stream`, {
        'last-event-id': String(tail.body.end),
      });
      const next = await resumed.next((e) => e.event === 'output');
      assert.equal(Number(next.id) - Buffer.byteLength(next.data.text), tail.body.end);
      const whole = await stack.request('GET', `/v1/vms/${vm.id}/console?bytes=1048576`);
      assert.ok(whole.body.text.endsWith(next.data.text), 'resumed output is the end of the log');
      resumed.close();

      for (const id of [vm.id, recorded.body.id]) await stack.request('DELETE', `/v1/vms/${id}`);
    });

    test('deleting a VM ends the streams that follow its console', async () => {
      const vm = (await stack.createVm()).body;
      const stream = await sse(`/v1/vms/${vm.id}/console/stream`);
      await stream.next((e) => e.event === 'output');
      assert.equal((await stack.request('DELETE', `/v1/vms/${vm.id}`)).status, 204);
      const ended = await stream.next((e) => e.event === 'error', 15_000);
      assert.equal(ended.data.error.code, 'VM_NOT_FOUND');
    });

    test('console errors are 4xx in the documented shape', async () => {
      const missing = await stack.request(
        'GET',
        '/v1/vms/00000000-0000-4000-8000-000000000000/console',
      );
      assert.equal(missing.status, 404);
      assert.equal(missing.body.error.code, 'VM_NOT_FOUND');
      const streamMissing = await fetch(
        `${base}/v1/vms/00000000-0000-4000-8000-000000000000/console/stream`,
      );
      assert.equal(streamMissing.status, 404);
      assert.equal((await streamMissing.json()).error.code, 'VM_NOT_FOUND');
      const vm = await stack.createVm({ start: false });
      for (const q of ['bytes=0', 'bytes=2000000', 'bytes=abc', 'nope=1']) {
        const res = await stack.request('GET', `/v1/vms/${vm.body.id}/console?${q}`);
        assert.equal(res.status, 400, q);
        assert.equal(res.body.error.code, 'VALIDATION_FAILED');
      }
      await stack.request('DELETE', `/v1/vms/${vm.body.id}`);
    });
  });
});
