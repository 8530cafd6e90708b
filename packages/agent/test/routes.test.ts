// The HTTP surface of the real agent process: auth, input validation (400), path escapes
// (403 with the path), storage routes, OpenAPI and docs.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { HostInfo, StatResponse } from '../src/contract/index.ts';
import { LAUNCH_STEPS } from '../src/launch/launch-plan.ts';
import { createWorld, launchRequest, MIB, type World } from './support/vm-fixtures.ts';

interface ErrorReply {
  error: { code: string; message: string; details: Record<string, unknown> };
}

describe('agent routes (agent process in a netns)', () => {
  let world: World;
  before(async () => {
    world = await createWorld();
  });
  after(() => world?.teardown());

  test('health needs no token; everything else answers 401 without or with a wrong token', async () => {
    const health = await world.agent.call('GET', '/health', undefined, null);
    assert.deepEqual(health, { status: 200, body: { status: 'ok' } });
    for (const token of [null, 'wrong-token', '']) {
      for (const path of ['/host', '/vms']) {
        const res = await world.agent.call<ErrorReply>('GET', path, undefined, token);
        assert.equal(res.status, 401, `${path} with ${token}`);
        assert.equal(res.body.error.code, 'UNAUTHORIZED');
      }
    }
    const launch = await world.agent.call<ErrorReply>(
      'POST',
      `/vms/${randomUUID()}/launch`,
      launchRequest(world, []),
      'wrong-token',
    );
    assert.equal(launch.status, 401);
  });

  test('host reports the simulator, the storage root and the allowed roots', async () => {
    const res = await world.agent.call<HostInfo>('GET', '/host');
    assert.equal(res.status, 200);
    assert.equal(res.body.storage_root, world.storageRoot);
    assert.deepEqual(res.body.allowed_roots, [world.images]);
    assert.equal(res.body.firecracker?.simulator, true);
    assert.match(res.body.firecracker?.version ?? '', /^Firecracker v1\.14\.2/);
    assert.equal(res.body.vmm.mode, 'simulator');
    assert.equal(res.body.vmm.binary, res.body.firecracker?.path);
    assert.ok(res.body.cpus >= 1);
    assert.ok(res.body.storage_free_bytes > 0);
  });

  test('bad bodies and parameters are 400 VALIDATION_FAILED, never 500', async () => {
    const vmId = randomUUID();
    const good = launchRequest(world, []);
    const cases: [string, string, unknown][] = [
      ['POST', `/vms/${vmId}/launch`, { ...good, surprise: true }],
      ['POST', `/vms/${vmId}/launch`, { ...good, machine: { vcpu_count: '2', mem_size_mib: 128 } }],
      [
        'POST',
        `/vms/${vmId}/launch`,
        { ...good, nics: [{ iface_id: 'eth0', host_dev_name: 'a-much-too-long-tap-name' }] },
      ],
      [
        'POST',
        `/vms/${vmId}/launch`,
        {
          ...good,
          drives: [
            {
              drive_id: 'd',
              path_on_host: '/x',
              is_root_device: false,
              source: 'provisioned',
              size_bytes: null,
            },
          ],
        },
      ],
      [
        'POST',
        `/vms/${vmId}/launch`,
        {
          ...good,
          drives: ['a', 'a'].map((id) => ({
            drive_id: id,
            path_on_host: `/x/${id}`,
            is_root_device: false,
            source: 'host_path',
            size_bytes: null,
          })),
        },
      ],
      ['POST', '/vms/not-a-uuid/launch', good],
      ['POST', `/vms/${vmId}/launch`, '{"machine": '],
      ['POST', `/vms/${vmId}/stop`, { timeout_ms: -1 }],
      ['POST', `/storage/vms/${vmId}/disks`, { size_bytes: -1 }],
      ['POST', `/storage/vms/${vmId}/disks`, { size_bytes: MIB, file_name: '../escape.img' }],
      ['POST', '/storage/stat', { path: 'relative/path' }],
      ['GET', '/vms/not-a-uuid', undefined],
    ];
    for (const [method, path, body] of cases) {
      const res = await world.agent.call<ErrorReply>(method as 'POST', path, body);
      assert.equal(
        res.status,
        400,
        `${method} ${path} ${JSON.stringify(body)}: ${JSON.stringify(res.body)}`,
      );
      assert.equal(res.body.error.code, 'VALIDATION_FAILED');
      assert.equal(typeof res.body.error.message, 'string');
    }
    // nothing was created by any of them
    assert.equal(existsSync(join(world.storageRoot, vmId)), false);
  });

  test('paths outside the roots are refused with 403 naming the path (.., absolute, symlinks out)', async () => {
    const vmId = randomUUID();
    await symlink('/etc', join(world.images, 'escape'));
    const outside = [
      '/etc/passwd',
      `${world.images}/../../../etc/passwd`,
      join(world.images, 'escape', 'passwd'),
    ];
    for (const source of outside) {
      const res = await world.agent.call<ErrorReply>('POST', `/storage/vms/${vmId}/clone`, {
        source_path: source,
        file_name: 'stolen.img',
      });
      assert.equal(res.status, 403, `${source}: ${JSON.stringify(res.body)}`);
      assert.equal(res.body.error.code, 'PATH_NOT_ALLOWED');
      assert.equal(res.body.error.details.path, source);
    }

    const launch = await world.agent.call<ErrorReply>(
      'POST',
      `/vms/${vmId}/launch`,
      launchRequest(world, [
        {
          drive_id: 'data',
          path_on_host: join(world.images, 'escape', 'hostname'),
          is_root_device: false,
          source: 'host_path',
          size_bytes: null,
        },
      ]),
    );
    assert.equal(launch.status, 403, JSON.stringify(launch.body));
    assert.equal(launch.body.error.code, 'PATH_NOT_ALLOWED');
    assert.equal(launch.body.error.details.path, join(world.images, 'escape', 'hostname'));
    assert.equal(launch.body.error.details.step, 'launch.ensure-disks');

    const kernelOutside = launchRequest(world, []);
    kernelOutside.boot_source.kernel_image_path = '/etc/hostname';
    const badKernel = await world.agent.call<ErrorReply>(
      'POST',
      `/vms/${vmId}/launch`,
      kernelOutside,
    );
    assert.equal(badKernel.status, 403, JSON.stringify(badKernel.body));
    assert.equal(badKernel.body.error.details.path, '/etc/hostname');

    const del = await world.agent.call<ErrorReply>('POST', `/storage/vms/${vmId}/files/delete`, {
      path: join(world.images, 'vmlinux'),
    });
    assert.equal(del.status, 403, JSON.stringify(del.body));
    assert.ok(existsSync(join(world.images, 'vmlinux')), 'the kernel was not deleted');

    const st = await world.agent.call<StatResponse>('POST', '/storage/stat', {
      path: '/etc/passwd',
    });
    assert.equal(st.status, 200);
    assert.equal(st.body.allowed, false);
  });

  test('storage: allocate sparse, stat, delete a file, delete the VM directory (idempotent)', async () => {
    const vmId = randomUUID();
    const allocated = await world.agent.call<{
      path: string;
      size_bytes: number;
      allocated_bytes: number;
    }>('POST', `/storage/vms/${vmId}/disks`, { size_bytes: 64 * MIB });
    assert.equal(allocated.status, 201);
    assert.match(allocated.body.path, /\/storage\/disk-[0-9a-f-]+\.img$/);
    assert.equal(allocated.body.size_bytes, 64 * MIB);
    assert.ok(allocated.body.allocated_bytes < MIB);

    const st = await world.agent.call<StatResponse>('POST', '/storage/stat', {
      path: allocated.body.path,
    });
    assert.equal(st.body.exists, true);
    assert.equal(st.body.allowed, true);
    assert.equal(st.body.size_bytes, 64 * MIB);

    const del = await world.agent.call('POST', `/storage/vms/${vmId}/files/delete`, {
      path: allocated.body.path,
    });
    assert.deepEqual(del, { status: 200, body: { path: allocated.body.path, deleted: true } });

    for (let i = 0; i < 2; i++) {
      const gone = await world.agent.call('DELETE', `/storage/vms/${vmId}`);
      assert.equal(gone.status, 204);
    }
    assert.equal(existsSync(join(world.storageRoot, vmId)), false);
  });

  test('unknown VMs are 404; stopping one is a successful no-op', async () => {
    const vmId = randomUUID();
    const get = await world.agent.call<ErrorReply>('GET', `/vms/${vmId}`);
    assert.equal(get.status, 404);
    assert.equal(get.body.error.code, 'NOT_FOUND');
    assert.equal((await world.agent.call<ErrorReply>('GET', `/vms/${vmId}/config`)).status, 404);
    const stop = await world.agent.call('POST', `/vms/${vmId}/stop`, {});
    assert.deepEqual(stop.body, { vm_id: vmId, was_running: false, method: 'not-running' });
    assert.equal((await world.agent.call<ErrorReply>('GET', '/no/such/route')).status, 404);
  });

  test('the OpenAPI document describes every route; docs are served', async () => {
    const res = await world.agent.call<{ openapi: string; paths: Record<string, object> }>(
      'GET',
      '/openapi.json',
      undefined,
      null,
    );
    assert.equal(res.status, 200);
    assert.match(res.body.openapi, /^3\./);
    for (const path of [
      '/agent/v1/health',
      '/agent/v1/host',
      '/agent/v1/storage/vms/{vmId}/disks',
      '/agent/v1/storage/vms/{vmId}/clone',
      '/agent/v1/storage/stat',
      '/agent/v1/storage/vms/{vmId}/files/delete',
      '/agent/v1/storage/vms/{vmId}',
      '/agent/v1/vms',
      '/agent/v1/vms/{vmId}',
      '/agent/v1/vms/{vmId}/config',
      '/agent/v1/vms/{vmId}/launch',
      '/agent/v1/vms/{vmId}/stop',
    ]) {
      assert.ok(res.body.paths[path], `${path} documented`);
    }
    const docs = await world.agent.raw('GET', '/docs', undefined, null);
    assert.equal(docs.status, 200);
    assert.match(docs.contentType, /text\/html/);
  });

  test("the launch route's description lists exactly the launch plan's steps, in order", async () => {
    const res = await world.agent.call<{
      paths: Record<string, { post?: { description?: string } }>;
    }>('GET', '/openapi.json', undefined, null);
    const description = res.body.paths['/agent/v1/vms/{vmId}/launch']?.post?.description ?? '';
    // "Steps: a, b, c. A failure ...": step names contain dots, never ". "
    const listed = /^Steps: (.+?)\. /.exec(description)?.[1]?.split(', ');
    assert.deepEqual(
      listed,
      LAUNCH_STEPS.map((step) => step.name),
      description,
    );
  });
});
