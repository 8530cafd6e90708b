// The launch's answer says what Firecracker got (`applied`), so the manager can answer a
// start without asking GET /config: drives in the agent's attach order (root first, then
// drive_id by code unit, whatever order they were sent in), without the agent-only fields.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { LaunchDrive, LaunchResponse, LiveVmConfig } from '../src/contract/index.ts';
import {
  cloneRootfs,
  createWorld,
  launchRequest,
  MIB,
  rootDrive,
  type World,
} from './support/vm-fixtures.ts';

describe('launch answer: applied devices', () => {
  let world: World;
  before(async () => {
    world = await createWorld();
  });
  after(() => world?.teardown());

  test('applied.drives are in attach order with source and size_bytes stripped', async () => {
    const vmId = randomUUID();
    await cloneRootfs(world, vmId);
    const dataDrive = (drive_id: string): LaunchDrive => ({
      drive_id,
      path_on_host: join(world.storageRoot, vmId, 'storage', `${drive_id}.img`),
      is_root_device: false,
      is_read_only: false,
      cache_type: 'Writeback',
      source: 'provisioned',
      size_bytes: MIB,
    });
    // scrambled, with ids a locale-aware sort would order differently (B before a; a10 before a9)
    const drives = [
      dataDrive('b_data'),
      dataDrive('a9'),
      rootDrive(world, vmId),
      dataDrive('B_data'),
      dataDrive('a10'),
    ];
    const res = await world.agent.call<LaunchResponse>(
      'POST',
      `/vms/${vmId}/launch`,
      launchRequest(world, drives),
    );
    assert.equal(res.status, 200, JSON.stringify(res.body));

    const expected = ['rootfs', 'B_data', 'a10', 'a9', 'b_data'].map((id) => {
      const drive = drives.find((d) => d.drive_id === id);
      assert.ok(drive, id);
      const { source: _source, size_bytes: _size, ...firecrackerDrive } = drive;
      return firecrackerDrive;
    });
    assert.deepEqual(res.body.applied.drives, expected);
    assert.deepEqual(res.body.applied['network-interfaces'], []);

    // the same order Firecracker reports: the answer is what really got attached
    const live = await world.agent.call<LiveVmConfig>('GET', `/vms/${vmId}/config`);
    assert.equal(live.status, 200, JSON.stringify(live.body));
    assert.deepEqual(
      (live.body.drives ?? []).map((d) => d.drive_id),
      res.body.applied.drives.map((d) => d.drive_id),
    );

    const stopped = await world.agent.call('POST', `/vms/${vmId}/stop`, {});
    assert.equal(stopped.status, 200);
  });
});
