// loadAgentConfig: defaults, parsing and the refusals that keep a misconfigured agent from
// starting.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadAgentConfig, parseListen } from '../src/config.ts';

const TOKEN = 'a-long-enough-token-123';

describe('loadAgentConfig', () => {
  test('defaults: loopback TCP, /srv/fc/vms, fcbr0, 5 s stop timeout, plain launcher', () => {
    const config = loadAgentConfig({ HEARTH_AGENT_TOKEN: TOKEN });
    assert.deepEqual(config.listen, { kind: 'tcp', host: '127.0.0.1', port: 9091 });
    assert.equal(config.storageRoot, '/srv/fc/vms');
    assert.deepEqual(config.allowedRoots, []);
    assert.equal(config.firecrackerBin, null);
    assert.equal(config.bridge, 'fcbr0');
    assert.equal(config.stopTimeoutMs, 5000);
    assert.equal(config.launcher, 'plain');
  });

  test('reads every variable', () => {
    const config = loadAgentConfig({
      HEARTH_AGENT_TOKEN: TOKEN,
      HEARTH_AGENT_LISTEN: 'unix:/run/hearth/agent.sock',
      HEARTH_STORAGE_ROOT: '/data/vms/',
      HEARTH_ALLOWED_PATHS: '/srv/images:/mnt/disks',
      HEARTH_FIRECRACKER_BIN: '/usr/local/bin/firecracker',
      HEARTH_BRIDGE: 'br-vms',
      HEARTH_STOP_TIMEOUT_MS: '1500',
      HEARTH_VMM_SOCKET_TIMEOUT_MS: '3000',
    });
    assert.deepEqual(config.listen, { kind: 'unix', path: '/run/hearth/agent.sock' });
    assert.equal(config.storageRoot, '/data/vms');
    assert.deepEqual(config.allowedRoots, ['/srv/images', '/mnt/disks']);
    assert.equal(config.firecrackerBin, '/usr/local/bin/firecracker');
    assert.equal(config.bridge, 'br-vms');
    assert.equal(config.stopTimeoutMs, 1500);
    assert.equal(config.socketTimeoutMs, 3000);
  });

  test('parses host:port including IPv6', () => {
    assert.deepEqual(parseListen('0.0.0.0:80'), { kind: 'tcp', host: '0.0.0.0', port: 80 });
    assert.deepEqual(parseListen('[::1]:9091'), { kind: 'tcp', host: '::1', port: 9091 });
  });

  const refusals: [string, Record<string, string>, RegExp][] = [
    ['no token', { HEARTH_AGENT_TOKEN: '' }, /HEARTH_AGENT_TOKEN: is required/],
    ['short token', { HEARTH_AGENT_TOKEN: 'short' }, /at least 16/],
    ['bad listen', { HEARTH_AGENT_LISTEN: 'localhost' }, /HEARTH_AGENT_LISTEN/],
    ['port too big', { HEARTH_AGENT_LISTEN: '127.0.0.1:70000' }, /HEARTH_AGENT_LISTEN/],
    ['relative unix socket', { HEARTH_AGENT_LISTEN: 'unix:agent.sock' }, /absolute/],
    ['relative storage root', { HEARTH_STORAGE_ROOT: 'vms' }, /HEARTH_STORAGE_ROOT/],
    ['relative allowed path', { HEARTH_ALLOWED_PATHS: '/ok:images' }, /HEARTH_ALLOWED_PATHS/],
    ['bad bridge', { HEARTH_BRIDGE: 'a-bridge-name-too-long' }, /HEARTH_BRIDGE/],
    ['bad stop timeout', { HEARTH_STOP_TIMEOUT_MS: '5s' }, /HEARTH_STOP_TIMEOUT_MS/],
    ['unknown launcher', { HEARTH_VMM_LAUNCHER: 'docker' }, /HEARTH_VMM_LAUNCHER/],
    ['systemd-run not yet', { HEARTH_VMM_LAUNCHER: 'systemd-run' }, /not supported yet/],
  ];
  for (const [name, env, message] of refusals) {
    test(`refuses: ${name}`, () => {
      assert.throws(
        () => loadAgentConfig({ HEARTH_AGENT_TOKEN: TOKEN, ...env }),
        (err: unknown) => err instanceof ConfigError && message.test(err.message),
      );
    });
  }
});

describe('main.ts with a bad configuration', () => {
  test('refuses to start: exit code 2 and a sentence naming the variable', async () => {
    const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
    const result = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', main],
        { env: { PATH: process.env.PATH ?? '' }, timeout: 30_000 },
        (error, stdout) => resolve({ code: error ? (error.code as number) : 0, stdout }),
      );
    });
    assert.equal(result.code, 2);
    assert.match(result.stdout, /HEARTH_AGENT_TOKEN: is required/);
  });
});
