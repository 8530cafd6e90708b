// How the client reports each way a call can fail, over real Unix sockets: no socket file,
// a stale socket file left by a killed VMM, a dropped connection, a server that never
// answers, and Firecracker's own refusals (from the simulator process).
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  FirecrackerApiError,
  FirecrackerClient,
  FirecrackerError,
  FirecrackerTimeoutError,
  FirecrackerUnreachableError,
} from '@hearth/firecracker';
import { type RunningSimulator, startSimulator } from './support/simulator.ts';

let dir: string;
const cleanups: Array<() => Promise<unknown> | unknown> = [];

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hearth-client-errors-'));
});

after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await rm(dir, { recursive: true, force: true });
});

function client(socketPath: string, timeoutMs = 5000): FirecrackerClient {
  const c = new FirecrackerClient({ socketPath, timeoutMs });
  cleanups.push(() => c.close());
  return c;
}

/** A Unix-socket server whose connections do whatever `onConnection` says. */
async function listen(name: string, onConnection: (socket: Socket) => void): Promise<string> {
  const path = join(dir, name);
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => sockets.delete(socket));
    onConnection(socket);
  });
  server.listen(path);
  await once(server, 'listening');
  cleanups.push(async () => {
    for (const socket of sockets) socket.destroy();
    server.close();
    await once(server, 'close');
  });
  return path;
}

/** The socket file of a SIGKILLed VMM: a crashed Firecracker leaves it behind. */
async function staleSocket(): Promise<string> {
  const sim = await startSimulator();
  cleanups.push(() => sim.stop());
  sim.process.kill('SIGKILL');
  await once(sim.process, 'exit');
  assert.ok(existsSync(sim.socketPath), 'the killed VMM left its socket file behind');
  return sim.socketPath;
}

