// Every answer of the manager is {"error": {code, message, details}} with a status its
// OpenAPI document lists, including the ones Fastify and Node produce themselves before any
// route runs: a path parameter over 100 characters, a bad `%` escape, a request without a
// Host header, bytes that are not HTTP, a body too large or of the wrong type. Requests are
// written by hand (support/raw-http.ts): a client library would refuse or repair them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  assertErrorAnswer,
  type ExpectedError,
  type RawResponse,
  rawRequest,
} from '../../agent/test/support/raw-http.ts';
import { forEachDatabase } from './support/databases.ts';
import { API_TOKEN, type ListeningApp, listeningApp } from './support/listening-app.ts';
import { type Stack, startStack } from './support/stack.ts';

const AUTH = `Authorization: Bearer ${API_TOKEN}`;
const LONG_ID = 'a'.repeat(101);

forEachDatabase((kind) => {
  describe('the error shape, whoever answers', () => {
    let stack: Stack;
    let manager: ListeningApp;
    let doc: any;
    before(async () => {
      stack = await startStack(kind);
      manager = await listeningApp(stack);
      doc = await manager.openApi();
    });
    after(async () => {
      await manager?.close();
      await stack?.close();
    });

    const send = (head: string[], body?: string) => rawRequest(manager.target, head, body);

    const assertAnswer = (res: RawResponse, expected: ExpectedError) =>
      assertErrorAnswer(res, expected, doc);

    test('a path parameter over 100 characters: 401 without the token, then 400 (not 414)', async () => {
      for (const path of [`/v1/vms/${LONG_ID}`, `/v1/vms/${LONG_ID}/console`]) {
        const anonymous = await send([`GET ${path} HTTP/1.1`, 'Host: hearth.test']);
        assertAnswer(anonymous, { status: 401, code: 'UNAUTHORIZED' });
      }
      const res = await send([`GET /v1/vms/${LONG_ID} HTTP/1.1`, 'Host: hearth.test', AUTH]);
      assertAnswer(res, {
        status: 400,
        code: 'VALIDATION_FAILED',
        listedFor: ['get', '/v1/vms/{id}'],
      });
      assert.equal(res.json.error.details.fastify_code, 'FST_ERR_MAX_PARAM_LENGTH');
      const drive = await send([
        `DELETE /v1/vms/${LONG_ID}/drives/x HTTP/1.1`,
        'Host: hearth.test',
        AUTH,
      ]);
      assertAnswer(drive, {
        status: 400,
        code: 'VALIDATION_FAILED',
        listedFor: ['delete', '/v1/vms/{id}/drives/{drive_id}'],
      });
    });

    test('a bad % escape in the path: 401 without the token, then 400', async () => {
      const anonymous = await send(['GET /v1/vms/%zz HTTP/1.1', 'Host: hearth.test']);
      assertAnswer(anonymous, { status: 401, code: 'UNAUTHORIZED' });
      const res = await send(['GET /v1/vms/%zz HTTP/1.1', 'Host: hearth.test', AUTH]);
      assertAnswer(res, {
        status: 400,
        code: 'VALIDATION_FAILED',
        listedFor: ['get', '/v1/vms/{id}'],
      });
      assert.equal(res.json.error.details.fastify_code, 'FST_ERR_BAD_URL');
    });

    test('a request without a Host header is answered like any other', async () => {
      assertAnswer(await send(['GET /v1/vms HTTP/1.1']), {
        status: 401,
        code: 'UNAUTHORIZED',
        listedFor: ['get', '/v1/vms'],
      });
      const res = await send(['GET /v1/vms HTTP/1.1', AUTH]);
      assert.equal(res.status, 200, res.body);
      assert.deepEqual(res.json.items, []);
    });

    test('bytes that are not HTTP get the error shape too', async () => {
      for (const head of [['NOT HTTP AT ALL'], ['GET /v1/vms HTTP/1.1', 'Host: a', 'Bad header']]) {
        const res = await send(head);
        assertAnswer(res, { status: 400, code: 'VALIDATION_FAILED' });
      }
    });

    test('a body too large or not JSON is a 400 the route lists', async () => {
      // announced, not sent: the limit is judged on Content-Length, and a server that answers
      // before reading a body would close while megabytes are still being written
      const big = '{"name": "x';
      const bigLength = 2 * 1024 * 1024;
      const tooLarge = await send(
        [
          'POST /v1/vms HTTP/1.1',
          'Host: hearth.test',
          AUTH,
          'Content-Type: application/json',
          `Content-Length: ${bigLength}`,
        ],
        big,
      );
      assertAnswer(tooLarge, {
        status: 400,
        code: 'VALIDATION_FAILED',
        listedFor: ['post', '/v1/vms'],
      });
      assert.equal(tooLarge.json.error.details.fastify_code, 'FST_ERR_CTP_BODY_TOO_LARGE');
      const text = await send(
        [
          'POST /v1/vms HTTP/1.1',
          'Host: hearth.test',
          AUTH,
          'Content-Type: text/plain',
          'Content-Length: 2',
        ],
        'hi',
      );
      assertAnswer(text, {
        status: 400,
        code: 'VALIDATION_FAILED',
        listedFor: ['post', '/v1/vms'],
      });
      const badJson = await send(
        [
          'POST /v1/vms HTTP/1.1',
          'Host: hearth.test',
          AUTH,
          'Content-Type: application/json',
          'Content-Length: 5',
        ],
        '{nope',
      );
      assertAnswer(badJson, {
        status: 400,
        code: 'VALIDATION_FAILED',
        listedFor: ['post', '/v1/vms'],
      });
    });

    test('unknown paths and wrong methods: 404 NOT_FOUND in the shape, inside /v1 and out', async () => {
      for (const [method, path] of [
        ['GET', '/v1/nothing'],
        ['DELETE', '/v1/vms'],
        ['POST', '/v1/hosts/x/y/z'],
        ['GET', '/nothing'],
        ['OPTIONS', '/v1/vms'],
      ]) {
        const res = await send([`${method} ${path} HTTP/1.1`, 'Host: hearth.test', AUTH]);
        assertAnswer(res, { status: 404, code: 'NOT_FOUND' });
        // a sentence, not `No route for GET /.`: what was asked, and where the API is
        assert.equal(
          res.json.error.message,
          `Nothing is served at ${method} ${path}: the API is under /v1 (see /docs).`,
        );
      }
    });

    test('every operation lists 401 and 500, and 400 when it takes parameters or a body', () => {
      for (const [path, operations] of Object.entries<any>(doc.paths)) {
        if (!path.startsWith('/v1/')) continue;
        for (const [method, operation] of Object.entries<any>(operations)) {
          const statuses = Object.keys(operation.responses);
          assert.ok(statuses.includes('401'), `${method} ${path} does not list 401`);
          assert.ok(statuses.includes('500'), `${method} ${path} does not list 500 (INTERNAL)`);
          if (statuses.includes('502')) {
            assert.ok(statuses.includes('507'), `${method} ${path} calls an agent: lists 507`);
          }
          const takesInput = (operation.parameters ?? []).length > 0 || operation.requestBody;
          if (takesInput) assert.ok(statuses.includes('400'), `${method} ${path} lacks 400`);
        }
      }
    });
  });
});
