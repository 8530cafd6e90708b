// MMDS at launch: a request with `mmds` gets launch.mmds between the NICs and the boot
// (PUT /mmds/config, then PUT /mmds), and the guest's metadata service holds the data; a
// request without it runs no such step. The simulator answers /mmds as Firecracker does.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { FirecrackerClient } from '@hearth/firecracker';
import type { LaunchRequest, LaunchResponse } from '../src/contract/index.ts';
import { NEEDS_ROOT } from './support/netns.ts';
import {
  cloneRootfs,
  createWorld,
  launchRequest,
  rootDrive,
  type World,
} from './support/vm-fixtures.ts';

interface ErrorAnswer {
  error: { code: string; details: Record<string, unknown> };
}

describe('launch with MMDS', { skip: NEEDS_ROOT }, () => {
  let world: World;
  before(async () => {
    world = await createWorld();
  });
  after(() => world?.teardown());

  const data = { latest: { 'meta-data': { 'instance-id': 'i-hearth', tags: ['a', 'b'] } } };

  function request(vmId: string, tap: string, mmds?: LaunchRequest['mmds']): LaunchRequest {
    return {
      ...launchRequest(world, [rootDrive(world, vmId)], [{ iface_id: 'eth0', host_dev_name: tap }]),
      ...(mmds ? { mmds } : {}),
    };
  }

  async function vmConfig(vmId: string) {
    const client = new FirecrackerClient({
      socketPath: join(world.storageRoot, vmId, 'sock', 'firecracker.sock'),
    });
    try {
      return { mmds: await client.getMmds(), config: await client.getVmConfig() };
    } finally {
      await client.close();
    }
  }

  test('launch.mmds runs after the NICs and before the boot; the VMM serves the data (V2 by default)', async () => {
    const vmId = randomUUID();
    await cloneRootfs(world, vmId);
    const res = await world.agent.call<LaunchResponse>(
      'POST',
      `/vms/${vmId}/launch`,
      request(vmId, 'tap-mmds-1', { network_interfaces: ['eth0'], data }),
    );
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const names = res.body.steps.map((s) => s.name);
    const at = names.indexOf('launch.mmds');
    assert.ok(at > names.indexOf('launch.network-interfaces'), names.join(' '));
    assert.ok(at < names.indexOf('launch.instance-start'), names.join(' '));
    const { mmds, config } = await vmConfig(vmId);
    assert.deepEqual(mmds, data);
    assert.deepEqual((config as Record<string, unknown>)['mmds-config'], {
      version: 'V2',
      network_interfaces: ['eth0'],
      ipv4_address: '169.254.169.254',
      imds_compat: false,
    });
    assert.equal((await world.agent.call('POST', `/vms/${vmId}/stop`, {})).status, 200);
  });

  test('V1 when asked; without mmds no step runs and the store stays empty', async () => {
    const v1 = randomUUID();
    await cloneRootfs(world, v1);
    const res = await world.agent.call<LaunchResponse>(
      'POST',
      `/vms/${v1}/launch`,
      request(v1, 'tap-mmds-2', { network_interfaces: ['eth0'], version: 'V1', data: {} }),
    );
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const v1Config = (await vmConfig(v1)).config as Record<string, { version?: string }>;
    assert.equal(v1Config['mmds-config']?.version, 'V1');
    assert.equal((await world.agent.call('POST', `/vms/${v1}/stop`, {})).status, 200);

    const plain = randomUUID();
    await cloneRootfs(world, plain);
    const launched = await world.agent.call<LaunchResponse>(
      'POST',
      `/vms/${plain}/launch`,
      request(plain, 'tap-mmds-3'),
    );
    assert.equal(launched.status, 200, JSON.stringify(launched.body));
    assert.ok(!launched.body.steps.some((s) => s.name === 'launch.mmds'));
    const { mmds, config } = await vmConfig(plain);
    assert.deepEqual(mmds, {});
    assert.equal((config as Record<string, unknown>)['mmds-config'] ?? null, null);
    assert.equal((await world.agent.call('POST', `/vms/${plain}/stop`, {})).status, 200);
  });

  test('mmds naming an interface the launch does not have: 400 before anything runs', async () => {
    const vmId = randomUUID();
    await cloneRootfs(world, vmId);
    const res = await world.agent.call<ErrorAnswer>(
      'POST',
      `/vms/${vmId}/launch`,
      request(vmId, 'tap-mmds-4', { network_interfaces: ['eth9'], data }),
    );
    assert.equal(res.status, 400, JSON.stringify(res.body));
    assert.equal(res.body.error.code, 'VALIDATION_FAILED');
    assert.equal(res.body.error.details.iface_id, 'eth9');
    assert.equal((await world.agent.call('GET', `/vms/${vmId}`)).status, 404, 'no VMM');
  });
});
