// Stop when the guest ignores SendCtrlAltDel: the bounded wait ends in SIGKILL, and the
// host is cleaned up all the same.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { LaunchResponse, StopResponse } from '../src/contract/index.ts';
import { NEEDS_ROOT } from './support/netns.ts';
import {
  cloneRootfs,
  createWorld,
  launchRequest,
  rootDrive,
  vmmPidsOf,
  type World,
} from './support/vm-fixtures.ts';

describe('stop of a guest that ignores Ctrl+Alt+Del', () => {
  let world: World;
  before(async () => {
    // inherited by the VMMs the agent spawns: the simulated guest never reboots
    world = await createWorld({ HEARTH_SIM_IGNORE_CTRL_ALT_DEL: '1' });
  });
  after(() => world?.teardown());

  test('waits timeout_ms, then SIGKILLs; TAP, socket and record are removed, storage kept', {
    skip: NEEDS_ROOT,
  }, async () => {
    const vmId = randomUUID();
    const tap = 'tap-a2-stop';
    await cloneRootfs(world, vmId);
    const launched = await world.agent.call<LaunchResponse>(
      'POST',
      `/vms/${vmId}/launch`,
      launchRequest(world, [rootDrive(world, vmId)], [{ iface_id: 'eth0', host_dev_name: tap }]),
    );
    assert.equal(launched.status, 200, JSON.stringify(launched.body));

    const started = Date.now();
    const res = await world.agent.call<StopResponse>('POST', `/vms/${vmId}/stop`, {
      timeout_ms: 400,
    });
    const took = Date.now() - started;
    assert.deepEqual(res.body, { vm_id: vmId, was_running: true, method: 'sigkill' });
    assert.ok(took >= 400, `waited the timeout first (${took} ms)`);
    assert.deepEqual(await vmmPidsOf(vmId), []);
    assert.equal(await world.netns.link(tap), null);
    assert.equal(existsSync(launched.body.socket_path), false);
    assert.equal(existsSync(join(world.storageRoot, vmId, 'vmm.json')), false);
    assert.ok(existsSync(rootDrive(world, vmId).path_on_host));
  });

  test('a stop without a body uses the defaults', async () => {
    const res = await world.agent.raw('POST', `/vms/${randomUUID()}/stop`);
    assert.equal(res.status, 200, res.text);
    assert.equal(JSON.parse(res.text).method, 'not-running');
  });
});
