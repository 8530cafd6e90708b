// How the client reports each way a call can fail, over real Unix sockets: no socket file,
// a stale socket file left by a killed process, a dropped connection, a server that never
// answers, and Firecracker's own refusals (from the simulator process).
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
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
  SIMULATOR_BIN_PATH,
  waitForApiSocket,
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

/** A socket file whose owner was SIGKILLed, as a crashed Firecracker leaves behind. */
async function staleSocket(name: string): Promise<string> {
  const path = join(dir, name);
  const child = spawn(
    process.execPath,
    [
      '-e',
      "require('node:net').createServer().listen(process.argv[1], () => console.log('ready'))",
      path,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  cleanups.push(
    () => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL'),
  );
  await once(child.stdout!, 'data');
  child.kill('SIGKILL');
  await once(child, 'exit');
  assert.ok(existsSync(path), 'the killed process left its socket file behind');
  return path;
}

/** The simulator binary started the way the agent starts Firecracker. */
function spawnVmm(socketPath: string, env: Record<string, string> = {}): ChildProcess {
  const child = spawn(SIMULATOR_BIN_PATH, ['--api-sock', socketPath, '--id', 'spawned'], {
    stdio: 'ignore',
    env: { ...process.env, ...env },
  });
  cleanups.push(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGKILL');
    await once(child, 'exit');
  });
  return child;
}

const isRunning = (child: ChildProcess) => () =>
  child.exitCode === null && child.signalCode === null;

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
    const socketPath = await staleSocket('stale.sock');
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

describe('waitForApiSocket', () => {
  it('resolves once a listener accepts on the socket', async () => {
    const socketPath = join(dir, 'late.sock');
    const server = createServer((socket) => socket.destroy());
    cleanups.push(() => server.listening && server.close());
    setTimeout(() => server.listen(socketPath), 100);
    const started = performance.now();
    await waitForApiSocket(socketPath, { timeoutMs: 3000 });
    assert.ok(server.listening);
    assert.ok(performance.now() - started >= 90);
  });

  it('times out when no socket appears', async () => {
    const socketPath = join(dir, 'never.sock');
    const err = await waitForApiSocket(socketPath, { timeoutMs: 150 }).catch((e: unknown) => e);
    assert.ok(err instanceof FirecrackerTimeoutError);
    assert.equal(err.timeoutMs, 150);
    assert.equal(err.socketPath, socketPath);
    assert.match(err.message, /ENOENT/);
  });

  it('keeps waiting past a stale socket file, then times out naming ECONNREFUSED', async () => {
    const socketPath = await staleSocket('stale-wait.sock');
    const err = await waitForApiSocket(socketPath, { timeoutMs: 150 }).catch((e: unknown) => e);
    assert.ok(err instanceof FirecrackerTimeoutError);
    assert.match(err.message, /ECONNREFUSED/);
  });

  it('resolves once a freshly spawned VMM listens, and the client can use it', async () => {
    const socketPath = join(dir, 'spawned.sock');
    const vmm = spawnVmm(socketPath, { HEARTH_SIM_STARTUP_DELAY_MS: '150' });
    await waitForApiSocket(socketPath, { timeoutMs: 10_000, isAlive: isRunning(vmm) });
    assert.equal((await client(socketPath).describeInstance()).id, 'spawned');
  });

  it('gives up early when the VMM exits (it cannot bind over a stale socket file)', async () => {
    const socketPath = await staleSocket('stale-spawn.sock');
    const vmm = spawnVmm(socketPath);
    const started = performance.now();
    const err = await waitForApiSocket(socketPath, {
      timeoutMs: 20_000,
      isAlive: isRunning(vmm),
    }).catch((e: unknown) => e);
    assert.ok(err instanceof FirecrackerUnreachableError, String(err));
    assert.equal(err.code, 'VMM_EXITED');
    assert.equal(err.socketPath, socketPath);
    assert.match(err.message, /exited/);
    assert.equal(vmm.exitCode, 1);
    assert.ok(performance.now() - started < 15_000);
  });
});
