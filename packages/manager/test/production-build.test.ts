// The production build (`npm run build`, scripts/build.mjs) runs without tsx: the bundled
// manager, started with plain `node`, finds its migrations, PGlite worker and web UI from the
// build, launches the bundled agent with plain `node`, and a VM reaches `running` through the
// simulator; SIGTERM stops both. The bundles go to a directory of this test's own under dist/
// (inside the checkout, so they load npm packages from its node_modules as an install does).
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  agentPidFile,
  alive,
  createDemoVm,
  getJson,
  killManager,
  type SpawnedManager,
  waitForBanner,
} from './support/all-in-one-process.ts';

const run = promisify(execFile);
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const STOP_WITHIN_MS = 20_000;

/** A process's command line, as the kernel has it (what `ps` shows, execArgv included). */
async function commandLine(pid: number): Promise<string[]> {
  return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').filter(Boolean);
}

/** The exit code, or 'timeout'; the timer is cleared so it does not hold the test file open. */
async function exitWithin(m: SpawnedManager, ms: number): Promise<number | null | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((r) => {
    timer = setTimeout(() => r('timeout'), ms);
  });
  try {
    return await Promise.race([m.exit, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

describe('the production build', () => {
  const outDir = join(REPO_ROOT, 'dist', `.test-${process.pid}-${randomBytes(3).toString('hex')}`);
  let dataDir: string;
  let manager: SpawnedManager | null = null;
  let url: string;

  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'hearth-build-'));
    await run(process.execPath, ['scripts/build.mjs', '--out-dir', outDir], {
      cwd: REPO_ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    // plain node, no loader: no tsx in the arguments and none through NODE_OPTIONS
    const env: NodeJS.ProcessEnv = {};
    for (const [name, value] of Object.entries(process.env)) {
      if (!name.startsWith('HEARTH_') && name !== 'DATABASE_URL' && name !== 'NODE_OPTIONS') {
        env[name] = value;
      }
    }
    Object.assign(env, {
      HEARTH_DATA_DIR: dataDir,
      HEARTH_PORT: '0',
      HEARTH_STORAGE_ROOT: join(dataDir, 'vms'),
      HEARTH_STOP_TIMEOUT_MS: '2000',
    });
    // cwd elsewhere than the checkout: nothing may depend on where it is started from
    const proc = spawn(process.execPath, [join(outDir, 'manager', 'main.js')], {
      cwd: dataDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    proc.stdout?.on('data', (d) => (out += d));
    proc.stderr?.on('data', (d) => (out += d));
    const exit = new Promise<number | null>((resolve) => proc.once('exit', resolve));
    manager = { proc, output: () => out, exit };
    url = await waitForBanner(manager);
  });

  after(async () => {
    if (manager) await killManager(manager);
    const agent = await agentPidFile(dataDir);
    if (alive(agent)) process.kill(agent, 'SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
    await rm(outDir, { recursive: true, force: true });
  });

  test('the manager and its local agent run the bundles with plain node', async () => {
    const managerCmd = await commandLine(manager!.proc.pid!);
    assert.deepEqual(managerCmd.slice(1), [join(outDir, 'manager', 'main.js')]);
    const agentPid = await agentPidFile(dataDir);
    assert.ok(alive(agentPid), 'the local agent runs');
    const agentCmd = await commandLine(agentPid);
    assert.deepEqual(agentCmd.slice(1), [join(outDir, 'agent', 'main.js')]);
    for (const cmd of [managerCmd, agentCmd]) {
      assert.ok(!cmd.some((arg) => arg.includes('tsx')), `no tsx: ${cmd.join(' ')}`);
    }
  });

  test('it serves the API and the web UI, and a VM reaches running', async () => {
    const health = await fetch(`${url}/healthz`);
    assert.equal(health.status, 200);
    const page = await fetch(`${url}/`);
    assert.equal(page.status, 200);
    assert.match(
      await page.text(),
      /<script[^>]+src="\/assets\//,
      'the built UI, not its stand-in',
    );

    const vm = await createDemoVm(url, `build-${randomBytes(3).toString('hex')}`);
    assert.equal(vm.status, 201, JSON.stringify(vm.body));
    assert.equal(vm.body.state, 'running', JSON.stringify(vm.body));
    const host = await getJson(url, '/v1/hosts');
    assert.equal(host.body.items[0].capabilities.vmm_mode, 'simulator');
    const deleted = await getJson(url, `/v1/vms/${vm.body.id}`, { method: 'DELETE' });
    assert.equal(deleted.status, 204);
  });

  test('SIGTERM stops the manager and its agent', async () => {
    const agentPid = await agentPidFile(dataDir);
    manager!.proc.kill('SIGTERM');
    assert.equal(await exitWithin(manager!, STOP_WITHIN_MS), 0, manager!.output());
    assert.ok(!alive(agentPid), 'the local agent stopped with the manager');
    assert.ok(!(await exists(join(dataDir, 'hearth.lock'))), 'the lock is released');
  });
});
