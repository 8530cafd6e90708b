// NAT proven with real traffic across three throwaway namespaces: a "router" holding the
// bridge and the nft table (the agent's host), a "vm" plugged into the bridge through a
// veth, and an "upstream" that has no route back to the guests' subnet. A TCP server
// upstream tells which source address it saw: the router's, only when masquerading works.
import assert from 'node:assert/strict';
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { NAT_TABLE, NftNat, parseGatewayCidr } from '../src/network/nat.ts';
import { IpNetworkManager } from '../src/network/network-manager.ts';
import { NEEDS_ROOT } from './support/netns.ts';

const run = promisify(execFile);
const ip = (...args: string[]) => run('ip', args);

const SERVER = `
const server = require('node:net').createServer((socket) => socket.end(socket.remoteAddress));
server.listen(7000, '10.99.0.2', () => console.log('ready'));
`;
const CLIENT = `
const socket = require('node:net').connect({ host: '10.99.0.2', port: 7000, timeout: 1500 });
let seen = '';
socket.on('data', (chunk) => { seen += chunk; });
socket.on('end', () => { console.log(seen); process.exit(0); });
socket.on('timeout', () => { console.log('timeout'); process.exit(0); });
socket.on('error', (error) => { console.log(error.code); process.exit(0); });
`;

describe('NftNat', { skip: NEEDS_ROOT }, () => {
  const suffix = randomBytes(4).toString('hex');
  const router = `hearth-a1-${suffix}-r`;
  const vm = `hearth-a1-${suffix}-v`;
  const upstream = `hearth-a1-${suffix}-u`;
  const bridge = 'hbr0';
  const nat = new NftNat({ netns: router });
  let server: ChildProcess | undefined;
  let hostForwarding: string;

  const connectFromVm = async () => {
    const { stdout } = await run('ip', ['netns', 'exec', vm, process.execPath, '-e', CLIENT]);
    return stdout.trim();
  };
  const natRules = async () => {
    const { stdout } = await run('ip', ['netns', 'exec', router, 'nft', '-j', 'list', 'ruleset']);
    const items = JSON.parse(stdout).nftables as Array<Record<string, { table?: string }>>;
    return items.filter((item) => item.rule?.table === NAT_TABLE);
  };

  before(async () => {
    hostForwarding = await readFile('/proc/sys/net/ipv4/ip_forward', 'utf8');
    for (const ns of [router, vm, upstream]) {
      await ip('netns', 'add', ns);
      await ip('-n', ns, 'link', 'set', 'lo', 'up');
    }
    await new IpNetworkManager({ netns: router }).ensureBridge(bridge);
    await ip(
      '-n',
      router,
      'link',
      'add',
      'vm-port',
      'type',
      'veth',
      'peer',
      'name',
      'eth0',
      'netns',
      vm,
    );
    await ip('-n', router, 'link', 'set', 'vm-port', 'master', bridge, 'up');
    await ip('-n', vm, 'addr', 'add', '172.30.0.2/24', 'dev', 'eth0');
    await ip('-n', vm, 'link', 'set', 'eth0', 'up');
    await ip('-n', vm, 'route', 'add', 'default', 'via', '172.30.0.1');
    await ip(
      '-n',
      router,
      'link',
      'add',
      'wan',
      'type',
      'veth',
      'peer',
      'name',
      'eth0',
      'netns',
      upstream,
    );
    await ip('-n', router, 'addr', 'add', '10.99.0.1/24', 'dev', 'wan');
    await ip('-n', router, 'link', 'set', 'wan', 'up');
    await ip('-n', upstream, 'addr', 'add', '10.99.0.2/24', 'dev', 'eth0');
    await ip('-n', upstream, 'link', 'set', 'eth0', 'up');
    server = spawn('ip', ['netns', 'exec', upstream, process.execPath, '-e', SERVER], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      server?.stdout?.once('data', () => resolve());
      server?.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
  });

  after(async () => {
    if (server?.pid !== undefined && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    for (const ns of [router, vm, upstream]) await ip('netns', 'del', ns).catch(() => {});
  });

  test('without NAT the upstream cannot answer the guest', async () => {
    assert.equal(await connectFromVm(), 'timeout');
  });

  test("with NAT the guest reaches upstream and appears with the router's address", async () => {
    await nat.ensure({ bridge, gatewayCidr: '172.30.0.1/24' });
    assert.equal(await connectFromVm(), '10.99.0.1');
    const { stdout } = await ip('-n', router, '-j', 'addr', 'show', 'dev', bridge);
    const addresses = JSON.parse(stdout)[0].addr_info.map((a: { local: string }) => a.local);
    assert.deepEqual(
      addresses.filter((a: string) => a.includes('.')),
      ['172.30.0.1'],
    );
  });

  test('ensure again leaves exactly one masquerade rule', async () => {
    await nat.ensure({ bridge, gatewayCidr: '172.30.0.1/24' });
    const rules = await natRules();
    assert.equal(rules.length, 1);
    assert.match(JSON.stringify(rules[0]), /masquerade/);
    assert.match(JSON.stringify(rules[0]), /172\.30\.0\.0/);
  });

  test('remove takes the rule away, idempotently', async () => {
    await nat.remove();
    await nat.remove();
    assert.deepEqual(await natRules(), []);
    assert.equal(await connectFromVm(), 'timeout');
  });

  test("the host's own forwarding setting is untouched", async () => {
    assert.equal(await readFile('/proc/sys/net/ipv4/ip_forward', 'utf8'), hostForwarding);
  });
});

describe('parseGatewayCidr', () => {
  test('gives the subnet of a gateway address', () => {
    assert.equal(parseGatewayCidr('172.30.0.1/24'), '172.30.0.0/24');
    assert.equal(parseGatewayCidr('10.1.2.129/25'), '10.1.2.128/25');
    assert.equal(parseGatewayCidr('192.168.77.254/16'), '192.168.0.0/16');
  });

  test('refuses what is not a usable gateway', () => {
    for (const cidr of [
      '172.30.0.0/24',
      '172.30.0.255/24',
      '300.1.1.1/24',
      '1.2.3.4',
      '1.2.3.4/31',
      '1.2.3.4/4',
      'x',
    ]) {
      assert.throws(() => parseGatewayCidr(cidr), { code: 'VALIDATION_FAILED' }, cidr);
    }
  });
});
