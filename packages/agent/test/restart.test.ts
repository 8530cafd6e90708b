// The agent can die and come back while VMs run: VMMs survive (they run detached), the new
// agent re-attaches from the state files, and exits are noticed and reported with the last
// lines of the VMM's console log.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { FirecrackerClient, type FullVmConfiguration } from '@hearth/firecracker';
import type { LaunchResponse, StopResponse, VmmStatus } from '../src/contract/index.ts';
import { NEEDS_ROOT } from './support/netns.ts';
import {
  cloneRootfs,
  createWorld,
  launchRequest,
  rootDrive,
  vmmPidsOf,
  type World,
} from './support/vm-fixtures.ts';

async function waitForStatus(world: World, vmId: string, status: VmmStatus['status']) {
  for (let i = 0; i < 100; i++) {
    const res = await world.agent.call<VmmStatus>('GET', `/vms/${vmId}`);
    if (res.status === 200 && res.body.status === status) return res.body;
    await sleep(50);
  }
  throw new Error(`VM ${vmId} never became ${status}`);
}

describe('agent restart under running VMMs', { skip: NEEDS_ROOT }, () => {
  let world: World;
  const vmA = randomUUID();
  const vmB = randomUUID();
  const tapA = 'tap-a2-rsa';
  const pids = new Map<string, number>();

  before(async () => {
    world = await createWorld();
  });
  after(() => world?.teardown());

  async function launch(vmId: string, nics: { iface_id: string; host_dev_name: string }[] = []) {
    await cloneRootfs(world, vmId);
    const res = await world.agent.call<LaunchResponse>(
      'POST',
      `/vms/${vmId}/launch`,
      launchRequest(world, [rootDrive(world, vmId)], nics),
    );
    assert.equal(res.status, 200, JSON.stringify(res.body));
    pids.set(vmId, res.body.pid);
    return res.body;
  }

  test('two VMs launched, the agent killed: both VMMs keep running', async () => {
    await launch(vmA, [{ iface_id: 'eth0', host_dev_name: tapA }]);
    await launch(vmB);
    await world.agent.kill();
    await sleep(200);
    assert.deepEqual(await vmmPidsOf(vmA), [pids.get(vmA)]);
    assert.deepEqual(await vmmPidsOf(vmB), [pids.get(vmB)]);
    assert.ok(await world.netns.link(tapA), 'the TAP survives the agent');
  });

  test('a new agent re-attaches to both and shows them in the live view', async () => {
    const agent = await world.restartAgent();
    const list = await agent.call<VmmStatus[]>('GET', '/vms');
    assert.equal(list.status, 200);
    const byId = new Map(list.body.map((v) => [v.vm_id, v]));
    for (const vmId of [vmA, vmB]) {
      assert.equal(byId.get(vmId)?.status, 'running');
      assert.equal(byId.get(vmId)?.pid, pids.get(vmId));
      const live = await agent.call<FullVmConfiguration>('GET', `/vms/${vmId}/config`);
      assert.equal(live.status, 200);
      assert.equal(live.body.drives?.[0]?.drive_id, 'rootfs');
    }
    assert.match(await agent.log(), /re-attached to 2 running VMM/);
  });

  test('the new agent stops a VM it did not launch, TAP included', async () => {
    const res = await world.agent.call<StopResponse>('POST', `/vms/${vmA}/stop`, {});
    assert.deepEqual(res.body, { vm_id: vmA, was_running: true, method: 'ctrl-alt-del' });
    assert.deepEqual(await vmmPidsOf(vmA), []);
    assert.equal(await world.netns.link(tapA), null);
  });

  test('a VMM that dies outside the agent is reported exited with its last log lines', async () => {
    process.kill(pids.get(vmB)!, 'SIGKILL');
    const status = await waitForStatus(world, vmB, 'exited');
    assert.equal(status.pid, pids.get(vmB));
    assert.equal(status.exit_code, null, 'not the parent: the exit code is unknown');
    assert.ok(
      status.last_log_lines.some((line) => line.includes('Running Firecracker')),
      status.last_log_lines.join('\n'),
    );
    const live = await world.agent.call<{ error: { code: string } }>('GET', `/vms/${vmB}/config`);
    assert.equal(live.status, 404);
    const stop = await world.agent.call<StopResponse>('POST', `/vms/${vmB}/stop`, {});
    assert.deepEqual(stop.body, { vm_id: vmB, was_running: false, method: 'not-running' });
    assert.equal((await world.agent.call('GET', `/vms/${vmB}`)).status, 404);
  });

  test('a VMM of this agent that exits on its own is reported with its exit code, and can be launched again', async () => {
    const vmC = randomUUID();
    const launched = await launch(vmC);
    const client = new FirecrackerClient({ socketPath: launched.socket_path });
    try {
      await client.sendCtrlAltDel(); // the guest reboots, so Firecracker exits with 0
    } finally {
      await client.close();
    }
    const status = await waitForStatus(world, vmC, 'exited');
    assert.equal(status.exit_code, 0);
    assert.ok(status.last_log_lines.length > 0);

    const again = await world.agent.call<LaunchResponse>(
      'POST',
      `/vms/${vmC}/launch`,
      launchRequest(world, [rootDrive(world, vmC)]),
    );
    assert.equal(again.status, 200, JSON.stringify(again.body));
    assert.notEqual(again.body.pid, launched.pid);
    assert.equal((await waitForStatus(world, vmC, 'running')).pid, again.body.pid);
    pids.set(vmC, again.body.pid);

    const del = await world.agent.call<{ error: { code: string } }>(
      'DELETE',
      `/storage/vms/${vmC}`,
    );
    assert.equal(del.status, 409, 'a running VM directory is never deleted');
    assert.equal(del.body.error.code, 'VMM_ALREADY_RUNNING');
  });

  test('a clean agent shutdown (SIGTERM) leaves VMMs running for the next agent', async () => {
    const [vmC] = [...pids.keys()].slice(-1);
    assert.ok(vmC);
    assert.equal(await world.agent.terminate(), 0);
    assert.deepEqual(await vmmPidsOf(vmC), [pids.get(vmC)]);
    const agent = await world.restartAgent();
    const status = await agent.call<VmmStatus>('GET', `/vms/${vmC}`);
    assert.equal(status.body.status, 'running');
    assert.equal(status.body.pid, pids.get(vmC));
  });
});
