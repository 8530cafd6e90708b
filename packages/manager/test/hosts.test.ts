// Hosts through the REST API against a real agent (in a netns as root): registration needs
// the join token and an agent that answers with the announced address and token; heartbeats
// keep a host healthy; the agent's token never leaves the manager.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildApp } from '../src/app.ts';
import type { ManagerConfig } from '../src/config.ts';
import { forEachDatabase } from './support/databases.ts';
import { JOIN_TOKEN, type Stack, startStack } from './support/stack.ts';

const API_TOKEN = 'test-api-token-0123456789';

forEachDatabase((kind) => {
  describe('hosts', () => {
    let stack: Stack;
    const apps: Array<{ close(): Promise<unknown> }> = [];
    before(async () => {
      stack = await startStack(kind);
    });
    after(async () => {
      for (const app of apps) await app.close();
      await stack?.close();
    });

    /** The same database and agents behind an app with other settings. */
    async function appWith(overrides: Partial<ManagerConfig>) {
      const app = await buildApp({ ...stack.ctx, config: { ...stack.config, ...overrides } });
      apps.push(app);
      return async (method: 'GET' | 'POST', url: string, token?: string, body?: unknown) => {
        const res = await app.inject({
          method,
          url,
          headers: token ? { authorization: `Bearer ${token}` } : {},
          ...(body === undefined ? {} : { payload: body as object }),
        });
        return { status: res.statusCode, body: JSON.parse(res.body) };
      };
    }

    const register = async (body: Record<string, unknown>, token: string | null = JOIN_TOKEN) => {
      const res = await stack.app.inject({
        method: 'POST',
        url: '/v1/hosts',
        headers: token ? { authorization: `Bearer ${token}` } : {},
        payload: body,
      });
      return { status: res.statusCode, body: JSON.parse(res.body) };
    };

    const hostCount = async () => (await stack.request('GET', '/v1/hosts')).body.items.length;

    test('the stack host: capabilities read from the agent, healthy, no token in the API', async () => {
      const res = await stack.request('GET', `/v1/hosts/${stack.hostId}`);
      assert.equal(res.status, 200);
      const host = res.body;
      assert.equal(host.addr, stack.agentAddr);
      assert.equal(host.healthy, true);
      assert.ok(host.last_seen_at);
      assert.equal(host.capabilities.storage_root, stack.storageRoot);
      assert.deepEqual(host.capabilities.allowed_roots, [stack.imagesDir]);
      assert.equal(host.capabilities.firecracker.simulator, true);
      assert.equal('agent_token' in host, false);

      const list = await stack.request('GET', '/v1/hosts');
      assert.equal(list.status, 200);
      assert.deepEqual(
        list.body.items.map((h: { id: string }) => h.id),
        [stack.hostId],
      );
      assert.doesNotMatch(JSON.stringify(list.body), new RegExp(stack.agentToken));

      // name is an exact match: what the CLI resolves a host name through
      const byName = await stack.request('GET', `/v1/hosts?name=${encodeURIComponent(host.name)}`);
      assert.deepEqual(
        byName.body.items.map((h: { id: string }) => h.id),
        [stack.hostId],
      );
      const other = await stack.request('GET', `/v1/hosts?name=${host.name}x`);
      assert.deepEqual(other.body.items, []);
      assert.equal((await stack.request('GET', '/v1/hosts?colour=red')).status, 400);
    });

    test('registration without or with a wrong join token is 401 and stores nothing', async () => {
      const body = { name: 'intruder', addr: stack.agentAddr, agent_token: stack.agentToken };
      for (const token of [null, 'wrong-join-token-0123456789']) {
        const res = await register(body, token);
        assert.equal(res.status, 401);
        assert.equal(res.body.error.code, 'UNAUTHORIZED');
      }
      const beat = await stack.app.inject({
        method: 'POST',
        url: `/v1/hosts/${stack.hostId}/heartbeat`,
        payload: {},
      });
      assert.equal(beat.statusCode, 401);
      assert.equal(await hostCount(), 1);
    });

    test('registration is refused with 401 naming HEARTH_JOIN_TOKEN when none is set', async () => {
      const call = await appWith({ joinToken: null });
      const res = await call('POST', '/v1/hosts', JOIN_TOKEN, {
        name: 'no-join',
        addr: stack.agentAddr,
        agent_token: stack.agentToken,
      });
      assert.equal(res.status, 401);
      assert.equal(res.body.error.code, 'UNAUTHORIZED');
      assert.match(res.body.error.message, /HEARTH_JOIN_TOKEN is not set/);
      assert.equal(await hostCount(), 1);
    });

    test('an agent that does not answer, or refuses the token, is a 422 and stores nothing', async () => {
      const nowhere = await register({
        name: 'ghost',
        addr: `unix:${join(stack.dir, 'no-such-agent.sock')}`,
        agent_token: stack.agentToken,
      });
      assert.equal(nowhere.status, 422);
      assert.equal(nowhere.body.error.code, 'HOST_PRECONDITION_FAILED');
      assert.match(nowhere.body.error.message, /not reachable/);

      const wrongToken = await register({
        name: 'ghost',
        addr: stack.agentAddr,
        agent_token: 'not-the-agent-token-0123456789',
      });
      assert.equal(wrongToken.status, 422);
      assert.equal(wrongToken.body.error.code, 'HOST_PRECONDITION_FAILED');
      assert.match(wrongToken.body.error.message, /refuses the given agent_token/);
      assert.equal(await hostCount(), 1);
    });

    test('invalid bodies are 400', async () => {
      for (const body of [
        { name: 'bad name!', addr: stack.agentAddr, agent_token: stack.agentToken },
        { name: 'x', addr: 'ftp://nope', agent_token: stack.agentToken },
        { name: 'x', addr: stack.agentAddr, agent_token: 'short' },
        { name: 'x', addr: stack.agentAddr, agent_token: stack.agentToken, extra: 1 },
      ]) {
        const res = await register(body);
        assert.equal(res.status, 400, JSON.stringify(body));
        assert.equal(res.body.error.code, 'VALIDATION_FAILED');
      }
    });

    test("re-registering by name keeps the id; given capabilities add to the agent's own", async () => {
      const first = await register({
        name: 'twice',
        addr: stack.agentAddr,
        agent_token: stack.agentToken,
      });
      assert.equal(first.status, 201);
      assert.equal(first.body.capabilities.storage_root, stack.storageRoot);
      const again = await register({
        name: 'twice',
        addr: stack.agentAddr,
        agent_token: stack.agentToken,
        capabilities: { zone: 'b' },
      });
      assert.equal(again.status, 200);
      assert.equal(again.body.id, first.body.id);
      assert.equal(again.body.capabilities.zone, 'b');
      assert.equal(again.body.capabilities.storage_root, stack.storageRoot);
      assert.equal(typeof again.body.capabilities.memory_bytes, 'number');
      assert.equal(await hostCount(), 2);
    });

    test('heartbeat: 404 for an unknown host, moves last_seen_at, updates free capacity only', async () => {
      const unknown = await stack.app.inject({
        method: 'POST',
        url: '/v1/hosts/00000000-0000-4000-8000-000000000000/heartbeat',
        headers: { authorization: `Bearer ${JOIN_TOKEN}` },
        payload: {},
      });
      assert.equal(unknown.statusCode, 404);
      assert.equal(JSON.parse(unknown.body).error.code, 'HOST_NOT_FOUND');

      const before = (await stack.request('GET', `/v1/hosts/${stack.hostId}`)).body;
      await new Promise((r) => setTimeout(r, 20));
      const beat = await stack.app.inject({
        method: 'POST',
        url: `/v1/hosts/${stack.hostId}/heartbeat`,
        headers: { authorization: `Bearer ${JOIN_TOKEN}` },
        payload: { capabilities: { ...before.capabilities, rack: 7, storage_free_bytes: 4096 } },
      });
      assert.equal(beat.statusCode, 200, beat.body);
      const after = JSON.parse(beat.body);
      assert.ok(Date.parse(after.last_seen_at) > Date.parse(before.last_seen_at));
      assert.equal(after.capabilities.storage_free_bytes, 4096);
      // anything else changes by re-registration only (isolation.test.ts has the safety facts)
      assert.equal(after.capabilities.rack, undefined);
    });

    test('a host turns unhealthy when its heartbeats are older than HEARTH_HOST_STALE_SECONDS', async () => {
      const call = await appWith({ hostStaleSeconds: 1 });
      const beat = await call('POST', `/v1/hosts/${stack.hostId}/heartbeat`, JOIN_TOKEN, {});
      assert.equal(beat.status, 200);
      assert.equal(beat.body.healthy, true);
      await new Promise((r) => setTimeout(r, 1500));
      const stale = await call('GET', `/v1/hosts/${stack.hostId}`);
      assert.equal(stale.body.healthy, false);
      const listed = await call('GET', '/v1/hosts');
      const host = listed.body.items.find((h: { id: string }) => h.id === stack.hostId);
      assert.equal(host.healthy, false);
      const revived = await call('POST', `/v1/hosts/${stack.hostId}/heartbeat`, JOIN_TOKEN, {});
      assert.equal(revived.body.healthy, true);
    });

    test('get: 404 for an unknown id, 400 for a malformed one', async () => {
      const unknown = await stack.request('GET', '/v1/hosts/00000000-0000-4000-8000-000000000000');
      assert.equal(unknown.status, 404);
      assert.equal(unknown.body.error.code, 'HOST_NOT_FOUND');
      const malformed = await stack.request('GET', '/v1/hosts/not-a-uuid');
      assert.equal(malformed.status, 400);
    });

    test('reading hosts needs the API token when one is configured; the join token is not it', async () => {
      const call = await appWith({ apiToken: API_TOKEN });
      assert.equal((await call('GET', '/v1/hosts')).status, 401);
      assert.equal((await call('GET', '/v1/hosts', JOIN_TOKEN)).status, 401);
      assert.equal((await call('GET', `/v1/hosts/${stack.hostId}`)).status, 401);
      const ok = await call('GET', '/v1/hosts', API_TOKEN);
      assert.equal(ok.status, 200);
      assert.ok(ok.body.items.length >= 1);
    });
  });
});
