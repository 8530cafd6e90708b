// A minimal HTTP/1.1 client over a Unix socket that sends exactly the bytes it is given
// (raw UTF-8 request line, chosen headers, verbatim body) and returns the raw response. The
// contract test needs that control; undici/node:http would re-encode paths and add headers.
import net from 'node:net';

export interface RawRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer;
}

export interface RawResponse {
  status: number;
  statusLine: string;
  headers: Record<string, string>;
  body: Buffer;
}

export type RawResult = { ok: true; response: RawResponse } | { ok: false; code: string };

function parseHead(head: string): Omit<RawResponse, 'body'> {
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(statusLine.split(' ')[1]), statusLine, headers };
}

/** One request on a fresh connection (like the recorder); resolves transport errors as codes. */
export function rawRequest(
  socketPath: string,
  req: RawRequest,
  timeoutMs = 5000,
): Promise<RawResult> {
  return new Promise((resolve) => {
    const conn = net.createConnection(socketPath);
    let received = Buffer.alloc(0);
    let settled = false;
    const finish = (result: RawResult) => {
      if (settled) return;
      settled = true;
      conn.destroy();
      resolve(result);
    };
    const tryComplete = (ended: boolean) => {
      const headEnd = received.indexOf('\r\n\r\n');
      if (headEnd < 0) {
        if (ended) finish({ ok: false, code: 'ECONNRESET' });
        return;
      }
      const head = parseHead(received.subarray(0, headEnd).toString('utf8'));
      const length = Number(head.headers['content-length'] ?? 0);
      const body = received.subarray(headEnd + 4);
      if (body.length >= length || ended) {
        finish({ ok: true, response: { ...head, body: body.subarray(0, length) } });
      }
    };
    conn.setTimeout(timeoutMs, () => finish({ ok: false, code: 'ETIMEDOUT' }));
    conn.on('error', (err: NodeJS.ErrnoException) =>
      finish({ ok: false, code: err.code ?? 'EUNKNOWN' }),
    );
    conn.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      tryComplete(false);
    });
    conn.on('end', () => tryComplete(true));
    conn.on('connect', () => {
      const lines = [`${req.method} ${req.path} HTTP/1.1`];
      for (const [name, value] of Object.entries(req.headers ?? {}))
        lines.push(`${name}: ${value}`);
      const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8');
      conn.write(req.body ? Buffer.concat([head, req.body]) : head);
    });
  });
}
