// An agent killed between spawning a VMM and writing its record (vmm.json) leaves a VMM that
// no record names, serving the VM's API socket. Seen in the crash test: the relaunch of that
// VM then failed for good ("A process still serves the API socket"). Such a process is found
// by its command line and killed: at the next launch of its VM, and at agent start.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { SIMULATOR_BIN_PATH } from '@hearth/firecracker';
import type { LaunchResponse, VmmStatus } from '../src/contract/index.ts';
import { vmPaths } from '../src/storage/vm-paths.ts';
import { acceptsConnections } from '../src/vmm/process-supervisor.ts';
import { NEEDS_ROOT } from './support/netns.ts';
import {
  cloneRootfs,
  createWorld,
  launchRequest,
  rootDrive,
  vmmPidsOf,
  type World,
} from './support/vm-fixtures.ts';

/** A VMM for vmId started the way the agent starts one, but with no record written. */
async function spawnUnrecordedVmm(world: World, vmId: string): Promise<ChildProcess> {
  const paths = vmPaths(world.storageRoot, vmId);
  await mkdir(paths.sock, { recursive: true });
  const child = spawn(
    process.execPath,
    [SIMULATOR_BIN_PATH, '--api-sock', paths.apiSocket, '--id', vmId],
    { stdio: 'ignore', detached: true },
  );
  stray.push(child);
  for (let i = 0; i < 200; i++) {
    if (await acceptsConnections(paths.apiSocket)) return child;
    await sleep(25);
  }
  throw new Error('the unrecorded VMM never served its socket');
}

/** True once no live process of vmId's VMMs has this pid. */
async function waitGone(vmId: string, pid: number | undefined): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if (!(await vmmPidsOf(vmId)).includes(pid ?? -1)) return true;
    await sleep(20);
  }
  return false;
}

/** killed after the tests whatever happened: the world's teardown only knows recorded VMMs */
const stray: ChildProcess[] = [];

describe('VMMs that no record names', { skip: NEEDS_ROOT }, () => {
  let world: World;

  before(async () => {
    world = await createWorld();
  });
  after(async () => {
    for (const child of stray) child.kill('SIGKILL');
    await world?.teardown();
  });

  test('the next launch of the VM kills it and launches', async () => {
    const vmId = randomUUID();
    await cloneRootfs(world, vmId);
    const orphan = await spawnUnrecordedVmm(world, vmId);
    const res = await world.agent.call<LaunchResponse>(
      'POST',
      `/vms/${vmId}/launch`,
      launchRequest(world, [rootDrive(world, vmId)]),
    );
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.ok(await waitGone(vmId, orphan.pid), 'the unrecorded VMM is gone');
    assert.deepEqual(await vmmPidsOf(vmId), [res.body.pid]);
  });

  test('a new agent kills it at start and keeps the recorded ones', async () => {
    const recorded = randomUUID();
    const orphanVm = randomUUID();
    await cloneRootfs(world, recorded);
    const launched = await world.agent.call<LaunchResponse>(
      'POST',
      `/vms/${recorded}/launch`,
      launchRequest(world, [rootDrive(world, recorded)]),
    );
    assert.equal(launched.status, 200, JSON.stringify(launched.body));
    const orphan = await spawnUnrecordedVmm(world, orphanVm);

    await world.agent.kill();
    const agent = await world.restartAgent();
    assert.ok(await waitGone(orphanVm, orphan.pid), 'the unrecorded VMM is gone');
    assert.match(await agent.log(), /killed a VMM that no record names/);
    const status = await agent.call<VmmStatus>('GET', `/vms/${recorded}`);
    assert.equal(status.body.status, 'running');
    assert.deepEqual(await vmmPidsOf(recorded), [launched.body.pid]);
  });
});
