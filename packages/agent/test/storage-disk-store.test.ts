import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  mkdir,
  mkdtemp,
  open,
  readFile,
  readlink,
  realpath,
  rm,
  stat,
  statfs,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { LocalDiskStore } from '../src/storage/disk-store.ts';
import { PathPolicy } from '../src/storage/path-policy.ts';
import { vmPaths } from '../src/storage/vm-paths.ts';

const GIB = 1024 ** 3;
const MIB = 1024 ** 2;
// statfs f_type magic numbers of filesystems that cannot share blocks between files
const NO_REFLINK_FS = new Set([0xef53 /* ext2/3/4 */, 0x01021994 /* tmpfs */]);

describe('LocalDiskStore', () => {
  let base: string;
  let storageRoot: string;
  let imagesRoot: string;
  let outside: string;
  let store: LocalDiskStore;

  before(async () => {
    base = await realpath(await mkdtemp(join(tmpdir(), 'hearth-a1-disks-')));
    storageRoot = join(base, 'vms');
    imagesRoot = join(base, 'images');
    outside = join(base, 'outside');
    for (const dir of [storageRoot, imagesRoot, outside]) await mkdir(dir);
    const policy = new PathPolicy({ storageRoot, allowedRoots: [imagesRoot] });
    store = new LocalDiskStore({ storageRoot, policy });
  });

  after(async () => {
    await rm(base, { recursive: true, force: true });
  });

  test('ensureVmDirs lays out storage, logs and sock, and may be called again', async () => {
    const vmId = randomUUID();
    const paths = await store.ensureVmDirs(vmId);
    assert.deepEqual(paths, vmPaths(storageRoot, vmId));
    for (const dir of [paths.storage, paths.logs, paths.sock]) {
      assert.ok((await stat(dir)).isDirectory(), dir);
    }
    await writeFile(join(paths.storage, 'keep.img'), 'x');
    await store.ensureVmDirs(vmId);
    assert.equal(await readFile(join(paths.storage, 'keep.img'), 'utf8'), 'x');
    await assert.rejects(store.ensureVmDirs('../etc'), { code: 'VALIDATION_FAILED' });
  });

  test('allocateSparse makes a file whose apparent size is the request and that takes ~no blocks', async () => {
    const vmId = randomUUID();
    const disk = await store.allocateSparse(vmId, 10 * GIB);
    assert.match(
      disk.path,
      new RegExp(`^${vmPaths(storageRoot, vmId).storage}/disk-[0-9a-f-]{36}\\.img$`),
    );
    const st = await stat(disk.path);
    assert.equal(st.size, 10 * GIB);
    assert.equal(disk.size_bytes, 10 * GIB);
    assert.equal(disk.allocated_bytes, st.blocks * 512);
    assert.ok(disk.allocated_bytes < MIB, `allocated ${disk.allocated_bytes}`);
    assert.equal(st.mode & 0o777, 0o600);
  });

  test('allocateSparse refuses to overwrite an existing file and leaves it intact', async () => {
    const vmId = randomUUID();
    const first = await store.allocateSparse(vmId, MIB, 'data.img');
    await writeFile(first.path, 'guest data');
    await assert.rejects(
      store.allocateSparse(vmId, GIB, 'data.img'),
      (error: { code: string; status: number }) => {
        assert.equal(error.code, 'FILE_EXISTS');
        assert.equal(error.status, 409);
        return true;
      },
    );
    assert.equal(await readFile(first.path, 'utf8'), 'guest data');
  });

  test('allocateSparse validates size and file name', async () => {
    const vmId = randomUUID();
    for (const size of [0, -1, 1.5, Number.MAX_SAFE_INTEGER + 2]) {
      await assert.rejects(store.allocateSparse(vmId, size), { code: 'VALIDATION_FAILED' });
    }
    for (const name of ['../escape.img', 'a/b.img', '.hidden', '']) {
      await assert.rejects(store.allocateSparse(vmId, MIB, name), { code: 'VALIDATION_FAILED' });
    }
  });

  test('allocateSparse never follows a symlink planted where the new disk goes', async () => {
    const vmId = randomUUID();
    const paths = await store.ensureVmDirs(vmId);
    const victim = join(outside, 'victim');
    await writeFile(victim, 'precious');
    await symlink(victim, join(paths.storage, 'planted.img'));
    await assert.rejects(store.allocateSparse(vmId, GIB, 'planted.img'), {
      code: 'PATH_NOT_ALLOWED',
    });
    const insideTarget = join(paths.storage, 'target.img');
    await symlink(insideTarget, join(paths.storage, 'dangling.img'));
    await assert.rejects(store.allocateSparse(vmId, MIB, 'dangling.img'), { code: 'FILE_EXISTS' });
    assert.equal(await readFile(victim, 'utf8'), 'precious');
  });

  test('ensureSparseFile recreates a missing provisioned disk sparse with its size', async () => {
    const vmId = randomUUID();
    const disk = await store.allocateSparse(vmId, 2 * GIB, 'scratch.img');
    await rm(disk.path);
    assert.deepEqual(await store.ensureSparseFile(disk.path, 2 * GIB), { created: true });
    const st = await stat(disk.path);
    assert.equal(st.size, 2 * GIB);
    assert.ok(st.blocks * 512 < MIB);
  });

  test('ensureSparseFile keeps an existing disk and its data; grows it to the size, never shrinks', async () => {
    const vmId = randomUUID();
    const disk = await store.allocateSparse(vmId, MIB, 'used.img');
    await writeFile(disk.path, 'written by the guest');
    assert.deepEqual(await store.ensureSparseFile(disk.path, 20), { created: false });
    assert.equal(await readFile(disk.path, 'utf8'), 'written by the guest');
    assert.deepEqual(await store.ensureSparseFile(disk.path, 8), { created: false });
    assert.equal((await stat(disk.path)).size, 20, 'never shrunk');
    // a grow the row recorded but the file lost (a crash) is made good at the next start
    assert.deepEqual(await store.ensureSparseFile(disk.path, GIB), { created: false });
    const st = await stat(disk.path);
    assert.equal(st.size, GIB);
    assert.ok(st.blocks * 512 < MIB, 'grown sparse');
    const head = Buffer.alloc(20);
    const fd = await open(disk.path, 'r');
    await fd.read(head, 0, 20, 0);
    await fd.close();
    assert.equal(head.toString('utf8'), 'written by the guest');
  });

  test('ensureSparseFile refuses paths outside the roots and non-files', async () => {
    await assert.rejects(store.ensureSparseFile(join(outside, 'x.img'), MIB), {
      code: 'PATH_NOT_ALLOWED',
    });
    const paths = await store.ensureVmDirs(randomUUID());
    await assert.rejects(store.ensureSparseFile(paths.logs, MIB), {
      code: 'HOST_PRECONDITION_FAILED',
    });
  });

  test('cloneImage copies the content and says honestly how', async () => {
    const vmId = randomUUID();
    const image = join(imagesRoot, 'rootfs.ext4');
    const content = Buffer.alloc(3 * MIB + 17, 7);
    content.write('superblock', 1024);
    await writeFile(image, content);
    const clone = await store.cloneImage(vmId, image, 'rootfs.ext4');
    assert.equal(clone.path, join(vmPaths(storageRoot, vmId).storage, 'rootfs.ext4'));
    assert.equal(clone.size_bytes, content.length);
    assert.deepEqual(await readFile(clone.path), content);
    const fsType = (await statfs(storageRoot)).type;
    if (NO_REFLINK_FS.has(fsType)) assert.equal(clone.method, 'copy');
    else assert.ok(['reflink', 'copy'].includes(clone.method));
  });

  test('cloneImage refuses an existing target, a missing image and an image outside the roots', async () => {
    const vmId = randomUUID();
    const image = join(imagesRoot, 'small.img');
    await writeFile(image, 'image');
    await store.cloneImage(vmId, image, 'small.img');
    await assert.rejects(store.cloneImage(vmId, image, 'small.img'), { code: 'FILE_EXISTS' });
    await assert.rejects(store.cloneImage(vmId, join(imagesRoot, 'missing.img'), 'm.img'), {
      code: 'HOST_PRECONDITION_FAILED',
    });
    await writeFile(join(outside, 'foreign.img'), 'foreign');
    await assert.rejects(store.cloneImage(vmId, join(outside, 'foreign.img'), 'f.img'), {
      code: 'PATH_NOT_ALLOWED',
    });
    await assert.rejects(stat(join(vmPaths(storageRoot, vmId).storage, 'f.img')), {
      code: 'ENOENT',
    });
  });

  test('stat reports size, allocation and whether the policy allows the path', async () => {
    const vmId = randomUUID();
    const disk = await store.allocateSparse(vmId, GIB, 'stat.img');
    const st = await store.stat(disk.path);
    assert.equal(st.exists, true);
    assert.equal(st.is_file, true);
    assert.equal(st.real_path, disk.path);
    assert.equal(st.size_bytes, GIB);
    assert.equal(st.allocated_bytes, (await stat(disk.path)).blocks * 512);
    assert.equal(st.allowed, true);

    const missing = await store.stat(join(imagesRoot, 'nothing.img'));
    assert.deepEqual(missing, {
      path: join(imagesRoot, 'nothing.img'),
      real_path: null,
      exists: false,
      is_file: false,
      size_bytes: null,
      allocated_bytes: null,
      allowed: true,
      in_storage_root: false,
    });

    await writeFile(join(outside, 'elsewhere'), 'abc');
    const foreign = await store.stat(join(outside, 'elsewhere'));
    assert.equal(foreign.exists, true);
    assert.equal(foreign.size_bytes, 3);
    assert.equal(foreign.allowed, false);

    const dir = await store.stat(vmPaths(storageRoot, vmId).storage);
    assert.equal(dir.is_file, false);
    await assert.rejects(store.stat('relative.img'), { code: 'VALIDATION_FAILED' });
  });

  test("deleteFile deletes a file in the VM's own storage dir, once", async () => {
    const vmId = randomUUID();
    const disk = await store.allocateSparse(vmId, MIB);
    assert.deepEqual(await store.deleteFile(vmId, disk.path), { path: disk.path, deleted: true });
    await assert.rejects(stat(disk.path), { code: 'ENOENT' });
    assert.deepEqual(await store.deleteFile(vmId, disk.path), { path: disk.path, deleted: false });
  });

  test("deleteFile refuses anything outside that VM's storage dir", async () => {
    const vmId = randomUUID();
    const other = randomUUID();
    const paths = await store.ensureVmDirs(vmId);
    const othersDisk = await store.allocateSparse(other, MIB, 'theirs.img');
    const image = join(imagesRoot, 'shared.img');
    await writeFile(image, 'shared');
    const log = join(paths.logs, 'console.log');
    await writeFile(log, 'boot');
    const linkToImage = join(paths.storage, 'link.img');
    await symlink(image, linkToImage);

    for (const path of [othersDisk.path, image, log, paths.storage, linkToImage]) {
      await assert.rejects(store.deleteFile(vmId, path), { code: 'PATH_NOT_ALLOWED' }, path);
    }
    await assert.rejects(store.deleteFile(vmId, join(outside, 'x')), { code: 'PATH_NOT_ALLOWED' });
    await assert.rejects(store.deleteFile(vmId, `${paths.storage}/../logs/console.log`), {
      code: 'PATH_NOT_ALLOWED',
    });
    assert.equal((await stat(othersDisk.path)).size, MIB);
    assert.equal(await readFile(image, 'utf8'), 'shared');
    assert.equal(await readFile(log, 'utf8'), 'boot');
    assert.equal(await readlink(linkToImage), image);
  });

  test('deleteVmDir removes the whole VM directory and is idempotent', async () => {
    const vmId = randomUUID();
    const disk = await store.allocateSparse(vmId, MIB);
    await writeFile(vmPaths(storageRoot, vmId).consoleLog, 'log');
    await store.deleteVmDir(vmId);
    await assert.rejects(stat(vmPaths(storageRoot, vmId).root), { code: 'ENOENT' });
    await assert.rejects(stat(disk.path), { code: 'ENOENT' });
    await store.deleteVmDir(vmId);
    await assert.rejects(store.deleteVmDir('not-a-uuid'), { code: 'VALIDATION_FAILED' });
  });

  test('deleteVmDir removes a symlink planted as a VM dir, not what it points to', async () => {
    const vmId = randomUUID();
    await writeFile(join(outside, 'kept'), 'kept');
    await symlink(outside, join(storageRoot, vmId));
    await store.deleteVmDir(vmId);
    await assert.rejects(stat(join(storageRoot, vmId)), { code: 'ENOENT' });
    assert.equal(await readFile(join(outside, 'kept'), 'utf8'), 'kept');
  });

  test('freeBytes reports the space available on the storage filesystem', async () => {
    const fs = await statfs(storageRoot);
    const free = await store.freeBytes();
    assert.ok(free > 0);
    // other tests write meanwhile: equal within 1 GiB
    assert.ok(Math.abs(free - fs.bavail * fs.bsize) < GIB);
  });
});
