// Images through the REST API against a real agent (in a netns as root): the agent checks
// the path on its host (allow-list, existence, regular file); a bad registration leaves no
// row; an image in use by a VM cannot be deleted; deleting a registration keeps the file.
import assert from 'node:assert/strict';
import { mkdir, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { forEachDatabase } from './support/databases.ts';
import { JOIN_TOKEN, type Stack, startStack } from './support/stack.ts';

forEachDatabase((kind) => {
  describe('images', () => {
    let stack: Stack;
    before(async () => {
      stack = await startStack(kind);
    });
    after(() => stack?.close());

    const imageNames = async () =>
      (await stack.request('GET', '/v1/images')).body.items.map((i: { name: string }) => i.name);

    test('register a kernel by its path: size from the host, listed, filtered by kind, got by id', async () => {
      const path = join(stack.imagesDir, 'other-vmlinux');
      await writeFile(path, Buffer.alloc(3000, 1));
      const res = await stack.request('POST', '/v1/images', { kind: 'kernel', name: 'k2', path });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.body.kind, 'kernel');
      assert.equal(res.body.name, 'k2');
      assert.equal(res.body.path, path);
      assert.equal(res.body.size_bytes, 3000);
      assert.equal(res.body.host_id, stack.hostId, 'the only host is chosen without host_id');

      const kernels = await stack.request('GET', '/v1/images?kind=kernel');
      assert.deepEqual(
        kernels.body.items.map((i: { name: string }) => i.name),
        ['k2', 'test-kernel'],
      );
      const rootfs = await stack.request('GET', '/v1/images?kind=rootfs');
      assert.deepEqual(
        rootfs.body.items.map((i: { name: string }) => i.name),
        ['test-rootfs'],
      );
      assert.equal((await stack.request('GET', '/v1/images?kind=initrd')).status, 400);

      // name is an exact match: what the CLI resolves `--kernel k2` through
      const byName = await stack.request('GET', '/v1/images?name=k2');
      assert.deepEqual(
        byName.body.items.map((i: { id: string }) => i.id),
        [res.body.id],
      );
      assert.deepEqual((await stack.request('GET', '/v1/images?name=k')).body.items, []);
      assert.equal((await stack.request('GET', '/v1/images?name=')).status, 400);

      const got = await stack.request('GET', `/v1/images/${res.body.id}`);
      assert.equal(got.status, 200);
      assert.deepEqual(got.body, res.body);
    });

    test('a path outside the allowed paths is 400 PATH_NOT_ALLOWED with the path, and no row', async () => {
      for (const path of ['/etc/hostname', join(stack.dir, 'not-allowed.img')]) {
        const res = await stack.request('POST', '/v1/images', {
          kind: 'rootfs',
          name: 'evil',
          path,
        });
        assert.equal(res.status, 400, JSON.stringify(res.body));
        assert.equal(res.body.error.code, 'PATH_NOT_ALLOWED');
        assert.equal(res.body.error.details.path, path);
      }
      // judged by where the path really leads: `..` segments and a symlink out of the dir
      const link = join(stack.imagesDir, 'link-to-etc-hostname');
      await symlink('/etc/hostname', link);
      for (const path of [join(stack.imagesDir, '..', 'agent.sock'), link]) {
        const res = await stack.request('POST', '/v1/images', {
          kind: 'rootfs',
          name: 'evil',
          path,
        });
        assert.equal(res.status, 400, `${path}: ${JSON.stringify(res.body)}`);
        assert.equal(res.body.error.code, 'PATH_NOT_ALLOWED');
      }
      assert.ok(!(await imageNames()).includes('evil'));
    });

    test('a missing file is 422 FILE_NOT_FOUND; a directory is refused the same way', async () => {
      const missing = join(stack.imagesDir, 'missing.ext4');
      const res = await stack.request('POST', '/v1/images', {
        kind: 'rootfs',
        name: 'missing',
        path: missing,
      });
      assert.equal(res.status, 422, JSON.stringify(res.body));
      assert.equal(res.body.error.code, 'FILE_NOT_FOUND');
      assert.equal(res.body.error.details.path, missing);

      const dir = join(stack.imagesDir, 'a-directory');
      await mkdir(dir);
      const notFile = await stack.request('POST', '/v1/images', {
        kind: 'rootfs',
        name: 'dir',
        path: dir,
      });
      assert.equal(notFile.status, 422);
      assert.equal(notFile.body.error.code, 'FILE_NOT_FOUND');
      assert.match(notFile.body.error.message, /not a regular file/);
      const names = await imageNames();
      assert.ok(!names.includes('missing') && !names.includes('dir'));
    });

    test('invalid bodies are 400; an unknown host_id is 404', async () => {
      const path = join(stack.imagesDir, 'vmlinux');
      for (const body of [
        { kind: 'initrd', name: 'x', path },
        { kind: 'kernel', name: 'bad name', path },
        { kind: 'kernel', name: 'x', path: 'relative/vmlinux' },
        { kind: 'kernel', name: 'x', path, color: 'red' },
        { kind: 'kernel', name: 'x', path, host_id: 'not-a-uuid' },
      ]) {
        const res = await stack.request('POST', '/v1/images', body);
        assert.equal(res.status, 400, JSON.stringify(body));
        assert.equal(res.body.error.code, 'VALIDATION_FAILED');
      }
      const unknown = await stack.request('POST', '/v1/images', {
        kind: 'kernel',
        name: 'x',
        path,
        host_id: '00000000-0000-4000-8000-000000000000',
      });
      assert.equal(unknown.status, 404);
      assert.equal(unknown.body.error.code, 'HOST_NOT_FOUND');
    });

    test('a second image of the same name on the host is 409 NAME_TAKEN', async () => {
      const res = await stack.request('POST', '/v1/images', {
        kind: 'rootfs',
        name: 'test-kernel',
        path: join(stack.imagesDir, 'rootfs.ext4'),
      });
      assert.equal(res.status, 409);
      assert.equal(res.body.error.code, 'NAME_TAKEN');
    });

    test('delete: 409 IMAGE_IN_USE naming the VM while one boots from it; then 204, file kept', async () => {
      const created = await stack.createVm({ start: false });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const vm = created.body;

      for (const id of [stack.kernelImageId, stack.rootfsImageId]) {
        const res = await stack.request('DELETE', `/v1/images/${id}`);
        assert.equal(res.status, 409, JSON.stringify(res.body));
        assert.equal(res.body.error.code, 'IMAGE_IN_USE');
        assert.deepEqual(res.body.error.details.vms, [vm.name]);
        assert.match(res.body.error.message, new RegExp(vm.name));
      }
      assert.equal((await stack.request('GET', `/v1/images/${stack.kernelImageId}`)).status, 200);

      assert.equal((await stack.request('DELETE', `/v1/vms/${vm.id}`)).status, 204);
      const kernelPath = join(stack.imagesDir, 'vmlinux');
      const copy = join(stack.imagesDir, 'vmlinux-copy');
      await writeFile(copy, Buffer.alloc(10));
      const spare = await stack.request('POST', '/v1/images', {
        kind: 'kernel',
        name: 'spare',
        path: copy,
      });
      assert.equal(spare.status, 201);
      const deleted = await stack.request('DELETE', `/v1/images/${spare.body.id}`);
      assert.equal(deleted.status, 204);
      assert.equal((await stack.request('GET', `/v1/images/${spare.body.id}`)).status, 404);
      assert.ok((await stat(copy)).isFile(), "the file on the host is the operator's");
      assert.ok((await stat(kernelPath)).isFile());

      const again = await stack.request('DELETE', `/v1/images/${spare.body.id}`);
      assert.equal(again.status, 404);
      assert.equal(again.body.error.code, 'IMAGE_NOT_FOUND');
    });

    test('with two hosts registered, host_id is required (400 naming it)', async () => {
      const second = await stack.app.inject({
        method: 'POST',
        url: '/v1/hosts',
        headers: { authorization: `Bearer ${JOIN_TOKEN}` },
        payload: { name: 'second-host', addr: stack.agentAddr, agent_token: stack.agentToken },
      });
      assert.equal(second.statusCode, 201, second.body);
      const res = await stack.request('POST', '/v1/images', {
        kind: 'kernel',
        name: 'ambiguous',
        path: join(stack.imagesDir, 'vmlinux'),
      });
      assert.equal(res.status, 400);
      assert.equal(res.body.error.code, 'VALIDATION_FAILED');
      assert.match(res.body.error.message, /host_id/);
      const onSecond = await stack.request('POST', '/v1/images', {
        kind: 'kernel',
        name: 'ambiguous',
        path: join(stack.imagesDir, 'vmlinux'),
        host_id: JSON.parse(second.body).id,
      });
      assert.equal(onSecond.status, 201, JSON.stringify(onSecond.body));
    });
  });
});
