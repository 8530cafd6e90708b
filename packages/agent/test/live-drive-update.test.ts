// A running VMM's drives: the size Firecracker has of each file (recorded at launch, kept
// across agent restarts, renewed by a live update), and the live update itself — the same
// file re-read after a grow, a new file only past the launch's isolation rules, the whole
// rate limiter replaced. A real agent process and the simulator as VMM.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { FirecrackerClient, writeSparseImage } from '@hearth/firecracker';
import type {
  LaunchDrive,
  LaunchResponse,
  LiveDrive,
  LiveVmConfig,
} from '../src/contract/index.ts';
import type { VmmStateRecord } from '../src/state/vmm-state-file.ts';
import {
  cloneRootfs,
  createWorld,
  launchRequest,
  MIB,
  rootDrive,
  type World,
} from './support/vm-fixtures.ts';

interface ErrorAnswer {
  error: { code: string; message: string; details: Record<string, unknown> };
}

describe('live drives: size_bytes and POST /vms/:vmId/drives/:driveId/update', () => {
  let world: World;
  /** runs for the whole file, with a provisioned data disk `data` */
  const vmId = randomUUID();
  let dataPath: string;
  /** another running VM, whose disk the attacks aim at */
  const otherVm = randomUUID();

  before(async () => {
    world = await createWorld();
    await cloneRootfs(world, vmId);
    dataPath = join(world.storageRoot, vmId, 'storage', 'data.img');
    await launch(vmId, [provisioned('data', dataPath, 8 * MIB)]);
    await cloneRootfs(world, otherVm);
    await launch(otherVm, [provisioned('theirs', storagePath(otherVm, 'theirs.img'), MIB)]);
  });
  after(() => world?.teardown());

  const storagePath = (id: string, name: string) => join(world.storageRoot, id, 'storage', name);

  function provisioned(drive_id: string, path: string, size: number): LaunchDrive {
    return {
      drive_id,
      path_on_host: path,
      is_root_device: false,
      is_read_only: false,
      source: 'provisioned',
      size_bytes: size,
    };
  }

  async function launch(id: string, drives: LaunchDrive[]): Promise<LaunchResponse> {
    const res = await world.agent.call<LaunchResponse>(
      'POST',
      `/vms/${id}/launch`,
      launchRequest(world, [rootDrive(world, id), ...drives]),
    );
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body;
  }

  const update = (id: string, driveId: string, body: unknown) =>
    world.agent.call<LiveDrive & ErrorAnswer>('POST', `/vms/${id}/drives/${driveId}/update`, body);

  async function liveDrive(id: string, driveId: string): Promise<LiveDrive | undefined> {
    const res = await world.agent.call<LiveVmConfig>('GET', `/vms/${id}/config`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body.drives?.find((d) => d.drive_id === driveId);
  }

  async function record(id: string): Promise<VmmStateRecord> {
    return JSON.parse(await readFile(join(world.storageRoot, id, 'vmm.json'), 'utf8'));
  }

  /** What Firecracker itself has, asked on its own socket. */
  async function firecrackerDrive(id: string, driveId: string) {
    const client = new FirecrackerClient({
      socketPath: join(world.storageRoot, id, 'sock', 'firecracker.sock'),
    });
    const config = await client.getVmConfig().finally(() => client.close());
    return config.drives?.find((d) => d.drive_id === driveId);
  }

  test('size_bytes is recorded at launch for every drive and survives an agent restart', async () => {
    const rootfsSize = (await stat(storagePath(vmId, 'rootfs.ext4'))).size;
    assert.equal((await liveDrive(vmId, 'data'))?.size_bytes, 8 * MIB);
    assert.equal((await liveDrive(vmId, 'rootfs'))?.size_bytes, rootfsSize);
    const recorded = (await record(vmId)).drives?.find((d) => d.drive_id === 'data');
    assert.equal(recorded?.size_bytes, 8 * MIB);

    await world.agent.kill();
    await world.restartAgent();
    assert.equal((await liveDrive(vmId, 'data'))?.size_bytes, 8 * MIB);
  });

  test('grow, then an update with the same path: the new size reaches the VMM', async () => {
    const grown = await world.agent.call('POST', `/storage/vms/${vmId}/disks/grow`, {
      path: dataPath,
      size_bytes: 24 * MIB,
    });
    assert.equal(grown.status, 200, JSON.stringify(grown.body));
    assert.equal((await liveDrive(vmId, 'data'))?.size_bytes, 8 * MIB, 'not yet');

    const res = await update(vmId, 'data', { path_on_host: dataPath });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.drive_id, 'data');
    assert.equal(res.body.path_on_host, dataPath);
    assert.equal(res.body.size_bytes, 24 * MIB);
    assert.equal((await liveDrive(vmId, 'data'))?.size_bytes, 24 * MIB);
    assert.equal((await firecrackerDrive(vmId, 'data'))?.path_on_host, dataPath);
    const recorded = (await record(vmId)).drives?.find((d) => d.drive_id === 'data');
    assert.deepEqual(recorded, {
      drive_id: 'data',
      path_on_host: dataPath,
      real_path: dataPath,
      is_read_only: false,
      size_bytes: 24 * MIB,
    });
  });

  test('rate_limiter is the whole limiter: buckets left out are removed, null removes all', async () => {
    const both = {
      bandwidth: { size: 10 * MIB, refill_time: 1000 },
      ops: { size: 500, one_time_burst: 100, refill_time: 1000 },
    };
    const set = await update(vmId, 'data', { rate_limiter: both });
    assert.equal(set.status, 200, JSON.stringify(set.body));
    assert.deepEqual(set.body.rate_limiter, {
      bandwidth: { size: 10 * MIB, one_time_burst: null, refill_time: 1000 },
      ops: { size: 500, one_time_burst: 100, refill_time: 1000 },
    });
    assert.equal(set.body.size_bytes, 24 * MIB, 'a limiter change keeps the recorded size');

    const opsOnly = await update(vmId, 'data', { rate_limiter: { ops: both.ops } });
    assert.equal(opsOnly.status, 200, JSON.stringify(opsOnly.body));
    assert.deepEqual((await firecrackerDrive(vmId, 'data'))?.rate_limiter, {
      bandwidth: null,
      ops: { size: 500, one_time_burst: 100, refill_time: 1000 },
    });

    const none = await update(vmId, 'data', { rate_limiter: null });
    assert.equal(none.status, 200, JSON.stringify(none.body));
    assert.equal((await firecrackerDrive(vmId, 'data'))?.rate_limiter ?? null, null);
    assert.equal((await liveDrive(vmId, 'data'))?.rate_limiter ?? null, null);
  });

  test('a new file from an allowed root: Firecracker gets it, the record and the live view follow', async () => {
    const spare = join(world.images, 'spare.img');
    await writeSparseImage(spare, 3 * MIB);
    const res = await update(vmId, 'data', { path_on_host: spare });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.path_on_host, spare);
    assert.equal(res.body.size_bytes, 3 * MIB);
    assert.equal((await firecrackerDrive(vmId, 'data'))?.path_on_host, spare);
    // back to its own disk, through the same checks
    const back = await update(vmId, 'data', { path_on_host: dataPath });
    assert.equal(back.status, 200, JSON.stringify(back.body));
    assert.equal(back.body.size_bytes, 24 * MIB);
  });

  test("another VM's disk, a control file, a registered image read-write: refused, nothing changes", async () => {
    const before = await record(vmId);
    const image = join(world.images, 'registered.img');
    await writeSparseImage(image, MIB);
    const cases: Array<[unknown, number, string, string]> = [
      [
        { path_on_host: storagePath(otherVm, 'theirs.img') },
        403,
        'PATH_NOT_ALLOWED',
        'other_vm_directory',
      ],
      [
        { path_on_host: join(world.storageRoot, vmId, 'vmm.json') },
        403,
        'PATH_NOT_ALLOWED',
        'control_file',
      ],
      [{ path_on_host: '/etc/hostname' }, 403, 'PATH_NOT_ALLOWED', 'outside_allowed_roots'],
      [{ path_on_host: image, image_paths: [image] }, 403, 'PATH_NOT_ALLOWED', 'image_read_write'],
      // the VM's own root drive, read-write twice
      [
        { path_on_host: storagePath(vmId, 'rootfs.ext4') },
        409,
        'FILE_IN_USE',
        'duplicate_read_write',
      ],
    ];
    for (const [body, status, code, reason] of cases) {
      const res = await update(vmId, 'data', body);
      assert.equal(res.status, status, `${JSON.stringify(body)}: ${JSON.stringify(res.body)}`);
      assert.equal(res.body.error.code, code);
      assert.equal(res.body.error.details.reason, reason);
      assert.equal(res.body.error.details.drive_id, 'data');
    }
    assert.deepEqual(await record(vmId), before, 'the record is unchanged');
    assert.equal((await firecrackerDrive(vmId, 'data'))?.path_on_host, dataPath);
  });

  test('a file another running VM writes is refused (FILE_IN_USE held_by_running_vm)', async () => {
    // a host file the other VM is given live, then this VM asks for it too
    const shared = join(world.images, 'shared-live.img');
    await writeSparseImage(shared, MIB);
    const taken = await update(otherVm, 'theirs', { path_on_host: shared });
    assert.equal(taken.status, 200, JSON.stringify(taken.body));
    const res = await update(vmId, 'data', { path_on_host: shared });
    assert.equal(res.status, 409, JSON.stringify(res.body));
    assert.equal(res.body.error.code, 'FILE_IN_USE');
    assert.equal(res.body.error.details.reason, 'held_by_running_vm');
    assert.equal(res.body.error.details.other_vm_id, otherVm);
    assert.equal(res.body.error.details.other_drive_id, 'theirs');
  });

  test('a missing file: 422; Firecracker refusing: 502 with its fault verbatim', async () => {
    const missing = await update(vmId, 'data', { path_on_host: join(world.images, 'gone.img') });
    assert.equal(missing.status, 422, JSON.stringify(missing.body));
    assert.equal(missing.body.error.code, 'HOST_PRECONDITION_FAILED');
    // the same path, deleted under the running VMM: only Firecracker finds out
    const doomed = join(world.images, 'doomed.img');
    await writeSparseImage(doomed, MIB);
    assert.equal((await update(vmId, 'data', { path_on_host: doomed })).status, 200);
    await unlink(doomed);
    const refused = await update(vmId, 'data', { path_on_host: doomed });
    assert.equal(refused.status, 502, JSON.stringify(refused.body));
    assert.equal(refused.body.error.code, 'FIRECRACKER_ERROR');
    assert.match(
      String(refused.body.error.details.firecracker_fault),
      /^Drive config error: Unable to patch the block device: .*No such file or directory/,
    );
    assert.equal((await update(vmId, 'data', { path_on_host: dataPath })).status, 200);
  });

  test('unknown drive 404 NOT_FOUND; no running VMM 409 VMM_NOT_RUNNING; nothing to do 400', async () => {
    const unknown = await update(vmId, 'nope', { rate_limiter: null });
    assert.equal(unknown.status, 404, JSON.stringify(unknown.body));
    assert.equal(unknown.body.error.code, 'NOT_FOUND');
    assert.deepEqual(unknown.body.error.details, { vm_id: vmId, drive_id: 'nope' });

    const stopped = randomUUID();
    const notRunning = await update(stopped, 'data', { rate_limiter: null });
    assert.equal(notRunning.status, 409, JSON.stringify(notRunning.body));
    assert.equal(notRunning.body.error.code, 'VMM_NOT_RUNNING');
    assert.deepEqual(notRunning.body.error.details, { vm_id: stopped });

    const nothing = await update(vmId, 'data', { image_paths: [] });
    assert.equal(nothing.status, 400, JSON.stringify(nothing.body));
    const empty = await update(vmId, 'data', {});
    assert.equal(empty.status, 400, JSON.stringify(empty.body));
    const badId = await update(vmId, 'bad-id', { rate_limiter: null });
    assert.equal(badId.status, 400, JSON.stringify(badId.body));
  });

  test('after a stop the update answers VMM_NOT_RUNNING', async () => {
    const stopped = await world.agent.call('POST', `/vms/${otherVm}/stop`, { timeout_ms: 2000 });
    assert.equal(stopped.status, 200);
    const res = await update(otherVm, 'theirs', { rate_limiter: null });
    assert.equal(res.status, 409, JSON.stringify(res.body));
    assert.equal(res.body.error.code, 'VMM_NOT_RUNNING');
  });
});
