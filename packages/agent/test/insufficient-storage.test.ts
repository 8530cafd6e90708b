// A full disk is the host's answer, not a bug: cloning an image larger than the free space
// of the storage root answers 507 INSUFFICIENT_STORAGE naming the host, the path and the
// bytes, and leaves no partial copy. The storage root is a real 8 MiB tmpfs (root only).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, statfs } from 'node:fs/promises';
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
});
