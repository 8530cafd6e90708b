// Process behaviour of the Firecracker simulator, the parts the transcript cannot show:
// command line, signals, socket file handling, logs, metrics, the simulated guest and the
// HEARTH_SIM_* test knobs. Every test runs the real executable.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { SIMULATOR_BIN_PATH } from '../src/simulator-path.ts';
import { bootMinimal, call, runToExit, tempDir, waitFor } from './support/sim-process.ts';
import { canConnect, fixtureImages, startSimulator } from './support/simulator.ts';

describe('simulator command line', () => {
  it("prints the Firecracker version first, then that it is Hearth's simulator", async () => {
    const result = await runToExit(['--version']);
    assert.equal(result.code, 0);
    const [first, second] = result.stdout.split('\n');
    assert.equal(first, 'Firecracker v1.14.2');
    assert.match(second ?? '', /Hearth/);
  });

  it('rejects an unknown argument with the argument-parsing exit code', async () => {
    const result = await runToExit(['--api-sock', '/tmp/x.sock', '--bogus']);
    assert.equal(result.code, 153);
    assert.equal(result.stderr, 'Error: ParseArguments(UnexpectedArgument("bogus"))\n');
    assert.match(result.stdout, /Found argument 'bogus' which wasn't expected/);
    assert.equal((await runToExit(['--api-sock', '/tmp/x.sock', '--level', 'Loud'])).code, 152);
  });

  it('aborts on an instance id Firecracker would not accept (a panic)', async () => {
    const result = await runToExit(['--api-sock', '/tmp/never-bound.sock', '--id', 'vm_1']);
    assert.equal(result.signal, 'SIGABRT');
    assert.match(result.stderr, /Invalid instance ID: InvalidChar\('_', 2\)/);
  });

  it('requires --api-sock unless --no-api, and --config-file with --no-api', async () => {
    assert.equal((await runToExit([])).code, 153);
    const noApi = await runToExit(['--no-api']);
    assert.equal(noApi.code, 153);
    assert.match(noApi.stderr, /MissingArgument\("config-file"\)/);
  });

  it('refuses an API socket path that already exists (exit 1) and leaves the file alone', async (t) => {
    const dir = await tempDir(t);
    const socketPath = join(dir, 'api.sock');
    await writeFile(socketPath, 'stale');
    const result = await runToExit(['--api-sock', socketPath]);
    assert.equal(result.code, 1);
    assert.equal(result.stderr.trim(), `Error: RunWithApi(FailedToBindSocket("${socketPath}"))`);
    assert.equal(await readFile(socketPath, 'utf8'), 'stale');
  });
});

describe('simulator process lifecycle', () => {
  it('dies at once on SIGTERM and leaves its socket file behind', async () => {
    const sim = await startSimulator();
    try {
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        sim.process.once('exit', (_code, signal) => resolve(signal)),
      );
      sim.process.kill('SIGTERM');
      assert.equal(await exited, 'SIGTERM');
      assert.ok(existsSync(sim.socketPath), 'socket file is left behind');
      assert.equal(await canConnect(sim.socketPath), false);
    } finally {
      await sim.stop();
    }
  });

  it('logs the start-up lines to stdout, then to the logger file once configured', async (t) => {
    const sim = await startSimulator({ id: 'log-test' });
    t.after(() => sim.stop());
    // the socket accepts connections a moment before the line is printed and read
    const listening = `[log-test:main] Listening on API socket ("${sim.socketPath}").`;
    assert.ok(await waitFor(() => sim.output().includes(listening), 5000), sim.output());
    assert.match(sim.output(), /^\S+ \[log-test:main\] Running Firecracker v1\.14\.2$/m);
    const logPath = join(sim.dir, 'fc.log');
    const put = await call(sim.socketPath, 'PUT', '/logger', { log_path: logPath, level: 'Info' });
    assert.equal(put.status, 204);
    await call(sim.socketPath, 'GET', '/machine-config');
    const log = await readFile(logPath, 'utf8');
    assert.match(
      log,
      /\[log-test:fc_api\] The API server received a Get request on "\/machine-config"\./,
    );
    assert.ok(
      !sim.output().includes('/machine-config'),
      'no request lines on stdout after PUT /logger',
    );
  });

  it('writes a JSON metrics line at boot and on FlushMetrics', async (t) => {
    const sim = await startSimulator();
    t.after(() => sim.stop());
    const metricsPath = join(sim.dir, 'fc.metrics');
    assert.equal(
      (await call(sim.socketPath, 'PUT', '/metrics', { metrics_path: metricsPath })).status,
      204,
    );
    await bootMinimal(sim.socketPath, sim.dir);
    const atBoot = (await readFile(metricsPath, 'utf8')).trim().split('\n');
    assert.equal(atBoot.length, 1);
    assert.equal(
      (await call(sim.socketPath, 'PUT', '/actions', { action_type: 'FlushMetrics' })).status,
      204,
    );
    const lines = (await readFile(metricsPath, 'utf8')).trim().split('\n');
    assert.equal(lines.length, 2);
    for (const line of lines) assert.equal(typeof JSON.parse(line).utc_timestamp_ms, 'number');
  });

  it('prints the guest console on stdout after InstanceStart', async (t) => {
    const sim = await startSimulator();
    t.after(() => sim.stop());
    await bootMinimal(sim.socketPath, sim.dir);
    assert.ok(
      await waitFor(
        () => sim.output().includes('Command line: console=ttyS0 reboot=k panic=1'),
        2000,
      ),
    );
    assert.equal((await call(sim.socketPath, 'GET', '/')).json.state, 'Running');
  });

  it('exits with status 0 after SendCtrlAltDel once the guest delay has passed', async (t) => {
    const sim = await startSimulator({ env: { HEARTH_SIM_SHUTDOWN_DELAY_MS: '400' } });
    t.after(() => sim.stop());
    await bootMinimal(sim.socketPath, sim.dir);
    const exited = new Promise<number | null>((resolve) =>
      sim.process.once('exit', (code) => resolve(code)),
    );
    const sentAt = Date.now();
    assert.equal(
      (await call(sim.socketPath, 'PUT', '/actions', { action_type: 'SendCtrlAltDel' })).status,
      204,
    );
    assert.equal((await call(sim.socketPath, 'GET', '/')).json.state, 'Running');
    assert.equal(await exited, 0);
    assert.ok(Date.now() - sentAt >= 350, 'the guest takes the configured delay to reboot');
  });
});

