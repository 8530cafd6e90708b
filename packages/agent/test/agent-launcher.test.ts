// The agent's launcher (src/process) with the real agent program: ready only once an
// authenticated call answers, failing with the log's tail when the agent exits first,
// SIGTERM/SIGKILL, an orphan of an earlier run stopped through the pid file, and the
// environment the agent is given. Needs no root: the agent runs in the test's namespace.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SIMULATOR_BIN_PATH } from '@hearth/firecracker';
import {
  AgentLaunchError,
  agentEnv,
  type LaunchAgentOptions,
  launchAgent,
  type RunningAgent,
} from '../src/process/index.ts';

describe('launchAgent', () => {
  let dir: string;
  const running: RunningAgent[] = [];
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hearth-launcher-'));
  });
  after(async () => {
    for (const agent of running) await agent.kill();
    await rm(dir, { recursive: true, force: true });
  });

  const options = (name: string, extra: Partial<LaunchAgentOptions> = {}): LaunchAgentOptions => ({
    socketPath: join(dir, name, 'agent.sock'),
    logPath: join(dir, name, 'logs', 'agent.log'),
    storageRoot: join(dir, name, 'vms'),
    firecrackerBin: SIMULATOR_BIN_PATH,
    inheritEnv: false,
    ...extra,
  });
  const launch = async (opts: LaunchAgentOptions) => {
    const agent = await launchAgent(opts);
    running.push(agent);
    return agent;
  };

  test('is ready when /host answers with the generated token; SIGTERM ends it cleanly', async () => {
    const agent = await launch(options('a'));
    assert.equal(agent.addr, `unix:${join(dir, 'a', 'agent.sock')}`);
    assert.ok(agent.token.length >= 16);
    assert.equal(agent.exited(), false);
    assert.match(await readFile(agent.logPath, 'utf8'), /agent listening/);
    assert.deepEqual(await agent.stop(), { code: 0, signal: null });
    assert.equal(agent.exited(), true);
    assert.deepEqual(await agent.stop(), { code: 0, signal: null }, 'stopping again is a no-op');
  });

  test('kill() is a SIGKILL', async () => {
    const agent = await launch(options('b', { token: 'a-given-token-0123456789' }));
    assert.equal(agent.token, 'a-given-token-0123456789');
    assert.deepEqual(await agent.kill(), { code: null, signal: 'SIGKILL' });
  });

  test('an agent that exits before it is ready fails the launch with its log tail', async () => {
    const err = await launchAgent(options('c', { token: 'short' })).then(
      () => assert.fail('a 5-character token must be refused'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof AgentLaunchError, String(err));
    assert.match(err.message, /exited \(code 2\) before it was ready/);
    assert.match(err.message, /HEARTH_AGENT_TOKEN: must be at least 16 characters/);
  });

  test('a stale server answering on the socket does not count as ready', async () => {
    const socketPath = join(dir, 'd', 'agent.sock');
    await mkdir(join(dir, 'd'));
    // anyone answers /health; only the agent we launch knows its token
    const stale = createServer((req, res) => {
      res.writeHead(req.url === '/agent/v1/health' ? 200 : 401).end('{}');
    });
    await new Promise<void>((resolve) => stale.listen(socketPath, resolve));
    try {
      const err = await launchAgent(options('d')).then(
        () => assert.fail('the launch must not succeed while another server holds the socket'),
        (e: unknown) => e,
      );
      assert.ok(err instanceof AgentLaunchError, String(err));
      assert.match(err.message, /Another process already serves/);
    } finally {
      stale.close();
    }
  });

  test('with a pid file, the orphan of an earlier launch is stopped first', async () => {
    const pidFile = join(dir, 'e', 'agent.pid');
    const first = await launch(options('e', { pidFile }));
    assert.equal(first.orphanPid, null);
    assert.equal((await readFile(pidFile, 'utf8')).trim(), String(first.pid));
    const second = await launch(options('e', { pidFile }));
    assert.equal(second.orphanPid, first.pid);
    assert.equal(first.exited(), true);
    assert.equal((await readFile(pidFile, 'utf8')).trim(), String(second.pid));
    await second.stop();
    await assert.rejects(readFile(pidFile, 'utf8'), 'removed when the agent exits');
  });
});

describe('agentEnv', () => {
  const settings = {
    socketPath: '/run/a.sock',
    token: 'token-0123456789abcdef',
    storageRoot: '/srv/vms',
    allowedPaths: ['/srv/images', '/data'],
    bridge: 'br0',
    stopTimeoutMs: 3000,
    logLevel: 'warn',
  };
  const base = { PATH: '/bin', HOME: '/root', HEARTH_MANAGER_URL: 'http://m', HEARTH_BRIDGE: 'x' };

  test('the settings become HEARTH_* variables; extra variables come last', () => {
    const env = agentEnv(
      { ...settings, env: { HEARTH_BRIDGE: 'br9', HEARTH_NAT_CIDR: '10.0.0.1/24' } },
      {
        baseEnv: base,
      },
    );
    assert.equal(env.HEARTH_AGENT_LISTEN, 'unix:/run/a.sock');
    assert.equal(env.HEARTH_AGENT_TOKEN, 'token-0123456789abcdef');
    assert.equal(env.HEARTH_STORAGE_ROOT, '/srv/vms');
    assert.equal(env.HEARTH_ALLOWED_PATHS, '/srv/images:/data');
    assert.equal(env.HEARTH_STOP_TIMEOUT_MS, '3000');
    assert.equal(env.HEARTH_LOG_LEVEL, 'warn');
    assert.equal(env.HEARTH_BRIDGE, 'br9');
    assert.equal(env.HEARTH_NAT_CIDR, '10.0.0.1/24');
    assert.equal(env.HOME, '/root');
    assert.equal(env.HEARTH_FIRECRACKER_BIN, undefined, 'unset settings are not set');
  });

  test('inherited variables can be dropped, or nothing but PATH inherited', () => {
    const dropped = agentEnv(settings, { baseEnv: base, dropEnv: ['HEARTH_MANAGER_URL'] });
    assert.equal(dropped.HEARTH_MANAGER_URL, undefined);
    assert.equal(dropped.HOME, '/root');
    const bare = agentEnv(settings, { baseEnv: base, inheritEnv: false });
    assert.deepEqual(
      Object.keys(bare).filter((name) => !name.startsWith('HEARTH_')),
      ['PATH'],
    );
    assert.equal(bare.HEARTH_MANAGER_URL, undefined);
  });

  test('an allowed path with a colon cannot be said and is refused', () => {
    assert.throws(() => agentEnv({ ...settings, allowedPaths: ['/a:b'] }), /"\/a:b"/);
  });
});
