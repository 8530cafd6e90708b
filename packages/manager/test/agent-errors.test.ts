// Every agent error code reaches the API's caller with a deliberate manager code: the
// agent's 409s stay conflicts instead of surfacing as a 502 AGENT_ERROR.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AGENT_ERROR_STATUS } from '@hearth/agent/contract';
import { ERROR_STATUS } from '@hearth/api';
import { AgentRequestError } from '../src/agents/agent-client.ts';
import { AGENT_CODE_MAP, fromAgentError } from '../src/agents/agent-errors.ts';
import { forEachDatabase } from './support/databases.ts';
import { type Stack, startStack } from './support/stack.ts';

describe('agent error codes', () => {
  test('the map names exactly the codes of the agent contract', () => {
    assert.deepEqual(Object.keys(AGENT_CODE_MAP).sort(), Object.keys(AGENT_ERROR_STATUS).sort());
  });

  test("an agent 4xx about the user's request or the host keeps a 4xx; the rest are 502", () => {
    for (const [agentCode, agentStatus] of Object.entries(AGENT_ERROR_STATUS)) {
      const err = fromAgentError(
        new AgentRequestError(agentStatus, agentCode, 'refused', { path: '/x' }),
        'do it',
      );
      const expected = AGENT_CODE_MAP[agentCode as keyof typeof AGENT_CODE_MAP];
      assert.equal(err.code, expected, agentCode);
      assert.equal(err.status, ERROR_STATUS[expected], agentCode);
      assert.equal(err.message, 'Cannot do it: refused');
      assert.deepEqual(err.details, {
        path: '/x',
        agent_code: agentCode,
        agent_status: agentStatus,
      });
    }
    for (const code of ['VMM_ALREADY_RUNNING', 'FILE_EXISTS', 'TAP_IN_USE']) {
      const err = fromAgentError(new AgentRequestError(409, code, 'busy', {}), 'do it');
      assert.equal(err.status, 409, code);
    }
  });

  test('a code the contract does not know (a newer agent) is a 502 AGENT_ERROR', () => {
    const err = fromAgentError(new AgentRequestError(418, 'TEAPOT', 'no', {}), 'brew');
    assert.equal(err.code, 'AGENT_ERROR');
    assert.equal(err.details.agent_code, 'TEAPOT');
  });
});

forEachDatabase((kind) => {
  describe('agent conflicts through the API', () => {
    let stack: Stack;
    before(async () => {
      stack = await startStack(kind);
    });
    after(async () => {
      await stack?.close();
    });

    test('starting a VM whose VMM still runs on the host is a 409, not a 502', async () => {
      const created = await stack.createVm();
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const vm = created.body;
      assert.equal(vm.state, 'running');
      // the database says stopped while the host still runs the VMM (e.g. a restored backup)
      await stack.ctx.db
        .updateTable('vm')
        .set({ state: 'stopped' })
        .where('id', '=', vm.id)
        .execute();

      const res = await stack.request('POST', `/v1/vms/${vm.id}/start`);
      assert.equal(res.status, 409, JSON.stringify(res.body));
      assert.equal(res.body.error.code, 'VM_INVALID_STATE');
      assert.equal(res.body.error.details.agent_code, 'VMM_ALREADY_RUNNING');
      const vmm = await stack.agent.getVmm(vm.id);
      assert.equal(vmm.status, 'running', 'the running VMM was not touched');
      assert.equal((await stack.request('DELETE', `/v1/vms/${vm.id}`)).status, 204);
    });
  });
});
