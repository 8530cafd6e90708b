// capabilities.bridges follows the host: the agent creates its bridge at the first launch
// with a NIC, after the host registered, and the manager reads it from the agent then.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { forEachDatabase } from './support/databases.ts';
import { needsRoot, type Stack, startStack } from './support/stack.ts';

forEachDatabase((kind) => {
  describe('host bridges', { skip: needsRoot }, () => {
    let stack: Stack;
    before(async () => {
      stack = await startStack(kind);
    });
    after(async () => {
      await stack?.close();
    });

    test('the bridge a NIC launch created shows in the host capabilities', async () => {
      const bridgesNow = async () =>
        (await stack.request('GET', `/v1/hosts/${stack.hostId}`)).body.capabilities.bridges;
      assert.deepEqual(await bridgesNow(), [], 'a fresh namespace has no bridge yet');
      const created = await stack.createVm({
        name: `bridged-${Date.now()}`,
        nics: [{ iface_id: 'eth0' }],
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal(created.body.state, 'running', JSON.stringify(created.body.last_error));
      const bridge = created.body.nics[0].bridge ?? 'hearthbr0';
      assert.deepEqual(await bridgesNow(), [bridge]);
      const facts = await stack.agent.hostInfo();
      assert.deepEqual(facts.bridges, [bridge], 'the same as the agent reports');
    });
  });
});
