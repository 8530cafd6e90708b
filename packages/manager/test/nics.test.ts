// NICs through the REST API of a real stack: rows with generated MACs and stable TAP names,
// DB-only changes in every VM state, the TAP and live config after a start, and every 4xx
// leaving nothing behind.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { forEachDatabase } from './support/databases.ts';
import { needsRoot, type Stack, startStack } from './support/stack.ts';

const run = promisify(execFile);
const GENERATED_MAC = /^06(:[0-9a-f]{2}){5}$/;
const TAP_NAME = /^fc[0-9a-f]{12}$/;

forEachDatabase((kind) => {
  describe('nics', () => {
    let stack: Stack;
    before(async () => {
      stack = await startStack(kind);
    });
    after(() => stack?.close());

    async function vm(start: boolean, extra: Record<string, unknown> = {}): Promise<string> {
      const created = await stack.createVm({ start, ...extra });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal(
        created.body.state,
        start ? 'running' : 'created',
        JSON.stringify(created.body.last_error),
      );
      return created.body.id;
    }

    const nicsOf = async (vmId: string) => {
      const res = await stack.request('GET', `/v1/vms/${vmId}/nics`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return res.body.items as Array<Record<string, any>>;
    };

    /** The TAP as the host (the stack's netns) sees it, or null. */
    async function tap(name: string): Promise<{ ifname: string } | null> {
      // TAPs exist only in the tests that run as root, where the stack has a namespace
      const netns = stack.netns ?? assert.fail('no network namespace without root');
      try {
        const { stdout } = await run('ip', ['-n', netns, '-j', 'link', 'show', 'dev', name]);
        return JSON.parse(stdout)[0] ?? null;
      } catch {
        return null;
      }
    }

    async function refused(
      vmId: string,
      method: string,
      url: string,
      body: unknown,
      status: number,
      code: string,
    ) {
      const before = await nicsOf(vmId);
      const res = await stack.request(method, url, body);
      assert.equal(
        res.status,
        status,
        `${method} ${url} ${JSON.stringify(body)} -> ${JSON.stringify(res.body)}`,
      );
      assert.equal(res.body.error.code, code);
      assert.deepEqual(await nicsOf(vmId), before, 'nothing left behind');
      return res.body.error;
    }

    test('a never-started VM: generated locally administered MAC, 14-character TAP name, given MAC lower-cased', async () => {
      const vmId = await vm(false);
      const res = await stack.request('POST', `/v1/vms/${vmId}/nics`, { iface_id: 'eth0' });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.match(res.body.guest_mac, GENERATED_MAC);
      assert.match(res.body.host_dev_name, TAP_NAME);
      assert.equal(res.body.attachment, null);
      assert.equal(res.body.rx_rate_limiter, null);

      const given = await stack.request('POST', `/v1/vms/${vmId}/nics`, {
        iface_id: 'eth1',
        guest_mac: '02:AB:CD:EF:01:23',
        tx_rate_limiter: { bandwidth: { size: 1000000, refill_time: 1000 } },
      });
      assert.equal(given.status, 201, JSON.stringify(given.body));
      assert.equal(given.body.guest_mac, '02:ab:cd:ef:01:23');
      assert.notEqual(given.body.host_dev_name, res.body.host_dev_name);
      assert.deepEqual(given.body.tx_rate_limiter, {
        bandwidth: { size: 1000000, refill_time: 1000 },
      });
      assert.deepEqual(
        (await nicsOf(vmId)).map((n) => n.iface_id),
        ['eth0', 'eth1'],
      );
      const got = await stack.request('GET', `/v1/vms/${vmId}/nics/eth0`);
      assert.deepEqual(got.body, res.body);
    });

    test('VM creation with nics[]: rows with generated MACs and TAP names', async () => {
      const vmId = await vm(false, { nics: [{ iface_id: 'eth0' }, { iface_id: 'eth1' }] });
      const nics = await nicsOf(vmId);
      assert.equal(nics.length, 2);
      for (const nic of nics) {
        assert.match(nic.guest_mac, GENERATED_MAC);
        assert.match(nic.host_dev_name, TAP_NAME);
      }
    });

    test('a running VM: add is pending_attach with the VMM untouched; a restart creates the TAP and attaches it', {
      skip: needsRoot,
    }, async () => {
      const vmId = await vm(true);
      const liveBefore = await stack.agent.liveConfig(vmId);
      const res = await stack.request('POST', `/v1/vms/${vmId}/nics`, { iface_id: 'eth0' });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.body.attachment, 'pending_attach');
      assert.deepEqual(await stack.agent.liveConfig(vmId), liveBefore);
      assert.equal(await tap(res.body.host_dev_name), null, 'no TAP before the next start');

      assert.equal((await stack.request('POST', `/v1/vms/${vmId}/restart`)).status, 200);
      const live = await stack.agent.liveConfig(vmId);
      assert.deepEqual(
        live['network-interfaces']?.map((n) => [n.iface_id, n.host_dev_name, n.guest_mac]),
        [['eth0', res.body.host_dev_name, res.body.guest_mac]],
      );
      assert.ok(await tap(res.body.host_dev_name), 'the TAP exists on the host');
      assert.equal((await nicsOf(vmId))[0]?.attachment, 'attached');

      // the TAP name is stored, so a stop and start reuses it
      assert.equal((await stack.request('POST', `/v1/vms/${vmId}/stop`)).status, 200);
      assert.equal(await tap(res.body.host_dev_name), null, 'stop removes the TAP');
      assert.equal((await stack.request('POST', `/v1/vms/${vmId}/start`)).status, 200);
      const again = await stack.agent.liveConfig(vmId);
      assert.equal(again['network-interfaces']?.[0]?.host_dev_name, res.body.host_dev_name);
    });

    test('a running VM: update is pending_change, removal is pending_detach, the VMM keeps its config', {
      skip: needsRoot,
    }, async () => {
      const vmId = await vm(false, { nics: [{ iface_id: 'eth0' }] });
      assert.equal((await stack.request('POST', `/v1/vms/${vmId}/start`)).status, 200);
      const liveBefore = await stack.agent.liveConfig(vmId);
      const [eth0] = await nicsOf(vmId);
      assert.equal(eth0?.attachment, 'attached');

      const patched = await stack.request('PATCH', `/v1/vms/${vmId}/nics/eth0`, {
        rx_rate_limiter: { ops: { size: 100, refill_time: 1000 } },
      });
      assert.equal(patched.status, 200, JSON.stringify(patched.body));
      assert.equal(patched.body.attachment, 'pending_change');

      assert.equal((await stack.request('DELETE', `/v1/vms/${vmId}/nics/eth0`)).status, 204);
      const listed = await nicsOf(vmId);
      assert.deepEqual(
        listed.map((n) => [n.id, n.iface_id, n.host_dev_name, n.guest_mac, n.attachment]),
        [[null, 'eth0', eth0?.host_dev_name, eth0?.guest_mac, 'pending_detach']],
      );
      assert.deepEqual(await stack.agent.liveConfig(vmId), liveBefore);
      const events = await stack.request('GET', `/v1/vms/${vmId}/events`);
      const messages: string[] = events.body.items.map((e: { message: string }) => e.message);
      assert.ok(
        messages.some(
          (m) => m.startsWith('Network interface "eth0" removed') && m.includes('next start'),
        ),
      );

      assert.equal((await stack.request('POST', `/v1/vms/${vmId}/restart`)).status, 200);
      assert.deepEqual(await nicsOf(vmId), []);
      assert.equal(await tap(eth0?.host_dev_name), null);
    });

    test('4xx: invalid iface_id, MAC or limiter, duplicates, unknown VM or NIC; nothing left behind', async () => {
      const vmId = await vm(false, {
        nics: [{ iface_id: 'eth0', guest_mac: '02:00:00:00:00:01' }],
      });
      const url = `/v1/vms/${vmId}/nics`;
      for (const body of [
        { iface_id: 'eth-0' },
        { iface_id: '' },
        { iface_id: 'eth1', guest_mac: '02:00:00:00:00' },
        { iface_id: 'eth1', guest_mac: 'zz:00:00:00:00:01' },
        { iface_id: 'eth1', guest_mac: '01:00:5e:00:00:01' },
        { iface_id: 'eth1', guest_mac: '00:00:00:00:00:00' },
        { iface_id: 'eth1', rx_rate_limiter: { bandwidth: { size: 1 } } },
        { iface_id: 'eth1', host_dev_name: 'mytap' },
      ]) {
        await refused(vmId, 'POST', url, body, 400, 'VALIDATION_FAILED');
      }
      await refused(vmId, 'POST', url, { iface_id: 'eth0' }, 409, 'IFACE_ID_TAKEN');
      await refused(
        vmId,
        'POST',
        url,
        { iface_id: 'eth1', guest_mac: '02:00:00:00:00:01' },
        409,
        'MAC_TAKEN',
      );

      const other = await vm(false);
      const error = await refused(
        other,
        'POST',
        `/v1/vms/${other}/nics`,
        { iface_id: 'eth0', guest_mac: '02:00:00:00:00:01' },
        409,
        'MAC_TAKEN',
      );
      assert.equal(error.details.vm_id, vmId);
      const own = await stack.request('POST', `/v1/vms/${other}/nics`, { iface_id: 'eth0' });
      assert.equal(own.status, 201);
      await refused(
        other,
        'PATCH',
        `/v1/vms/${other}/nics/eth0`,
        { guest_mac: '02:00:00:00:00:01' },
        409,
        'MAC_TAKEN',
      );
      await refused(other, 'PATCH', `/v1/vms/${other}/nics/eth0`, {}, 400, 'VALIDATION_FAILED');
      await refused(
        other,
        'PATCH',
        `/v1/vms/${other}/nics/eth0`,
        { iface_id: 'x' },
        400,
        'VALIDATION_FAILED',
      );
      const same = await stack.request('PATCH', `/v1/vms/${other}/nics/eth0`, {
        guest_mac: own.body.guest_mac,
      });
      assert.equal(same.status, 200, 'a NIC may keep its own MAC');

      await refused(vmId, 'GET', `${url}/nope`, undefined, 404, 'NIC_NOT_FOUND');
      await refused(
        vmId,
        'PATCH',
        `${url}/nope`,
        { guest_mac: '02:00:00:00:00:09' },
        404,
        'NIC_NOT_FOUND',
      );
      await refused(vmId, 'DELETE', `${url}/nope`, undefined, 404, 'NIC_NOT_FOUND');
      const ghost = await stack.request('POST', `/v1/vms/${randomUUID()}/nics`, {
        iface_id: 'eth0',
      });
      assert.equal(ghost.status, 404);
      assert.equal(ghost.body.error.code, 'VM_NOT_FOUND');
    });
  });
});
