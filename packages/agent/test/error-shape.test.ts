// The real agent process, spoken to in hand-written HTTP over its Unix socket: every answer
// is {"error": {code, message, details}} with a status its OpenAPI document lists, the token
// is checked before anything about the request is judged (even what Fastify refuses before
// any route runs), it counts only in one Authorization header, and it never reaches the log.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { AgentProcess } from './support/agent-process.ts';
import {
  assertErrorAnswer,
  type ExpectedError,
  type RawResponse,
  rawRequest,
} from './support/raw-http.ts';

const PREFIX = '/agent/v1';
const LONG_ID = 'a'.repeat(101);

describe('agent: the error shape and authentication first', () => {
  let dir: string;
  let agent: AgentProcess;
  let token: string;
  let doc: any;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hearth-shape-'));
    await mkdir(join(dir, 'images'), { recursive: true });
    token = randomUUID();
    agent = await AgentProcess.start({ netns: null, dir, token });
    doc = JSON.parse((await agent.raw('GET', '/openapi.json', undefined, null)).text);
  });
  after(async () => {
    await agent?.terminate();
    await rm(dir, { recursive: true, force: true });
  });

  const send = (head: string[], body?: string) =>
    rawRequest({ socketPath: agent.socketPath }, head, body);
  const auth = () => `Authorization: Bearer ${token}`;

  const assertAnswer = (res: RawResponse, expected: ExpectedError) =>
    assertErrorAnswer(res, expected, doc);

  test('a path parameter over 100 characters: 401 without the token, then 400 (not 414)', async () => {
    const path = `${PREFIX}/vms/${LONG_ID}`;
    assertAnswer(await send([`GET ${path} HTTP/1.1`, 'Host: agent']), {
      status: 401,
      code: 'UNAUTHORIZED',
    });
    const res = await send([`GET ${path} HTTP/1.1`, 'Host: agent', auth()]);
    assertAnswer(res, {
      status: 400,
      code: 'VALIDATION_FAILED',
      listedFor: ['get', `${PREFIX}/vms/{vmId}`],
    });
    assert.equal(res.json.error.details.fastify_code, 'FST_ERR_MAX_PARAM_LENGTH');
  });

  test('a bad % escape: 401 without the token, then 400', async () => {
    const path = `${PREFIX}/vms/%zz/stop`;
    assertAnswer(await send([`POST ${path} HTTP/1.1`, 'Host: agent']), {
      status: 401,
      code: 'UNAUTHORIZED',
    });
    const res = await send([`POST ${path} HTTP/1.1`, 'Host: agent', auth()]);
    assertAnswer(res, {
      status: 400,
      code: 'VALIDATION_FAILED',
      listedFor: ['post', `${PREFIX}/vms/{vmId}/stop`],
    });
    assert.equal(res.json.error.details.fastify_code, 'FST_ERR_BAD_URL');
  });

  test('the public routes stay public; a bad URL under them is a plain 400', async () => {
    const health = await send([`GET ${PREFIX}/health HTTP/1.1`, 'Host: agent']);
    assert.equal(health.status, 200);
    assertAnswer(await send([`GET ${PREFIX}/docs/%zz HTTP/1.1`, 'Host: agent']), {
      status: 400,
      code: 'VALIDATION_FAILED',
    });
  });

  test('two Authorization headers are refused, whichever of them is right', async () => {
    for (const pair of [
      [auth(), 'Authorization: Bearer wrong'],
      ['Authorization: Bearer wrong', auth()],
      [auth(), auth()],
    ]) {
      const res = await send([`GET ${PREFIX}/vms HTTP/1.1`, 'Host: agent', ...pair]);
      assertAnswer(res, { status: 401, code: 'UNAUTHORIZED', listedFor: ['get', `${PREFIX}/vms`] });
      assert.match(res.json.error.message, /one Authorization header/);
    }
  });

  test('a token in the query string authenticates nothing', async () => {
    for (const name of ['token', 'access_token', 'authorization']) {
      const res = await send([`GET ${PREFIX}/host?${name}=${token} HTTP/1.1`, 'Host: agent']);
      assertAnswer(res, {
        status: 401,
        code: 'UNAUTHORIZED',
        listedFor: ['get', `${PREFIX}/host`],
      });
    }
  });

  test('a request without a Host header is answered like any other', async () => {
    assertAnswer(await send([`GET ${PREFIX}/vms HTTP/1.1`]), {
      status: 401,
      code: 'UNAUTHORIZED',
    });
    const res = await send([`GET ${PREFIX}/vms HTTP/1.1`, auth()]);
    assert.equal(res.status, 200, res.body);
  });

  test('bytes that are not HTTP get the error shape too', async () => {
    for (const head of [['NOT HTTP AT ALL'], [`GET ${PREFIX}/vms HTTP/1.1`, 'Host: a', 'Bad']]) {
      assertAnswer(await send(head), { status: 400, code: 'VALIDATION_FAILED' });
    }
  });

  test('validation comes after authentication: bad bodies without the token are 401', async () => {
    const path = `${PREFIX}/storage/vms/${randomUUID()}/disks`;
    for (const body of ['{"size_bytes": "big"}', '{nope']) {
      const head = [
        `POST ${path} HTTP/1.1`,
        'Host: agent',
        'Content-Type: application/json',
        `Content-Length: ${body.length}`,
      ];
      assertAnswer(await send(head, body), { status: 401, code: 'UNAUTHORIZED' });
      assertAnswer(await send([...head, auth()], body), {
        status: 400,
        code: 'VALIDATION_FAILED',
        listedFor: ['post', `${PREFIX}/storage/vms/{vmId}/disks`],
      });
    }
  });

  test('a body too large or not JSON is a 400 the route lists', async () => {
    const path = `${PREFIX}/storage/stat`;
    // announced, not sent: the limit is judged on Content-Length, and a server that answers
    // before reading a body would close while megabytes are still being written
    const big = '{"name": "x';
    const bigLength = 2 * 1024 * 1024;
    const tooLarge = await send(
      [
        `POST ${path} HTTP/1.1`,
        'Host: agent',
        auth(),
        'Content-Type: application/json',
        `Content-Length: ${bigLength}`,
      ],
      big,
    );
    assertAnswer(tooLarge, { status: 400, code: 'VALIDATION_FAILED', listedFor: ['post', path] });
    const text = await send(
      [
        `POST ${path} HTTP/1.1`,
        'Host: agent',
        auth(),
        'Content-Type: text/plain',
        'Content-Length: 2',
      ],
      'hi',
    );
    assertAnswer(text, { status: 400, code: 'VALIDATION_FAILED', listedFor: ['post', path] });
  });

  test('unknown routes and wrong methods: 401 without the token, 404 in the shape with it', async () => {
    for (const [method, path] of [
      ['GET', `${PREFIX}/nothing`],
      ['DELETE', `${PREFIX}/vms`],
      ['PUT', `${PREFIX}/host`],
      ['GET', '/nothing'],
    ]) {
      assertAnswer(await send([`${method} ${path} HTTP/1.1`, 'Host: agent']), {
        status: 401,
        code: 'UNAUTHORIZED',
      });
      assertAnswer(await send([`${method} ${path} HTTP/1.1`, 'Host: agent', auth()]), {
        status: 404,
        code: 'NOT_FOUND',
      });
    }
  });

  test('no token reaches the log, wherever it was sent', async () => {
    const secret = `query-${randomUUID()}`;
    for (const path of [
      `${PREFIX}/host?token=${secret}&x=1`,
      `${PREFIX}/vms/%zz?token=${secret}`,
      `${PREFIX}/vms/${LONG_ID}?access_token=${secret}`,
    ]) {
      await send([`GET ${path} HTTP/1.1`, 'Host: agent', auth()]);
    }
    await agent.call('GET', '/host');
    // a request's line is written once its answer has gone out: wait for the last one
    let log = await agent.log();
    for (let i = 0; i < 100 && !log.includes(`${PREFIX}/host"`); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      log = await agent.log();
    }
    assert.ok(log.includes('request completed'), 'the agent logs requests at its default level');
    assert.ok(!log.includes(secret), 'a query-string token was logged');
    assert.ok(!log.includes(token), 'the agent token was logged');
    assert.ok(log.includes(`${PREFIX}/host?token=[REDACTED]&x=1`), 'the redacted URL is logged');
  });
});