describe('FirecrackerClient transport errors', () => {
  it('reports a missing socket file as unreachable (ENOENT)', async () => {
    const socketPath = join(dir, 'never-created.sock');
    const err = await client(socketPath)
      .getVmConfig()
      .catch((e: unknown) => e);
    assert.ok(err instanceof FirecrackerUnreachableError);
    assert.ok(err instanceof FirecrackerError);
    assert.equal(err.code, 'ENOENT');
    assert.equal(err.method, 'GET');
    assert.equal(err.path, '/vm/config');
    assert.equal(err.socketPath, socketPath);
    assert.match(err.message, /GET \/vm\/config/);
    assert.ok(err.message.includes(socketPath));
  });

  it('reports a stale socket file without a listener as unreachable (ECONNREFUSED)', async () => {
    const socketPath = await staleSocket();
    const err = await client(socketPath)
      .putDrive({ drive_id: 'rootfs', path_on_host: '/x.img', is_root_device: true })
      .catch((e: unknown) => e);
    assert.ok(err instanceof FirecrackerUnreachableError);
    assert.equal(err.code, 'ECONNREFUSED');
    assert.equal(err.method, 'PUT');
    assert.equal(err.path, '/drives/rootfs');
  });

  it('reports a file that is not a socket as unreachable with the system code', async () => {
    const socketPath = join(dir, 'plain-file.sock');
    await writeFile(socketPath, '');
    const err = await client(socketPath)
      .describeInstance()
      .catch((e: unknown) => e);
    assert.ok(err instanceof FirecrackerUnreachableError);
    assert.equal(err.code, 'ECONNREFUSED');
  });

  it('reports a connection dropped mid-request as unreachable', async () => {
    const socketPath = await listen('drops.sock', (socket) => {
      socket.once('data', () => socket.destroy());
    });
    const err = await client(socketPath)
      .instanceStart()
      .catch((e: unknown) => e);
    assert.ok(err instanceof FirecrackerUnreachableError);
    assert.ok(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE'].includes(err.code), err.code);
    assert.equal(err.path, '/actions');
  });

  it('times out when the server accepts but never answers', async () => {
    const socketPath = await listen('silent.sock', () => {});
    const started = performance.now();
    const err = await client(socketPath, 150)
      .getVmConfig()
      .catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    assert.ok(err instanceof FirecrackerTimeoutError, String(err));
    assert.equal(err.timeoutMs, 150);
    assert.equal(err.path, '/vm/config');
    assert.match(err.message, /within 150 ms/);
    assert.ok(elapsed >= 140 && elapsed < 2000, `took ${elapsed} ms`);
  });

  it('times out when the headers arrive but the body never completes', async () => {
    const socketPath = await listen('half-body.sock', (socket) => {
      socket.once('data', () =>
        socket.write(
          'HTTP/1.1 200 \r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"a":',
        ),
      );
    });
    const err = await client(socketPath, 150)
      .getVersion()
      .catch((e: unknown) => e);
    assert.ok(err instanceof FirecrackerTimeoutError, String(err));
    assert.equal(err.path, '/version');
  });

  it('refuses a timeout that would never fire or fire at once', () => {
    for (const timeoutMs of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.throws(() => new FirecrackerClient({ socketPath: dir, timeoutMs }), RangeError);
    }
  });

  it('refuses calls after close() with a FirecrackerError that is not "unreachable"', async () => {
    const socketPath = await listen('closed-client.sock', () => {});
    const c = new FirecrackerClient({ socketPath });
    await c.close();
    const err = await c.getVersion().catch((e: unknown) => e);
    assert.ok(err instanceof FirecrackerError);
    assert.ok(!(err instanceof FirecrackerUnreachableError));
    assert.ok(!(err instanceof FirecrackerTimeoutError));
  });
});

describe('FirecrackerClient API errors (simulator)', () => {
  let sim: RunningSimulator;
  let fc: FirecrackerClient;

  before(async () => {
    sim = await startSimulator();
    cleanups.push(() => sim.stop());
    fc = client(sim.socketPath);
  });

  it('carries the fault message verbatim for a drive whose file is missing', async () => {
    const drive = {
      drive_id: 'data1',
      path_on_host: join(dir, 'does-not-exist.img'),
      is_root_device: false,
      is_read_only: false,
    };
    const err = await fc.putDrive(drive).catch((e: unknown) => e);
    assert.ok(err instanceof FirecrackerApiError);
    assert.equal(err.status, 400);
    assert.equal(err.method, 'PUT');
    assert.equal(err.path, '/drives/data1');
    assert.deepEqual(err.requestBody, drive);
    assert.equal(
      err.faultMessage,
      `Drive config error: Unable to create the virtio block device: Virtio backend error: Error manipulating the backing file: No such file or directory (os error 2) ${drive.path_on_host}`,
    );
    assert.ok(err.message.includes(err.faultMessage));
    assert.ok(err.message.includes(sim.socketPath));
  });

  it('reports PATCH /drives before boot as an API error', async () => {
    const err = await fc
      .patchDrive({ drive_id: 'rootfs', path_on_host: '/other.img' })
      .catch((e: unknown) => e);
    assert.ok(err instanceof FirecrackerApiError);
    assert.equal(
      err.faultMessage,
      'The requested operation is not supported before starting the microVM.',
    );
  });

  it("keeps the raw text of the HTTP layer's non-JSON error body", async () => {
    const err = await fc.putMmds({ blob: 'x'.repeat(60_000) }).catch((e: unknown) => e);
    assert.ok(err instanceof FirecrackerApiError);
    assert.equal(err.status, 400);
    assert.equal(
      err.faultMessage,
      '{ "error": "Request payload with size 60011 is larger than the limit of 51200 allowed by server.\nAll previous unanswered requests will be dropped." }',
    );
    assert.deepEqual(await fc.getMmds(), {});
  });

  it('still serves the next call on the same client after an API error', async () => {
    const info = await fc.describeInstance();
    assert.equal(info.state, 'Not started');
  });

  it('reports a VMM killed between two calls as unreachable', async () => {
    const exited = once(sim.process, 'exit');
    sim.process.kill('SIGKILL');
    await exited;
    const err = await fc.getVmConfig().catch((e: unknown) => e);
    assert.ok(err instanceof FirecrackerUnreachableError, String(err));
    assert.ok(
      ['ECONNREFUSED', 'UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE'].includes(err.code),
      err.code,
    );
    const again = await fc.getVmConfig().catch((e: unknown) => e);
    assert.ok(again instanceof FirecrackerUnreachableError);
    assert.equal(again.code, 'ECONNREFUSED', 'the killed VMM left its socket file behind');
  });
});
