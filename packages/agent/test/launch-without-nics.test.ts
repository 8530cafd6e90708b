// A VM without NICs needs no bridge: its launch leaves the host's links alone, which is also
// what lets an agent without CAP_NET_ADMIN (the non-root demo) run such VMs.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { LaunchResponse } from '../src/contract/index.ts';
import {
  cloneRootfs,
  createWorld,
  launchRequest,
  rootDrive,
  type World,
} from './support/vm-fixtures.ts';

describe('launch without NICs', () => {
  let world: World;
  before(async () => {
    world = await createWorld();
  });
  after(async () => {
    await world?.teardown();
  });

  test('a launch without NICs starts the VM and creates no bridge', async () => {
    const vmId = randomUUID();
    await cloneRootfs(world, vmId);
    const res = await world.agent.call<LaunchResponse>(
      'POST',
      `/vms/${vmId}/launch`,
      launchRequest(world, [rootDrive(world, vmId)]),
    );
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(await world.netns.link('hearthbr0'), null, 'no bridge in the namespace');
    const stopped = await world.agent.call('POST', `/vms/${vmId}/stop`, {});
    assert.equal(stopped.status, 200);
  });
});
