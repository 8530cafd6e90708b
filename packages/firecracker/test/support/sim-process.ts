// Helpers for tests that run the simulator executable directly: run to exit, JSON calls
// over the API socket, temp dirs cleaned up after the test, polling, a minimal boot.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { SIMULATOR_BIN_PATH } from '../../src/simulator-path.ts';
import { rawRequest } from './raw-http.ts';
import { fixtureImages } from './simulator.ts';

export interface Exited {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the simulator to completion (killed after timeoutMs). */
export function runToExit(
  args: string[],
  env: Record<string, string> = {},
  timeoutMs = 10_000,
): Promise<Exited> {
  return new Promise((resolve) => {
    const child = spawn(SIMULATOR_BIN_PATH, args, { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

export async function call(socketPath: string, method: string, path: string, body?: unknown) {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  const headers: Record<string, string> = payload
    ? { 'Content-Type': 'application/json', 'Content-Length': String(payload.length) }
    : {};
  const result = await rawRequest(socketPath, { method, path, headers, body: payload });
  assert.ok(result.ok, `transport error on ${method} ${path}`);
  const text = result.response.body.toString();
  return { status: result.response.status, json: text ? JSON.parse(text) : null };
}

export async function tempDir(t: TestContext): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hearth-simproc-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

export async function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await sleep(20);
  }
  return check();
}

export async function bootMinimal(socketPath: string, dir: string): Promise<void> {
  const files = await fixtureImages(dir);
  const boot = { kernel_image_path: files.kernel, boot_args: 'console=ttyS0 reboot=k panic=1' };
  assert.equal((await call(socketPath, 'PUT', '/boot-source', boot)).status, 204);
  const root = { drive_id: 'rootfs', path_on_host: files.rootfs, is_root_device: true };
  assert.equal((await call(socketPath, 'PUT', '/drives/rootfs', root)).status, 204);
  const started = await call(socketPath, 'PUT', '/actions', { action_type: 'InstanceStart' });
  assert.equal(started.status, 204, JSON.stringify(started.json));
}
