// HTTP/1.1 written by hand over a TCP or Unix socket, for requests a client library would
// refuse or normalise: a bad `%` escape, a duplicated header, no Host header, a request line
// that is not HTTP at all. The answer is parsed just enough to check its status and body.
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';

export type RawTarget = { host: string; port: number } | { socketPath: string };

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** the body parsed as JSON; undefined when it is empty or not JSON */
  json: any;
}

/** Sends `head` (request line and headers, CRLF-separated, no final blank line) and `body`. */
export function rawRequest(target: RawTarget, head: string[], body = ''): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket: Socket =
      'socketPath' in target ? connect(target.socketPath) : connect(target.port, target.host);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    // a server that answers before reading a large body closes while it is still being
    // written (EPIPE, ECONNRESET): its answer, already received, is what counts
    let failure: Error | null = null;
    socket.on('error', (err) => {
      failure = err;
    });
    socket.on('close', () => {
      if (chunks.length === 0) {
        reject(failure ?? new Error('the connection closed without an answer'));
        return;
      }
      try {
        resolve(parseResponse(Buffer.concat(chunks).toString('utf8')));
      } catch (err) {
        reject(err);
      }
    });
    socket.write(`${head.join('\r\n')}\r\nConnection: close\r\n\r\n${body}`);
  });
}

function parseResponse(text: string): RawResponse {
  const split = text.indexOf('\r\n\r\n');
  if (split < 0) throw new Error(`not an HTTP response: ${JSON.stringify(text.slice(0, 200))}`);
  const [statusLine = '', ...lines] = text.slice(0, split).split('\r\n');
  const status = Number(statusLine.split(' ')[1]);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = text.slice(split + 4);
  if (headers['transfer-encoding'] === 'chunked') body = unchunk(body);
  let json: unknown;
  try {
    json = body === '' ? undefined : JSON.parse(body);
  } catch {
    json = undefined;
  }
  return { status, headers, body, json };
}

function unchunk(text: string): string {
  let out = '';
  let rest = text;
  for (;;) {
    const eol = rest.indexOf('\r\n');
    const size = Number.parseInt(rest.slice(0, eol), 16);
    if (!size) return out;
    out += rest.slice(eol + 2, eol + 2 + size);
    rest = rest.slice(eol + 2 + size + 2);
  }
}

/** `{"error": {code, message, details}}` with a string code and message and object details. */
export function isErrorShape(json: unknown): boolean {
  if (typeof json !== 'object' || json === null) return false;
  const keys = Object.keys(json);
  const error = (json as { error?: unknown }).error as Record<string, unknown> | undefined;
  return (
    keys.length === 1 &&
    typeof error === 'object' &&
    error !== null &&
    typeof error.code === 'string' &&
    typeof error.message === 'string' &&
    typeof error.details === 'object' &&
    error.details !== null &&
    !Array.isArray(error.details)
  );
}

/** The statuses an OpenAPI document lists for one operation (e.g. 'get', '/v1/vms/{id}'). */
export function listedStatuses(doc: any, method: string, path: string): string[] {
  const operation = doc?.paths?.[path]?.[method.toLowerCase()];
  if (!operation) throw new Error(`the document has no ${method} ${path}`);
  return Object.keys(operation.responses ?? {});
}

export interface ExpectedError {
  status: number;
  code: string;
  /** [method, OpenAPI path]: the status must be one that operation lists */
  listedFor?: [string, string];
}

/** The answer is JSON in the error shape, with the code, and a status listed for the operation. */
export function assertErrorAnswer(res: RawResponse, expected: ExpectedError, doc: unknown): void {
  assert.equal(res.status, expected.status, res.body);
  assert.ok(isErrorShape(res.json), `not the error shape: ${JSON.stringify(res.body)}`);
  assert.equal(res.json.error.code, expected.code);
  assert.match(res.headers['content-type'] ?? '', /^application\/json/);
  if (expected.listedFor) {
    const [method, path] = expected.listedFor;
    assert.ok(
      listedStatuses(doc, method, path).includes(String(expected.status)),
      `${expected.status} is not listed for ${method} ${path}`,
    );
  }
}
