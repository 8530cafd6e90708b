// The agent is the authority on host safety: at every launch it resolves each file
// Firecracker will open and refuses what would reach another VM's files, Hearth's control
// files or a registered image read-write, or open one file read-write twice. Real files, real
// symlinks, a real agent process (in the test's own namespace: no NIC is needed) and the
// simulator as VMM. The storage root is given through a symlink, as an operator may.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readFile, realpath, rm, symlink, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { FirecrackerClient, writeDemoKernel, writeSparseImage } from '@hearth/firecracker';
import type { LaunchDrive, LaunchRequest } from '../src/contract/index.ts';
import { AgentProcess } from './support/agent-process.ts';
import { killAllVmms, MIB } from './support/vm-fixtures.ts';

interface ErrorAnswer {
  error: { code: string; message: string; details: Record<string, unknown> };
}

describe('launch isolation (symlinked storage root, simulator as VMM)', () => {
  let dir: string;
  /** the storage root as configured: a symlink to realRoot */
  let root: string;
  let realRoot: string;
  let images: string;
  let kernel: string;
  /** a registered image (sent in image_paths) */
  let image: string;
  let agent: AgentProcess;
  const vmA = randomUUID();

  before(async () => {
    dir = await realpath(await mkdtemp(join(tmpdir(), 'hearth-iso-')));
    realRoot = join(dir, 'real-vms');
    root = join(dir, 'vms');
    images = join(dir, 'images');
    await mkdir(realRoot, { recursive: true });
    await symlink(realRoot, root);
    await mkdir(images, { recursive: true });
    kernel = join(images, 'vmlinux');
    image = join(images, 'rootfs.ext4');
    await writeDemoKernel(kernel);
    await writeSparseImage(image, 16 * MIB);
    await writeSparseImage(join(images, 'harmless.img'), MIB);
    await writeSparseImage(join(images, 'shared.img'), MIB);
    agent = await AgentProcess.start({ netns: null, dir, token: randomUUID() });
    await newVm(vmA);
    // VM A runs for the whole file: its files are what the attacks aim at
    const res = await launch(vmA, []);
    assert.equal(res.status, 200, JSON.stringify(res.body));
  });

  after(async () => {
    await agent?.kill().catch(() => {});
    await killAllVmms(realRoot).catch(() => {});
    await rm(dir, { recursive: true, force: true });
  });

  /** A VM with its rootfs, never launched: each test attacks from its own VM. */
  async function newVm(vmId = randomUUID()): Promise<string> {
    const res = await agent.call('POST', `/storage/vms/${vmId}/clone`, {
      source_path: image,
      file_name: 'rootfs.ext4',
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return vmId;
  }

  /** paths through the configured (symlinked) root, as a manager would send them */
  const storagePath = (vmId: string, ...rest: string[]) => join(root, vmId, ...rest);

  const rootfs = (vmId: string): LaunchDrive => ({
    drive_id: 'rootfs',
    path_on_host: storagePath(vmId, 'storage', 'rootfs.ext4'),
    is_root_device: true,
    is_read_only: false,
    source: 'image',
    size_bytes: null,
  });

  const hostDrive = (drive_id: string, path: string, is_read_only = false): LaunchDrive => ({
    drive_id,
    path_on_host: path,
    is_root_device: false,
    is_read_only,
    source: 'host_path',
    size_bytes: null,
  });

  function launch(vmId: string, extra: LaunchDrive[], request: Partial<LaunchRequest> = {}) {
    return agent.call<ErrorAnswer>('POST', `/vms/${vmId}/launch`, {
      machine: { vcpu_count: 1, mem_size_mib: 128 },
      boot_source: { kernel_image_path: kernel, boot_args: 'console=ttyS0 reboot=k panic=1' },
      drives: [rootfs(vmId), ...extra],
      nics: [],
      image_paths: [image, kernel],
      ...request,
    });
  }

  async function stop(vmId: string) {
    const res = await agent.call('POST', `/vms/${vmId}/stop`, { timeout_ms: 2000 });
    assert.equal(res.status, 200, JSON.stringify(res.body));
  }

  function assertRefused(
    res: { status: number; body: ErrorAnswer },
    expected: {
      status: number;
      code: string;
      reason: string;
      drive_id: string;
      real_path?: string;
    },
  ) {
    assert.equal(res.status, expected.status, JSON.stringify(res.body));
    assert.equal(res.body.error.code, expected.code);
    assert.equal(res.body.error.details.reason, expected.reason);
    assert.equal(res.body.error.details.drive_id, expected.drive_id);
    assert.equal(res.body.error.details.step, 'launch.ensure-disks');
    if (expected.real_path) assert.equal(res.body.error.details.real_path, expected.real_path);
    assert.match(res.body.error.message, new RegExp(`Drive ${expected.drive_id}`));
  }

  test('host info reports the real storage root, resolved once at start', async () => {
    const res = await agent.call<{ storage_root: string }>('GET', '/host');
    assert.equal(res.body.storage_root, realRoot);
  });

  test("another VM's disk through the symlinked root, or its real path, is refused", async () => {
    const vmB = await newVm();
    for (const path of [
      storagePath(vmA, 'storage', 'rootfs.ext4'),
      join(realRoot, vmA, 'storage', 'rootfs.ext4'),
    ]) {
      const res = await launch(vmB, [hostDrive('stolen', path, true)]);
      assertRefused(res, {
        status: 403,
        code: 'PATH_NOT_ALLOWED',
        reason: 'other_vm_directory',
        drive_id: 'stolen',
        real_path: join(realRoot, vmA, 'storage', 'rootfs.ext4'),
      });
      assert.equal((await agent.call('GET', `/vms/${vmB}`)).status, 404, 'no VMM left');
    }
  });

  test('a symlink re-pointed at another VM disk after a good start is refused at the next', async () => {
    const vmB = await newVm();
    const link = join(images, 'data-link.img');
    await symlink(join(images, 'harmless.img'), link);
    const first = await launch(vmB, [hostDrive('data', link)]);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    await stop(vmB);

    await unlink(link);
    await symlink(storagePath(vmA, 'storage', 'rootfs.ext4'), link);
    const second = await launch(vmB, [hostDrive('data', link)]);
    assertRefused(second, {
      status: 403,
      code: 'PATH_NOT_ALLOWED',
      reason: 'other_vm_directory',
      drive_id: 'data',
      real_path: join(realRoot, vmA, 'storage', 'rootfs.ext4'),
    });
    await unlink(link);
  });

  test('Firecracker is given the real path; the record keeps it, the live view the sent one', async () => {
    const vmB = await newVm();
    const link = join(images, 'record-link.img');
    await symlink(join(images, 'harmless.img'), link);
    const res = await launch(vmB, [hostDrive('data', link)]);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const record = JSON.parse(await readFile(join(realRoot, vmB, 'vmm.json'), 'utf8'));
    const data = record.drives.find((d: { drive_id: string }) => d.drive_id === 'data');
    assert.deepEqual(data, {
      drive_id: 'data',
      path_on_host: link,
      real_path: join(images, 'harmless.img'),
      is_read_only: false,
      size_bytes: MIB, // what Firecracker read when it opened the file
    });
    // Firecracker itself was given the real path ...
    const vmm = new FirecrackerClient({
      socketPath: join(realRoot, vmB, 'sock', 'firecracker.sock'),
    });
    const raw = await vmm.getVmConfig().finally(() => vmm.close());
    const opened = raw.drives?.find((d) => d.drive_id === 'data');
    assert.equal(opened?.path_on_host, join(images, 'harmless.img'));
    // ... and the agent's live view speaks the manager's terms (the path it sent)
    const live = await agent.call<{ drives: { drive_id: string; path_on_host: string }[] }>(
      'GET',
      `/vms/${vmB}/config`,
    );
    assert.equal(live.body.drives.find((d) => d.drive_id === 'data')?.path_on_host, link);
    await stop(vmB);
    await unlink(link);
  });

  test("Hearth's control files are refused: another VM's vmm.json, the VM's own record and logs", async () => {
    const vmB = await newVm();
    const ownLog = await launch(vmB, []);
    assert.equal(ownLog.status, 200, JSON.stringify(ownLog.body));
    await stop(vmB); // logs/console.log exists now
    const cases: Array<[string, string]> = [
      [storagePath(vmA, 'vmm.json'), 'other_vm_directory'],
      [storagePath(vmB, 'vmm.json'), 'control_file'],
      [storagePath(vmB, 'logs', 'console.log'), 'control_file'],
      [join(root, 'some-state.json'), 'control_file'],
    ];
    for (const [path, reason] of cases) {
      const res = await launch(vmB, [hostDrive('ctl', path, true)]);
      assertRefused(res, { status: 403, code: 'PATH_NOT_ALLOWED', reason, drive_id: 'ctl' });
    }
  });

  test('a registered image is refused read-write and allowed read-only', async () => {
    const vmB = await newVm();
    const rw = await launch(vmB, [hostDrive('golden', image)]);
    assertRefused(rw, {
      status: 403,
      code: 'PATH_NOT_ALLOWED',
      reason: 'image_read_write',
      drive_id: 'golden',
    });
    // through a symlink too
    const link = join(images, 'golden-link.img');
    await symlink(image, link);
    const viaLink = await launch(vmB, [hostDrive('golden', link)]);
    assertRefused(viaLink, {
      status: 403,
      code: 'PATH_NOT_ALLOWED',
      reason: 'image_read_write',
      drive_id: 'golden',
      real_path: image,
    });
    await unlink(link);
    const ro = await launch(vmB, [hostDrive('golden', image, true)]);
    assert.equal(ro.status, 200, JSON.stringify(ro.body));
    await stop(vmB);
  });

  test("a second read-write drive on the VM's own rootfs is refused", async () => {
    const vmB = await newVm();
    const res = await launch(vmB, [hostDrive('again', storagePath(vmB, 'storage', 'rootfs.ext4'))]);
    assertRefused(res, {
      status: 409,
      code: 'FILE_IN_USE',
      reason: 'duplicate_read_write',
      drive_id: 'again',
    });
    assert.equal(res.body.error.details.other_drive_id, 'rootfs');
  });

  test('a file another running VM holds read-write is refused; read-only twice is allowed', async () => {
    const vmB = await newVm();
    const shared = join(images, 'shared.img');
    const c = await newVm();
    const writer = await launch(c, [hostDrive('shared', shared)]);
    assert.equal(writer.status, 200, JSON.stringify(writer.body));
    for (const readOnly of [true, false]) {
      const res = await launch(vmB, [hostDrive('mine', shared, readOnly)]);
      assertRefused(res, {
        status: 409,
        code: 'FILE_IN_USE',
        reason: 'held_by_running_vm',
        drive_id: 'mine',
      });
      assert.equal(res.body.error.details.other_vm_id, c);
      assert.equal(res.body.error.details.other_drive_id, 'shared');
    }
    await stop(c);
    const readers = [c, vmB].map((vmId) => launch(vmId, [hostDrive('shared', shared, true)]));
    for (const res of await Promise.all(readers)) {
      assert.equal(res.status, 200, JSON.stringify(res.body));
    }
    await stop(c);
    await stop(vmB);
  });

  test('two launches at once cannot both take one file read-write', async () => {
    const shared = join(images, 'shared.img');
    const ids = [await newVm(), await newVm()];
    const results = await Promise.all(ids.map((id) => launch(id, [hostDrive('shared', shared)])));
    assert.deepEqual(results.map((r) => r.status).sort(), [200, 409], JSON.stringify(results));
    for (const id of ids) await stop(id);
  });

  test('the kernel gets the same resolution: one in another VM directory is refused', async () => {
    const vmB = await newVm();
    const res = await launch(vmB, [], {
      boot_source: { kernel_image_path: storagePath(vmA, 'storage', 'rootfs.ext4') },
    });
    assert.equal(res.status, 403, JSON.stringify(res.body));
    assert.equal(res.body.error.code, 'PATH_NOT_ALLOWED');
    assert.equal(res.body.error.details.reason, 'other_vm_directory');
    assert.equal(res.body.error.details.file, 'kernel');
  });

  test('stat reports the real path and whether it lies inside the storage root', async () => {
    const inside = await agent.call<{ real_path: string; in_storage_root: boolean }>(
      'POST',
      '/storage/stat',
      { path: storagePath(vmA, 'storage', 'rootfs.ext4') },
    );
    assert.equal(inside.body.real_path, join(realRoot, vmA, 'storage', 'rootfs.ext4'));
    assert.equal(inside.body.in_storage_root, true);
    const outside = await agent.call<{ in_storage_root: boolean }>('POST', '/storage/stat', {
      path: image,
    });
    assert.equal(outside.body.in_storage_root, false);
  });
});
