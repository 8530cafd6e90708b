import assert from 'node:assert/strict';
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { PathPolicy } from '../src/storage/path-policy.ts';

describe('PathPolicy', () => {
  let base: string;
  let storageRoot: string;
  let imagesRoot: string;
  let outside: string;
  let policy: PathPolicy;

  before(async () => {
    base = await realpath(await mkdtemp(join(tmpdir(), 'hearth-a1-policy-')));
    storageRoot = join(base, 'vms');
    imagesRoot = join(base, 'images');
    outside = join(base, 'outside');
    for (const dir of [storageRoot, imagesRoot, outside, join(base, 'vms-evil')]) {
      await mkdir(dir);
    }
    await writeFile(join(storageRoot, 'disk.img'), 'disk');
    await writeFile(join(imagesRoot, 'rootfs.ext4'), 'image');
    await writeFile(join(outside, 'secret'), 'secret');
    await writeFile(join(base, 'vms-evil', 'f'), 'evil');
    policy = new PathPolicy({ storageRoot, allowedRoots: [imagesRoot] });
  });

  after(async () => {
    await rm(base, { recursive: true, force: true });
  });

  const refused = (path: string) =>
    assert.rejects(policy.resolve(path), (error: { code: string; details: unknown }) => {
      assert.equal(error.code, 'PATH_NOT_ALLOWED');
      assert.deepEqual(error.details, { path });
      return true;
    });

  test('an existing file in the storage root resolves to its real path', async () => {
    assert.equal(
      await policy.resolve(join(storageRoot, 'disk.img')),
      join(storageRoot, 'disk.img'),
    );
    assert.equal(await policy.resolve(storageRoot), storageRoot);
  });

  test('a file not created yet, even below missing directories, is allowed inside a root', async () => {
    const path = join(storageRoot, 'vm-a', 'storage', 'new.img');
    assert.equal(await policy.resolve(path), path);
  });

  test('allowed roots are honoured beside the storage root', async () => {
    const image = join(imagesRoot, 'rootfs.ext4');
    assert.equal(await policy.resolve(image), image);
    assert.equal(await policy.isAllowed(image), true);
    assert.equal(await policy.isAllowed(join(outside, 'secret')), false);
    const strict = new PathPolicy({ storageRoot, allowedRoots: [] });
    assert.equal(await strict.isAllowed(image), false);
  });

  test('absolute paths elsewhere are refused, including a sibling sharing the prefix', async () => {
    await refused('/etc/passwd');
    await refused(join(outside, 'secret'));
    await refused(join(base, 'vms-evil', 'f'));
    await refused(base);
  });

  test('`..` segments are refused even when they would land inside a root', async () => {
    await refused(`${storageRoot}/../outside/secret`);
    await refused(`${storageRoot}/vm-a/../disk.img`);
    await refused(`${storageRoot}/../../etc/passwd`);
  });

  test('a relative or empty path is invalid input, not a policy decision', async () => {
    for (const path of ['disk.img', 'vms/disk.img', '']) {
      await assert.rejects(policy.resolve(path), { code: 'VALIDATION_FAILED' });
    }
    assert.equal(await policy.isAllowed('disk.img'), false);
  });

  test('a symlink inside a root pointing out of every root is refused', async () => {
    const link = join(storageRoot, 'link-out');
    await symlink(join(outside, 'secret'), link);
    await refused(link);
    const imageLink = join(imagesRoot, 'image-out.img');
    await symlink(join(outside, 'secret'), imageLink);
    await refused(imageLink);
  });

  test('a dangling symlink pointing out is refused: creating a file there would escape', async () => {
    const link = join(storageRoot, 'dangling-out');
    await symlink(join(outside, 'not-yet'), link);
    await refused(link);
  });

  test('a symlinked parent directory leading out is refused', async () => {
    const linkDir = join(storageRoot, 'linked-dir');
    await symlink(outside, linkDir);
    await refused(join(linkDir, 'secret'));
    await refused(join(linkDir, 'new.img'));
    await refused(join(linkDir, 'deeper', 'new.img'));
  });

  test('a symlink from one root into another resolves to the target', async () => {
    const link = join(storageRoot, 'to-image');
    await symlink(join(imagesRoot, 'rootfs.ext4'), link);
    assert.equal(await policy.resolve(link), join(imagesRoot, 'rootfs.ext4'));
  });

  test('a storage root reached through a symlink still contains its files', async () => {
    const linkedRoot = join(base, 'vms-link');
    await symlink(storageRoot, linkedRoot);
    const viaLink = new PathPolicy({ storageRoot: linkedRoot, allowedRoots: [] });
    assert.equal(
      await viaLink.resolve(join(linkedRoot, 'disk.img')),
      join(storageRoot, 'disk.img'),
    );
    assert.equal(await viaLink.isAllowed(join(outside, 'secret')), false);
  });

  test('a symlink loop is refused instead of hanging', async () => {
    const a = join(storageRoot, 'loop-a');
    const b = join(storageRoot, 'loop-b');
    await symlink(b, a);
    await symlink(a, b);
    await refused(join(a, 'file'));
  });
});
