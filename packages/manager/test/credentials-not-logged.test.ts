// No credential reaches the manager's log: not a token someone put in the query string (it
// authenticates nothing, but it is a secret all the same), not the Authorization header, not
// the agent token of a registration.
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { redactingLogger } from '@hearth/http/log-redaction';
import { pino } from 'pino';
import { rawRequest } from '../../agent/test/support/raw-http.ts';
import { forEachDatabase } from './support/databases.ts';
import { API_TOKEN, type ListeningApp, listeningApp } from './support/listening-app.ts';
import { JOIN_TOKEN, type Stack, startStack } from './support/stack.ts';

const QUERY_SECRET = 'query-secret-0123456789';

forEachDatabase((kind) => {
  describe('credentials never logged', () => {
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

    const get = (path: string, auth?: string) =>
      rawRequest(manager.target, [
        `GET ${path} HTTP/1.1`,
        'Host: hearth.test',
        ...(auth ? [`Authorization: Bearer ${auth}`] : []),
      ]);

    test('query-string tokens are redacted from logged URLs; other parameters stay', async () => {
      const paths = [
        `/v1/vms?token=${QUERY_SECRET}&limit=5`,
        `/v1/vms?access_token=${QUERY_SECRET}`,
        `/v1/events/stream?api_token=${QUERY_SECRET}`,
        `/v1/vms/%zz?token=${QUERY_SECRET}`,
        `/v1/vms/${'a'.repeat(101)}?token=${QUERY_SECRET}`,
        `/v1/nothing?Token=${QUERY_SECRET}`,
        `/nothing?password=${QUERY_SECRET}`,
      ];
      for (const path of paths) {
        const res = await get(path);
        assert.equal(res.status, path.startsWith('/v1') ? 401 : 404, path);
      }
      const withToken = await get(`/v1/vms?token=${QUERY_SECRET}&limit=5`, API_TOKEN);
      assert.equal(withToken.status, 200);

      // a request's line is written once its answer has gone out: wait for the last one
      for (let i = 0; i < 100 && !manager.logLines.some((l) => l.includes('limit=5')); i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const log = manager.logLines.join('\n');
      assert.ok(!log.includes(QUERY_SECRET), 'a query-string token was logged');
      assert.ok(!log.includes(API_TOKEN), 'the API token was logged');
      const urls = manager.logLines
        .map((line) => JSON.parse(line))
        .filter((entry) => entry.msg === 'request completed')
        .map((entry) => entry.req.url);
      assert.ok(urls.includes('/v1/vms?token=[REDACTED]&limit=5'), urls.join('\n'));
      assert.ok(urls.includes('/v1/vms/%zz?token=[REDACTED]'), urls.join('\n'));
    });

    test('a registration logs neither the join token nor the agent token', async () => {
      const body = JSON.stringify({
        name: 'logged-host',
        addr: stack.agentAddr,
        agent_token: stack.agentToken,
      });
      const res = await rawRequest(
        manager.target,
        [
          'POST /v1/hosts?join_token=x HTTP/1.1',
          'Host: hearth.test',
          `Authorization: Bearer ${JOIN_TOKEN}`,
          'Content-Type: application/json',
          `Content-Length: ${Buffer.byteLength(body)}`,
        ],
        body,
      );
      assert.ok(res.status === 200 || res.status === 201, res.body);
      // a request's line is written once its answer has gone out: wait for the last one
      for (let i = 0; i < 100 && !manager.logLines.some((l) => l.includes('limit=5')); i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const log = manager.logLines.join('\n');
      assert.ok(!log.includes(JOIN_TOKEN), 'the join token was logged');
      assert.ok(!log.includes(stack.agentToken), 'the agent token was logged');
    });

    test('whatever a log call is given, headers and token fields are censored', () => {
      const lines: string[] = [];
      const sink = new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      });
      const log = redactingLogger(pino(sink));
      log.info(
        {
          req: { url: `/v1/vms?token=${QUERY_SECRET}`, headers: { authorization: 'Bearer s1' } },
          headers: { authorization: 'Bearer s2', cookie: 'hearth=s3' },
          body: { agent_token: 's4', join_token: 's5' },
          host: { agent_token: 's6' },
          url: `/v1/hosts?token=${QUERY_SECRET}`,
        },
        'everything at once',
      );
      const text = lines.join('');
      for (const secret of ['s1', 's2', 's3', 's4', 's5', 's6', QUERY_SECRET]) {
        assert.ok(
          !text.includes(`"${secret}`) && !text.includes(`${secret}"`),
          `${secret} in ${text}`,
        );
      }
    });
  });
});