describe('simulated guest', () => {
  it('stays silent without console=ttyS0 and reboots only once resumed', async (t) => {
    const sim = await startSimulator({ env: { HEARTH_SIM_SHUTDOWN_DELAY_MS: '100' } });
    t.after(() => sim.stop());
    const files = await fixtureImages(sim.dir);
    const s = sim.socketPath;
    await call(s, 'PUT', '/boot-source', {
      kernel_image_path: files.kernel,
      boot_args: 'reboot=k',
    });
    assert.equal((await call(s, 'PUT', '/actions', { action_type: 'InstanceStart' })).status, 204);
    assert.equal((await call(s, 'PATCH', '/vm', { state: 'Paused' })).status, 204);
    assert.equal((await call(s, 'PUT', '/actions', { action_type: 'SendCtrlAltDel' })).status, 204);
    await sleep(500);
    assert.equal(sim.process.exitCode, null, 'a paused guest cannot reboot');
    assert.ok(!sim.output().includes('Linux version'), 'no console output without console=ttyS0');
    const exited = new Promise((resolve) => sim.process.once('exit', (code) => resolve(code)));
    assert.equal((await call(s, 'PATCH', '/vm', { state: 'Resumed' })).status, 204);
    assert.equal(await exited, 0);
  });
});

describe('simulator test knobs', () => {
  it('HEARTH_SIM_IGNORE_CTRL_ALT_DEL=1 keeps the guest running after SendCtrlAltDel', async (t) => {
    const sim = await startSimulator({
      env: { HEARTH_SIM_IGNORE_CTRL_ALT_DEL: '1', HEARTH_SIM_SHUTDOWN_DELAY_MS: '50' },
    });
    t.after(() => sim.stop());
    await bootMinimal(sim.socketPath, sim.dir);
    assert.equal(
      (await call(sim.socketPath, 'PUT', '/actions', { action_type: 'SendCtrlAltDel' })).status,
      204,
    );
    await sleep(500);
    assert.equal(sim.process.exitCode, null);
    assert.equal((await call(sim.socketPath, 'GET', '/')).json.state, 'Running');
  });

  it('HEARTH_SIM_FAIL_INSTANCE_START makes InstanceStart fail with that fault message', async (t) => {
    const message = 'Start microvm error: simulated failure';
    const sim = await startSimulator({ env: { HEARTH_SIM_FAIL_INSTANCE_START: message } });
    t.after(() => sim.stop());
    const files = await fixtureImages(sim.dir);
    await call(sim.socketPath, 'PUT', '/boot-source', { kernel_image_path: files.kernel });
    const start = await call(sim.socketPath, 'PUT', '/actions', { action_type: 'InstanceStart' });
    assert.deepEqual(start, { status: 400, json: { fault_message: message } });
    assert.equal((await call(sim.socketPath, 'GET', '/')).json.state, 'Not started');
  });

  it('HEARTH_SIM_STARTUP_DELAY_MS delays binding the API socket', async (t) => {
    const dir = await tempDir(t);
    const socketPath = join(dir, 'api.sock');
    const child = spawn(SIMULATOR_BIN_PATH, ['--api-sock', socketPath], {
      env: { ...process.env, HEARTH_SIM_STARTUP_DELAY_MS: '1500' },
      stdio: 'ignore',
    });
    t.after(() => child.kill('SIGKILL'));
    const startedAt = Date.now();
    assert.ok(await waitFor(() => canConnect(socketPath), 10_000));
    assert.ok(Date.now() - startedAt >= 1400, 'socket appeared before the delay');
  });
});
