// The HTTP layer of Firecracker's API server (the `micro_http` crate), reproduced at the byte
// level because clients and the contract test see these details: an empty reason phrase,
// `Server: Firecracker API`, `Connection: keep-alive`, Content-Type only when there is a body,
// and the non-JSON 400 bodies micro_http writes for requests it cannot parse.
import fs from 'node:fs';
import net from 'node:net';

export interface ApiRequest {
  method: string;
  /** The request target as sent (raw UTF-8, not percent-decoded). */
  path: string;
  /** null when the request had no body (absent or `Content-Length: 0`). */
  body: Buffer | null;
}

export interface ApiResponse {
  status: number;
  /** JSON value to send; undefined means no body. */
  body?: unknown;
  deprecation?: boolean;
  /** Pre-rendered JSON text, sent instead of JSON.stringify(body) (e.g. sorted MMDS keys). */
  bodyText?: string;
  /** A fatal error: stop accepting connections, answer, then exit with this status. */
  fatalExitCode?: number;
}

export type RequestHandler = (request: ApiRequest) => ApiResponse | Promise<ApiResponse>;

const SUPPORTED_METHODS = new Set(['GET', 'PUT', 'PATCH']);
const HEADER_LIMIT = 64 * 1024;

export function renderResponse(response: ApiResponse): Buffer {
  const head = [
    `HTTP/1.1 ${response.status} `,
    'Server: Firecracker API',
    'Connection: keep-alive',
  ];
  let payload: Buffer | null = null;
  if (response.body !== undefined || response.bodyText !== undefined) {
    payload = Buffer.from(response.bodyText ?? JSON.stringify(response.body), 'utf8');
    head.push('Content-Type: application/json', `Content-Length: ${payload.length}`);
  }
  if (response.deprecation) head.push('Deprecation: true');
  const headBuf = Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'utf8');
  return payload ? Buffer.concat([headBuf, payload]) : headBuf;
}

/** micro_http's answer to a request it could not parse: 400 with a body that is not JSON. */
function renderHttpLayerError(message: string): Buffer {
  const body = Buffer.from(
    `{ "error": "${message}\nAll previous unanswered requests will be dropped." }`,
    'utf8',
  );
  const head =
    'HTTP/1.1 400 \r\nServer: Firecracker API\r\nConnection: keep-alive\r\n' +
    `Content-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, 'utf8'), body]);
}

type Parsed =
  | { kind: 'incomplete'; expectsContinue?: boolean }
  | { kind: 'request'; request: ApiRequest; consumed: number }
  | { kind: 'error'; message: string };

function parseRequest(buf: Buffer, maxPayload: number): Parsed {
  const headerEnd = buf.indexOf('\r\n\r\n');
  if (headerEnd < 0) {
    return buf.length > HEADER_LIMIT
      ? { kind: 'error', message: 'Invalid header. Reason: Header is too long.' }
      : { kind: 'incomplete' };
  }
  const lines = buf.subarray(0, headerEnd).toString('utf8').split('\r\n');
  const [method = '', target = '', version = ''] = (lines[0] ?? '').split(' ');
  if (!SUPPORTED_METHODS.has(method)) {
    return { kind: 'error', message: 'Invalid HTTP Method: Unsupported HTTP method.' };
  }
  if (version !== 'HTTP/1.1' && version !== 'HTTP/1.0') {
    return { kind: 'error', message: 'Invalid HTTP Version: Unsupported HTTP version.' };
  }
  if (!target.startsWith('/')) {
    return { kind: 'error', message: 'Invalid URI: The URI is not valid.' };
  }
  let contentLength = 0;
  let expectsContinue = false;
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === 'content-length') {
      if (!/^\d+$/.test(value)) {
        return { kind: 'error', message: 'Invalid header. Reason: Invalid value.' };
      }
      contentLength = Number(value);
    } else if (name === 'expect' && value.toLowerCase() === '100-continue') {
      expectsContinue = true;
    } else if (name === 'transfer-encoding' && value.toLowerCase() !== 'identity') {
      return { kind: 'error', message: 'Invalid header. Reason: Unsupported header value.' };
    }
  }
  if (contentLength > maxPayload) {
    return {
      kind: 'error',
      message: `Request payload with size ${contentLength} is larger than the limit of ${maxPayload} allowed by server.`,
    };
  }
  const bodyStart = headerEnd + 4;
  if (buf.length < bodyStart + contentLength) return { kind: 'incomplete', expectsContinue };
  const body = contentLength > 0 ? buf.subarray(bodyStart, bodyStart + contentLength) : null;
  const pathOnly = target.split('?')[0] ?? target;
  return {
    kind: 'request',
    request: { method, path: pathOnly, body: body ? Buffer.from(body) : null },
    consumed: bodyStart + contentLength,
  };
}

export interface ApiServerOptions {
  socketPath: string;
  maxPayloadBytes: number;
  handler: RequestHandler;
  exitProcess(code: number): void;
}

/**
 * Closes the listening socket but keeps its file, so that new clients get ECONNREFUSED as
 * they do once a dead Firecracker left its socket behind (libuv unlinks the path on close;
 * a hard link taken first survives that and is moved back).
 */
function stopAccepting(server: net.Server, socketPath: string): void {
  const keep = `${socketPath}.closing`;
  try {
    fs.linkSync(socketPath, keep);
  } catch {
    server.close();
    return;
  }
  server.close();
  fs.renameSync(keep, socketPath);
}

/**
 * Serves requests in order per connection and one at a time overall, like Firecracker's
 * single API thread (handlers that wait on I/O must not interleave).
 */
export function startApiServer(options: ApiServerOptions): Promise<net.Server> {
  let apiThread: Promise<unknown> = Promise.resolve();
  const serially = (request: ApiRequest): Promise<ApiResponse> => {
    const response = apiThread.then(() => options.handler(request));
    apiThread = response.catch(() => undefined);
    return response;
  };
  const server = net.createServer((socket) => {
    let pending = Buffer.alloc(0);
    let busy = false;
    let continueSent = false;
    let dropping = false;
    const pump = async () => {
      if (busy) return;
      busy = true;
      try {
        for (;;) {
          const parsed = parseRequest(pending, options.maxPayloadBytes);
          if (parsed.kind === 'incomplete') {
            if (parsed.expectsContinue && !continueSent) {
              continueSent = true;
              socket.write('HTTP/1.1 100 Continue\r\n\r\n');
            }
            break;
          }
          continueSent = false;
          if (parsed.kind === 'error') {
            // "All previous unanswered requests will be dropped": so is anything the client
            // still sends (e.g. the rest of an oversized body) on this connection.
            dropping = true;
            pending = Buffer.alloc(0);
            socket.end(renderHttpLayerError(parsed.message));
            break;
          }
          pending = pending.subarray(parsed.consumed);
          const response = await serially(parsed.request);
          if (socket.destroyed) break;
          const fatal = response.fatalExitCode;
          if (fatal !== undefined) {
            stopAccepting(server, options.socketPath);
            socket.write(renderResponse(response), () => options.exitProcess(fatal));
            break;
          }
          socket.write(renderResponse(response));
        }
      } finally {
        busy = false;
      }
    };
    socket.on('data', (chunk: Buffer) => {
      if (dropping) return;
      pending = Buffer.concat([pending, chunk]);
      void pump();
    });
    socket.on('error', () => socket.destroy());
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.socketPath, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
