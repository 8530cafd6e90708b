// Authentication comes first: a caller without the right token learns nothing about the
// request it sent (no 400 naming the invalid field, no 404 saying a route does not exist),
// tokens count only in one Authorization header, never in the query string.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { isErrorShape, type RawResponse, rawRequest } from '../../agent/test/support/raw-http.ts';
import { forEachDatabase } from './support/databases.ts';
import { API_TOKEN, type ListeningApp, listeningApp } from './support/listening-app.ts';
import { JOIN_TOKEN, type Stack, startStack } from './support/stack.ts';

forEachDatabase((kind) => {
  describe('authentication before anything else', () => {
    let stack: Stack;
    let manager: ListeningApp;
    before(async () => {
      stack = await startStack(kind);
      manager = await listeningApp(stack);
    });
    after(async () => {
      await manager?.close();
      await stack?.close();
    });

    const send = (
      method: string,
      path: string,
      options: { auth?: string[]; body?: string; contentType?: string } = {},
    ): Promise<RawResponse> => {
      const head = [`${method} ${path} HTTP/1.1`, 'Host: hearth.test'];
      for (const value of options.auth ?? []) head.push(`Authorization: ${value}`);
      if (options.body !== undefined) {
        head.push(`Content-Type: ${options.contentType ?? 'application/json'}`);
        head.push(`Content-Length: ${Buffer.byteLength(options.body)}`);
      }
      return rawRequest(manager.target, head, options.body);
    };

    const assertUnauthorized = (res: RawResponse, what: string) => {
      assert.equal(res.status, 401, `${what}: ${res.status} ${res.body}`);
      assert.ok(isErrorShape(res.json), `${what}: ${res.body}`);
      assert.equal(res.json.error.code, 'UNAUTHORIZED', what);
    };

    test('invalid parameters, bodies and JSON answer 401 without the API token', async () => {
      const cases: Array<[string, string, string?]> = [
        ['GET', '/v1/vms/not-a-uuid'],
        ['GET', '/v1/vms?limit=not-a-number'],
        ['POST', '/v1/vms', '{}'],
        ['POST', '/v1/vms', '{not json'],
        ['PATCH', `/v1/vms/${randomUUID()}/drives/rootfs`, '{"surprise": true}'],
        ['GET', `/v1/vms/${randomUUID()}`],
        ['GET', '/v1/images/not-a-uuid'],
        ['GET', '/v1/hosts/not-a-uuid'],
        ['GET', '/v1/vms/not-a-uuid/console?bytes=-1'],
        ['GET', '/v1/events/stream'],
      ];
      for (const [method, path, body] of cases) {
        for (const auth of [[], ['Bearer wrong-token-0123456789'], [`Bearer ${JOIN_TOKEN}`]]) {
          const res = await send(method, path, { auth, ...(body === undefined ? {} : { body }) });
          assertUnauthorized(res, `${method} ${path} with ${auth.join(',') || 'no token'}`);
        }
      }
    });

    test('with the token, the same requests get their 400 and 404', async () => {
      const auth = [`Bearer ${API_TOKEN}`];
      const invalid = await send('GET', '/v1/vms/not-a-uuid', { auth });
      assert.equal(invalid.status, 400);
      assert.equal(invalid.json.error.code, 'VALIDATION_FAILED');
      const missing = await send('GET', `/v1/vms/${randomUUID()}`, { auth });
      assert.equal(missing.status, 404);
      assert.equal(missing.json.error.code, 'VM_NOT_FOUND');
    });

    test('registration and heartbeats check the join token before the body or the id', async () => {
      for (const auth of [[], [`Bearer ${API_TOKEN}`]]) {
        assertUnauthorized(await send('POST', '/v1/hosts', { auth, body: '{}' }), 'register');
        assertUnauthorized(
          await send('POST', '/v1/hosts/not-a-uuid/heartbeat', { auth, body: '{}' }),
          'heartbeat',
        );
      }
      const withJoin = await send('POST', '/v1/hosts', {
        auth: [`Bearer ${JOIN_TOKEN}`],
        body: '{}',
      });
      assert.equal(withJoin.status, 400);
      assert.equal(withJoin.json.error.code, 'VALIDATION_FAILED');
    });

    test('an unknown /v1 route or method is 401 without a token, 404 with one', async () => {
      for (const [method, path] of [
        ['GET', '/v1/nothing-here'],
        ['DELETE', '/v1/vms'],
        ['PUT', '/v1/hosts'],
      ] as const) {
        assertUnauthorized(await send(method, path), `${method} ${path}`);
        for (const token of [API_TOKEN, JOIN_TOKEN]) {
          const res = await send(method, path, { auth: [`Bearer ${token}`] });
          assert.equal(res.status, 404, `${method} ${path}`);
          assert.ok(isErrorShape(res.json), res.body);
          assert.equal(res.json.error.code, 'NOT_FOUND');
        }
      }
    });

    test('a token in the query string authenticates nothing', async () => {
      for (const query of ['token', 'access_token', 'api_token', 'authorization']) {
        for (const path of ['/v1/vms', '/v1/hosts', '/v1/events/stream']) {
          assertUnauthorized(
            await send('GET', `${path}?${query}=${API_TOKEN}`),
            `${path}?${query}=`,
          );
        }
      }
    });

    test('two Authorization headers are refused, whichever of them is right', async () => {
      for (const auth of [
        [`Bearer ${API_TOKEN}`, 'Bearer wrong-token-0123456789'],
        ['Bearer wrong-token-0123456789', `Bearer ${API_TOKEN}`],
        [`Bearer ${API_TOKEN}`, `Bearer ${API_TOKEN}`],
      ]) {
        const res = await send('GET', '/v1/vms', { auth });
        assertUnauthorized(res, auth.join(' + '));
        assert.match(res.json.error.message, /one Authorization header/);
      }
      const joins = await send('POST', '/v1/hosts', {
        auth: [`Bearer ${JOIN_TOKEN}`, `Bearer ${JOIN_TOKEN}`],
        body: '{}',
      });
      assertUnauthorized(joins, 'registration with two join tokens');
    });
  });
});
