// `npm start` (packages/manager/src/main.ts) as a real process for the all-in-one tests: spawned
// with only the HEARTH_* settings a test gives, its output collected, and the facts a test
// reads from the outside (the banner's URL, the local agent's pid, processes in a namespace).
import assert from 'node:assert/strict';
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const START_TIMEOUT_MS = 90_000;

export interface SpawnedManager {
  proc: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
}

/** Only positive pids: process.kill(-1, …) would signal every process we may signal. */
export function alive(pid: number | null | undefined): pid is number {
  if (pid == null || !Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function netnsPids(netns: string): Promise<number[]> {
  const { stdout } = await run('ip', ['netns', 'pids', netns]);
  return stdout
    .split('\n')
    .map(Number)
    .filter((pid) => Number.isSafeInteger(pid) && pid > 0);
}

/** main.ts as `npm start` runs it, with only the given HEARTH_* settings and DATABASE_URL. */
export function spawnManager(settings: Record<string, string>): SpawnedManager {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!name.startsWith('HEARTH_') && name !== 'DATABASE_URL') env[name] = value;
  }
  Object.assign(env, settings);
  const proc = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout?.on('data', (d) => (out += d));
  proc.stderr?.on('data', (d) => (out += d));
  const exit = new Promise<number | null>((resolve) => proc.once('exit', resolve));
  return { proc, output: () => out, exit };
}

export function running(m: SpawnedManager): boolean {
  return m.proc.exitCode === null && m.proc.signalCode === null;
}

/** Waits for the start-up banner; returns the URL it prints. */
export async function waitForBanner(m: SpawnedManager): Promise<string> {
  const banner = /Hearth manager: (http:\/\/\S+)/;
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!banner.test(m.output())) {
    if (m.proc.exitCode !== null)
      assert.fail(`npm start exited (${m.proc.exitCode}):\n${m.output()}`);
    if (Date.now() > deadline) assert.fail(`npm start did not come up:\n${m.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return banner.exec(m.output())![1]!;
}

/** The exit code, or 'timeout' when the process still runs after `ms`. */
export function exitWithin(m: SpawnedManager, ms: number): Promise<number | null | 'timeout'> {
  return Promise.race([m.exit, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), ms))]);
}

/** The structured log lines (JSON) the manager wrote so far. */
export function logEntries(m: SpawnedManager): Array<Record<string, any>> {
  return m
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, any>);
}

/** The pid the local agent's launcher keeps in `<data dir>/agent.pid`, if any. */
export async function agentPidFile(dataDir: string): Promise<number | null> {
  const pid = Number((await readFile(join(dataDir, 'agent.pid'), 'utf8').catch(() => '')).trim());
  return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
}

/** SIGKILL and wait; for teardown. */
export async function killManager(m: SpawnedManager): Promise<void> {
  if (!running(m)) return;
  m.proc.kill('SIGKILL');
  await m.exit;
}

export const getJson = async (url: string, path: string, init?: RequestInit) => {
  const res = await fetch(`${url}${path}`, init);
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
};

export const postJson = (url: string, path: string, body?: unknown) =>
  getJson(url, path, {
    method: 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

/** Creates (and starts) a VM from the demo images the all-in-one registered. */
export async function createDemoVm(url: string, name: string) {
  const images = await getJson(url, '/v1/images');
  const byName = Object.fromEntries(
    images.body.items.map((i: { name: string; id: string }) => [i.name, i.id]),
  );
  return postJson(url, '/v1/vms', {
    name,
    vcpu: 1,
    mem_mib: 128,
    kernel_image_id: byName['demo-kernel'],
    rootfs_image_id: byName['demo-rootfs'],
  });
}
