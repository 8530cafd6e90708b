// What the VM list gives a fleet view: name search (exact and part, any case, wildcards taken
// literally), device counts per row, and each host's VM count.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { forEachDatabase } from './support/databases.ts';
import { type Stack, startStack } from './support/stack.ts';

forEachDatabase((kind) => {
  describe('VM list', () => {
    let stack: Stack;
    const ids: string[] = [];
    before(async () => {
      stack = await startStack(kind);
      const specs = [
        {
          name: 'Web-1',
          drives: [{ drive_id: 'data', size_bytes: 1 << 20 }],
          nics: [{ iface_id: 'eth0' }],
        },
        { name: 'web-2' },
        {
          name: 'db_1',
          drives: [
            { drive_id: 'a', size_bytes: 1 << 20 },
            { drive_id: 'b', size_bytes: 1 << 20 },
          ],
        },
      ];
      for (const spec of specs) {
        const res = await stack.createVm({ ...spec, start: false });
        assert.equal(res.status, 201, JSON.stringify(res.body));
        ids.push(res.body.id);
      }
    });
    after(async () => {
      await stack?.close();
    });

    const names = async (query: string) => {
      const res = await stack.request('GET', `/v1/vms?${query}`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return res.body.items.map((v: { name: string }) => v.name);
    };

    test('q finds a part of the name in any case; name is exact', async () => {
      assert.deepEqual(await names('q=web'), ['Web-1', 'web-2']);
      assert.deepEqual(await names('q=EB-2'), ['web-2']);
      assert.deepEqual(await names('name=web-2'), ['web-2']);
      assert.deepEqual(await names('name=web'), []);
      assert.deepEqual(await names('q=web&limit=1'), ['Web-1']);
    });

    test('LIKE wildcards in q match only themselves', async () => {
      assert.deepEqual(await names('q=%25'), []);
      assert.deepEqual(await names('q=_'), ['db_1']);
      assert.deepEqual(await names('q=b_1'), ['db_1']);
    });

    test('each row counts its drives (root included) and NICs', async () => {
      const res = await stack.request('GET', '/v1/vms');
      const counts = Object.fromEntries(
        res.body.items.map((v: any) => [v.name, [v.drive_count, v.nic_count]]),
      );
      assert.deepEqual(counts, { 'Web-1': [2, 1], 'web-2': [1, 0], db_1: [3, 0] });
    });

    test('a host counts the VMs placed on it', async () => {
      const hosts = await stack.request('GET', '/v1/hosts');
      assert.equal(hosts.body.items[0].vm_count, 3);
      await stack.request('DELETE', `/v1/vms/${ids[1]}`);
      const host = await stack.request('GET', `/v1/hosts/${stack.hostId}`);
      assert.equal(host.body.vm_count, 2);
    });
  });
});
