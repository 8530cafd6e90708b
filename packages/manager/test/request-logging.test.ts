// One log line per request, carrying the request id (sent back as x-request-id, a client's
// own id kept when it is reasonable), at debug for what machines poll all day.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { rawRequest } from '../../agent/test/support/raw-http.ts';
import { forEachDatabase } from './support/databases.ts';
import { API_TOKEN, type ListeningApp, listeningApp } from './support/listening-app.ts';
import { JOIN_TOKEN, type Stack, startStack } from './support/stack.ts';

const DEBUG = 20;
const INFO = 30;

forEachDatabase((kind) => {
  describe('request logging', () => {
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

    const get = (path: string, extra: string[] = []) =>
      rawRequest(manager.target, [
        `GET ${path} HTTP/1.1`,
        'Host: hearth.test',
        `Authorization: Bearer ${API_TOKEN}`,
        ...extra,
      ]);
    const linesOf = (id: string) =>
      manager.logLines.map((line) => JSON.parse(line)).filter((entry) => entry.reqId === id);

    test('one line per request, with the request id the answer carries', async () => {
      const res = await get('/v1/vms?limit=1');
      assert.equal(res.status, 200);
      const id = String(res.headers['x-request-id']);
      assert.match(id, /^[0-9a-f-]{36}$/);
      const lines = linesOf(id);
      assert.deepEqual(
        lines.map((entry) => [entry.level, entry.msg, entry.req.url, entry.res.statusCode]),
        [[INFO, 'request completed', '/v1/vms?limit=1', 200]],
      );
    });

    test("a client's x-request-id is kept when reasonable, replaced when not", async () => {
      const kept = await get('/v1/vms', ['X-Request-Id: deploy-42.check']);
      assert.equal(kept.headers['x-request-id'], 'deploy-42.check');
      assert.equal(linesOf('deploy-42.check').length, 1);
      const odd = await get('/v1/vms', [`X-Request-Id: ${'x'.repeat(300)}`]);
      assert.match(String(odd.headers['x-request-id']), /^[0-9a-f-]{36}$/);
    });

    test('health probes, scrapes and heartbeats log at debug; their failures at info', async () => {
      const health = await get('/healthz');
      assert.equal(health.status, 200);
      assert.equal(health.body.endsWith('\n'), true, 'JSON answers end with a newline');
      assert.deepEqual(
        linesOf(String(health.headers['x-request-id'])).map((e) => e.level),
        [DEBUG],
      );
      const metrics = await get('/metrics');
      assert.equal(metrics.status, 200);
      assert.deepEqual(
        linesOf(String(metrics.headers['x-request-id'])).map((e) => e.level),
        [DEBUG],
      );
      const body = '{}';
      const beat = await rawRequest(
        manager.target,
        [
          `POST /v1/hosts/${stack.hostId}/heartbeat HTTP/1.1`,
          'Host: hearth.test',
          `Authorization: Bearer ${JOIN_TOKEN}`,
          'Content-Type: application/json',
          `Content-Length: ${body.length}`,
        ],
        body,
      );
      assert.ok(beat.status < 300, `${beat.status} ${beat.body}`);
      assert.deepEqual(
        linesOf(String(beat.headers['x-request-id'])).map((e) => e.level),
        [DEBUG],
      );
      const refused = await rawRequest(manager.target, [
        `POST /v1/hosts/${stack.hostId}/heartbeat HTTP/1.1`,
        'Host: hearth.test',
        'Content-Length: 0',
      ]);
      assert.equal(refused.status, 401);
      assert.deepEqual(
        linesOf(String(refused.headers['x-request-id'])).map((e) => e.level),
        [INFO],
      );
    });
  });
});
