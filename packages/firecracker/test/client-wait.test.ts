// waitForApiSocket against real sockets and processes: a listener that appears late, no
// socket at all, a stale socket file of a killed VMM, and a VMM that starts or dies.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  FirecrackerClient,
  FirecrackerTimeoutError,
  FirecrackerUnreachableError,
  SIMULATOR_BIN_PATH,
  waitForApiSocket,
} from '@hearth/firecracker';
import { startSimulator } from './support/simulator.ts';

let dir: string;
const cleanups: Array<() => Promise<unknown> | unknown> = [];

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hearth-client-wait-'));
});

after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await rm(dir, { recursive: true, force: true });
});

/** The socket file of a SIGKILLed VMM: a crashed Firecracker leaves it behind. */
async function staleSocket(): Promise<string> {
  const sim = await startSimulator();
  cleanups.push(() => sim.stop());
  sim.process.kill('SIGKILL');
  await once(sim.process, 'exit');
  assert.ok(existsSync(sim.socketPath), 'the killed VMM left its socket file behind');
  return sim.socketPath;
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
    const socketPath = await staleSocket();
    const err = await waitForApiSocket(socketPath, { timeoutMs: 150 }).catch((e: unknown) => e);
    assert.ok(err instanceof FirecrackerTimeoutError);
    assert.match(err.message, /ECONNREFUSED/);
  });

  it('resolves once a freshly spawned VMM listens, and the client can use it', async () => {
    const socketPath = join(dir, 'spawned.sock');
    const vmm = spawnVmm(socketPath, { HEARTH_SIM_STARTUP_DELAY_MS: '150' });
    await waitForApiSocket(socketPath, { timeoutMs: 10_000, isAlive: isRunning(vmm) });
    const fc = new FirecrackerClient({ socketPath });
    try {
      assert.equal((await fc.describeInstance()).id, 'spawned');
    } finally {
      await fc.close();
    }
  });

  it('gives up early when the VMM exits (it cannot bind over a stale socket file)', async () => {
    const socketPath = await staleSocket();
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
