// A full disk is the host's answer, not a bug: cloning an image (or exporting a disk) larger
// than the free space of the storage root answers 507 INSUFFICIENT_STORAGE naming the host,
// the path and the bytes, and leaves no partial copy. The storage root is a real 8 MiB tmpfs (root only).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, statfs, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { writeSparseImage } from '@hearth/firecracker';
import { AgentProcess } from './support/agent-process.ts';
import { MIB } from './support/vm-fixtures.ts';

const run = promisify(execFile);
const isRoot = process.getuid?.() === 0;

describe('agent: a clone onto a full storage root', {
  skip: !isRoot && 'needs root (mount)',
}, () => {
  let dir: string;
  let storageRoot: string;
  let mounted = false;
  let agent: AgentProcess | null = null;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hearth-full-'));
    storageRoot = join(dir, 'vms');
    await mkdir(storageRoot, { recursive: true });
    await mkdir(join(dir, 'images'), { recursive: true });
    await writeSparseImage(join(dir, 'images', 'big.img'), 64 * MIB);
    await writeSparseImage(join(dir, 'images', 'small.img'), 1 * MIB);
    await run('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', storageRoot]);
    mounted = true;
    agent = await AgentProcess.start({ netns: null, dir, token: randomUUID() });
  });
  after(async () => {
    await agent?.terminate();
    if (mounted) await run('umount', [storageRoot]);
    await rm(dir, { recursive: true, force: true });
  });

  const running = (): AgentProcess => {
    if (!agent) throw new Error('the agent did not start');
    return agent;
  };
  const clone = (vmId: string, image: string) =>
    running().call<any>('POST', `/storage/vms/${vmId}/clone`, {
      source_path: join(dir, 'images', image),
      file_name: 'rootfs.ext4',
    });

  test('an image that fits is cloned', async () => {
    const vmId = randomUUID();
    const res = await clone(vmId, 'small.img');
    assert.equal(res.status, 201, JSON.stringify(res.body));
    await running().call('DELETE', `/storage/vms/${vmId}`);
  });

  test('one that does not: 507 with host, path and bytes, and no partial file', async () => {
    const vmId = randomUUID();
    const res = await clone(vmId, 'big.img');
    assert.equal(res.status, 507, JSON.stringify(res.body));
    const { code, message, details } = res.body.error;
    assert.equal(code, 'INSUFFICIENT_STORAGE');
    assert.match(message, /space/);
    const target = join(storageRoot, vmId, 'storage', 'rootfs.ext4');
    assert.equal(details.host, hostname());
    assert.equal(details.path, target);
    assert.equal(details.bytes_needed, 64 * MIB);
    assert.ok(
      details.bytes_free > 7 * MIB && details.bytes_free <= 8 * MIB,
      `${details.bytes_free}`,
    );
    assert.deepEqual(await readdir(join(storageRoot, vmId, 'storage')), []);
    const fs = await statfs(storageRoot);
    assert.equal(fs.bavail * fs.bsize, details.bytes_free, 'the partial copy is gone');

    const doc = JSON.parse((await running().raw('GET', '/openapi.json', undefined, null)).text);
    const responses = doc.paths['/agent/v1/storage/vms/{vmId}/clone'].post.responses;
    assert.ok('507' in responses, 'the clone route lists 507');
  });

  test('an export-image that does not fit: 507 and no partial image', async () => {
    const vmId = randomUUID();
    const allocated = await running().call<any>('POST', `/storage/vms/${vmId}/disks`, {
      size_bytes: 5 * MIB,
      file_name: 'full.img',
    });
    assert.equal(allocated.status, 201, JSON.stringify(allocated.body));
    // data everywhere: a sparse copy cannot skip any of it, and 3 MiB are left
    await writeFile(allocated.body.path, randomBytes(5 * MIB));
    const res = await running().call<any>('POST', `/storage/vms/${vmId}/export-image`, {
      path: allocated.body.path,
      file_name: 'full-image.img',
    });
    assert.equal(res.status, 507, JSON.stringify(res.body));
    assert.equal(res.body.error.code, 'INSUFFICIENT_STORAGE');
    assert.equal(res.body.error.details.path, join(storageRoot, 'images', 'full-image.img'));
    assert.equal(res.body.error.details.bytes_needed, 5 * MIB);
    assert.deepEqual(await readdir(join(storageRoot, 'images')), [], 'no partial image');
    await running().call('DELETE', `/storage/vms/${vmId}`);
  });
});
