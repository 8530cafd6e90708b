// VM creation, listing, lifecycle and the reconciler through the REST API, with a real agent
// (simulator as VMM) in a throwaway network namespace, on both databases.
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { Reconciler } from '../src/reconciler/reconciler.ts';
import { forEachDatabase } from './support/databases.ts';
import { type Stack, startStack } from './support/stack.ts';

const quietLog = { warn() {}, info() {} };

forEachDatabase((kind) => {
  describe('VMs', () => {
    let stack: Stack;
    before(async () => {
      stack = await startStack(kind);
    });
    after(async () => {
      await stack?.close();
    });

    test('create clones the rootfs into the VM storage as root drive and starts the VM', async () => {
      const res = await stack.createVm({ name: 'alpha', vcpu: 2, mem_mib: 256 });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      const vm = res.body;
      assert.equal(vm.state, 'running');
      assert.equal(vm.host.id, stack.hostId);
      assert.equal(vm.boot_args, 'console=ttyS0 reboot=k panic=1 pci=off');
      assert.ok(vm.started_at);
      const [root] = vm.drives;
      assert.equal(root.drive_id, 'rootfs');
      assert.equal(root.is_root_device, true);
      assert.equal(root.source, 'image');
      assert.equal(root.attachment, 'attached');
      assert.ok(root.path_on_host.startsWith(`${stack.vmDir(vm.id)}/storage/`));
      assert.equal(statSync(root.path_on_host).size, 64 * 1024 * 1024);
      const live = await stack.agent.liveConfig(vm.id);
      assert.deepEqual(live['machine-config'], {
        vcpu_count: 2,
        mem_size_mib: 256,
        smt: false,
        track_dirty_pages: false,
        huge_pages: 'None',
      });
      assert.equal(live['boot-source']?.boot_args, vm.boot_args);
      const events = await stack.request('GET', `/v1/vms/${vm.id}/events`);
      const messages = events.body.items.map((e: { message: string }) => e.message);
      assert.ok(messages.includes('VM created'), messages.join(', '));
      assert.ok(messages.includes('VM started'), messages.join(', '));
    });

    test('start=false records the VM without starting it', async () => {
      const res = await stack.createVm({ name: 'recorded', start: false });
      assert.equal(res.status, 201);
      assert.equal(res.body.state, 'created');
      assert.equal(res.body.drives[0].attachment, null);
      assert.equal((await stack.agent.getVmm(res.body.id).catch((e) => e)).status, 404);
    });

    test('invalid create requests are 4xx and leave nothing behind', async () => {
      const cases: Array<[Record<string, unknown>, number, string]> = [
        [{ vcpu: 0 }, 400, 'VALIDATION_FAILED'],
        [{ vcpu: 33 }, 400, 'VALIDATION_FAILED'],
        [{ mem_mib: 127 }, 400, 'VALIDATION_FAILED'],
        [{ name: 'bad name!' }, 400, 'VALIDATION_FAILED'],
        [{ kernel_image_id: 'not-a-uuid' }, 400, 'VALIDATION_FAILED'],
        [{ kernel_image_id: '00000000-0000-4000-8000-000000000000' }, 404, 'IMAGE_NOT_FOUND'],
        [{ kernel_image_id: stack.rootfsImageId }, 400, 'VALIDATION_FAILED'],
        [{ surprise: true }, 400, 'VALIDATION_FAILED'],
        [{ name: 'alpha' }, 409, 'NAME_TAKEN'],
        [{ drives: [{ drive_id: 'rootfs', size_bytes: 1048576 }] }, 409, 'DRIVE_ID_TAKEN'],
        [{ drives: [{ drive_id: 'r2', is_root_device: true }] }, 409, 'ROOT_DEVICE_EXISTS'],
        [{ drives: [{ drive_id: 'd1', size_bytes: 0 }] }, 400, 'VALIDATION_FAILED'],
        [{ drives: [{ drive_id: 'd1', path_on_host: '/etc/passwd' }] }, 400, 'PATH_NOT_ALLOWED'],
        [
          {
            drives: [
              { drive_id: 'd1', size_bytes: 1048576 },
              { drive_id: 'd1', size_bytes: 1048576 },
            ],
          },
          409,
          'DRIVE_ID_TAKEN',
        ],
        [{ nics: [{ iface_id: 'eth0' }, { iface_id: 'eth0' }] }, 409, 'IFACE_ID_TAKEN'],
      ];
      const before = await stack.request('GET', '/v1/vms?limit=500');
      for (const [overrides, status, code] of cases) {
        const res = await stack.createVm({ name: `invalid-${code.toLowerCase()}`, ...overrides });
        assert.equal(
          res.status,
          status,
          `${JSON.stringify(overrides)} -> ${JSON.stringify(res.body)}`,
        );
        assert.equal(res.body.error.code, code, JSON.stringify(res.body));
        assert.equal(typeof res.body.error.message, 'string');
      }
      const afterList = await stack.request('GET', '/v1/vms?limit=500');
      assert.equal(afterList.body.items.length, before.body.items.length, 'no VM row left behind');
      const dirs = (await import('node:fs')).readdirSync(stack.storageRoot);
      const known = new Set(afterList.body.items.map((v: { id: string }) => v.id));
      assert.deepEqual(
        dirs.filter((d) => !known.has(d)),
        [],
        'no VM directory left behind',
      );
    });

    test('list paginates with a cursor and filters by state', async () => {
      for (const n of [1, 2, 3]) {
        assert.equal((await stack.createVm({ name: `page-${n}`, start: false })).status, 201);
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/v1/vms?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const page = await stack.request('GET', url);
        assert.equal(page.status, 200);
        assert.ok(page.body.items.length <= 2);
        seen.push(...page.body.items.map((v: { name: string }) => v.name));
        cursor = page.body.next_cursor;
      } while (cursor);
      assert.equal(new Set(seen).size, seen.length, 'no VM twice');
      for (const name of ['page-1', 'page-2', 'page-3']) assert.ok(seen.includes(name));
      const created = await stack.request('GET', '/v1/vms?state=created');
      assert.ok(created.body.items.every((v: { state: string }) => v.state === 'created'));
      assert.ok(created.body.items.length >= 3);
      const bad = await stack.request('GET', '/v1/vms?cursor=garbage');
      assert.equal(bad.status, 400);
      assert.equal(bad.body.error.code, 'VALIDATION_FAILED');
    });

    test('stop keeps storage, restart brings it back, start of a running VM is a no-op', async () => {
      const vm = (await stack.createVm({ name: 'cycler' })).body;
      const eventsBefore = (await stack.request('GET', `/v1/vms/${vm.id}/events`)).body.items;
      const again = await stack.request('POST', `/v1/vms/${vm.id}/start`);
      assert.equal(again.status, 200, JSON.stringify(again.body));
      assert.equal(again.body.state, 'running');
      assert.equal(again.body.started_at, vm.started_at, 'the same run: nothing was relaunched');
      assert.deepEqual(
        again.body.drives.map((d: { attachment: string }) => d.attachment),
        ['attached'],
        'answered with the live devices',
      );
      const eventsAfter = (await stack.request('GET', `/v1/vms/${vm.id}/events`)).body.items;
      assert.equal(eventsAfter.length, eventsBefore.length, 'a no-op records no event');
      const stopped = await stack.request('POST', `/v1/vms/${vm.id}/stop`);
      assert.equal(stopped.status, 200);
      assert.equal(stopped.body.state, 'stopped');
      assert.equal(stopped.body.started_at, null);
      assert.ok(existsSync(vm.drives[0].path_on_host), 'storage kept');
      assert.equal(
        (await stack.request('POST', `/v1/vms/${vm.id}/stop`)).status,
        200,
        'stop is idempotent',
      );
      const restarted = await stack.request('POST', `/v1/vms/${vm.id}/restart`);
      assert.equal(restarted.status, 200, JSON.stringify(restarted.body));
      assert.equal(restarted.body.state, 'running');
      const vmm = await stack.agent.getVmm(vm.id);
      assert.equal(vmm.status, 'running');
    });

    test('unknown VM ids are 404 with the documented body', async () => {
      const id = '00000000-0000-4000-8000-000000000001';
      for (const [method, path] of [
        ['GET', `/v1/vms/${id}`],
        ['POST', `/v1/vms/${id}/start`],
        ['POST', `/v1/vms/${id}/stop`],
        ['DELETE', `/v1/vms/${id}`],
        ['GET', `/v1/vms/${id}/events`],
      ] as const) {
        const res = await stack.request(method, path);
        assert.equal(res.status, 404, `${method} ${path}`);
        assert.equal(res.body.error.code, 'VM_NOT_FOUND');
      }
      assert.equal((await stack.request('GET', '/v1/vms/not-a-uuid')).status, 400);
    });

    test('an image used by a VM cannot be deleted', async () => {
      const res = await stack.request('DELETE', `/v1/images/${stack.kernelImageId}`);
      assert.equal(res.status, 409);
      assert.equal(res.body.error.code, 'IMAGE_IN_USE');
    });

    test('the reconciler notices a VMM that exited on its own', async () => {
      const vm = (await stack.createVm({ name: 'crasher' })).body;
      const vmm = await stack.agent.getVmm(vm.id);
      assert.ok(vmm.pid);
      process.kill(vmm.pid, 'SIGKILL');
      const reconciler = new Reconciler(stack.ctx, stack.services.lifecycle, quietLog);
      let corrected: string[] = [];
      for (let i = 0; i < 50 && !corrected.includes(vm.id); i++) {
        corrected = (await reconciler.reconcileOnce()).corrected;
        if (!corrected.includes(vm.id)) await new Promise((r) => setTimeout(r, 100));
      }
      assert.ok(corrected.includes(vm.id));
      const got = (await stack.request('GET', `/v1/vms/${vm.id}`)).body;
      assert.equal(got.state, 'error');
      assert.equal(got.last_error.code, 'VMM_EXITED');
      const restarted = await stack.request('POST', `/v1/vms/${vm.id}/start`);
      assert.equal(restarted.status, 200, JSON.stringify(restarted.body));
    });
  });
});
