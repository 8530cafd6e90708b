// Runs as root against the real kernel, but only inside a throwaway network namespace: the
// host's own interfaces are never touched, and the namespace goes away in `after`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { runIp } from '../src/network/host-command.ts';
import { IpNetworkManager } from '../src/network/network-manager.ts';
import { NEEDS_ROOT } from './support/netns.ts';

const run = promisify(execFile);

describe('IpNetworkManager in a throwaway network namespace', { skip: NEEDS_ROOT }, () => {
  const suffix = randomBytes(4).toString('hex');
  const netns = `hearth-a1-${suffix}`;
  // unique names, so the host-namespace check below cannot be fooled by a coincidence
  const bridge = `hbr${suffix}`;
  const otherBridge = `hbx${suffix}`;
  const tap = `htap${suffix}`;
  const network = new IpNetworkManager({ netns });

  before(async () => {
    await run('ip', ['netns', 'add', netns]);
  });

  after(async () => {
    await run('ip', ['netns', 'del', netns]);
  });

  test('ensureBridge creates the bridge up, and again is a no-op', async () => {
    await network.ensureBridge(bridge);
    assert.deepEqual(await network.link(bridge), {
      name: bridge,
      exists: true,
      master: null,
      up: true,
      kind: 'bridge',
    });
    await network.ensureBridge(bridge);
    assert.equal((await network.link(bridge)).up, true);
  });

  test('ensureBridge sets an existing, down bridge up', async () => {
    await run('ip', ['-n', netns, 'link', 'add', 'name', otherBridge, 'type', 'bridge']);
    assert.equal((await network.link(otherBridge)).up, false);
    await network.ensureBridge(otherBridge);
    assert.equal((await network.link(otherBridge)).up, true);
  });

  test('listBridges lists the bridges of the namespace', async () => {
    assert.deepEqual(await network.listBridges(), [bridge, otherBridge].sort());
  });

  test('createTaps makes a TAP enslaved to the bridge and up', async () => {
    await network.ensureBridge(bridge);
    await network.createTaps([tap], bridge);
    assert.deepEqual(await network.link(tap), {
      name: tap,
      exists: true,
      master: bridge,
      up: true,
      kind: 'tun',
    });
    const { stdout } = await run('ip', ['-n', netns, '-j', '-d', 'link', 'show', 'dev', tap]);
    assert.equal(JSON.parse(stdout)[0].linkinfo.info_data.type, 'tap');
  });

  test('createTaps again replaces the existing TAP', async () => {
    const index = async () => {
      const { stdout } = await run('ip', ['-n', netns, '-j', 'link', 'show', 'dev', tap]);
      return JSON.parse(stdout)[0].ifindex as number;
    };
    await network.createTaps([tap], bridge);
    const before = await index();
    await network.createTaps([tap], otherBridge);
    assert.notEqual(await index(), before);
    assert.equal((await network.link(tap)).master, otherBridge);
    assert.equal((await network.link(tap)).up, true);
  });

  test('createTaps onto a missing bridge creates the bridge first', async () => {
    const fresh = `hnb${suffix}`;
    const orphan = `hor${suffix}`;
    await network.createTaps([orphan], fresh);
    assert.equal((await network.link(fresh)).kind, 'bridge');
    assert.equal((await network.link(fresh)).up, true);
    assert.equal((await network.link(orphan)).master, fresh);
    await network.deleteTap(orphan);
    await run('ip', ['-n', netns, 'link', 'del', fresh]);
  });

  test('the TAPs of a launch, however many, take one ip process', async () => {
    const spawned: string[] = [];
    const counting = new IpNetworkManager({
      netns,
      runIp: (ns, args, input) => {
        spawned.push(`${args.join(' ')}${input ? `\n${input}` : ''}`);
        return runIp(ns, args, input);
      },
    });
    const taps = [`hq1${suffix}`, `hq2${suffix}`, `hq3${suffix}`];
    await network.ensureBridge(bridge);
    await counting.createTaps(taps, bridge);
    assert.equal(spawned.length, 1, spawned.join('\n'));
    for (const name of taps) {
      const link = await network.link(name);
      assert.deepEqual([link.kind, link.master, link.up], ['tun', bridge, true], name);
    }
    spawned.length = 0;
    for (const name of taps) await counting.deleteTap(name);
    assert.equal(spawned.length, 3, 'deleteTap is one process');
  });

  test('TAPs left by a crashed VMM, on another bridge and changed, are made anew', async () => {
    const taps = [`hs1${suffix}`, `hs2${suffix}`, `hs3${suffix}`];
    await network.createTaps(taps, bridge);
    await run('ip', ['-n', netns, 'link', 'set', 'dev', taps[1] as string, 'mtu', '1400']);
    const before = await run('ip', ['-n', netns, '-j', 'link', 'show', 'dev', taps[1] as string]);
    await network.createTaps(taps, otherBridge);
    for (const name of taps) {
      const link = await network.link(name);
      assert.deepEqual([link.kind, link.master, link.up], ['tun', otherBridge, true], name);
    }
    const after = await run('ip', ['-n', netns, '-j', 'link', 'show', 'dev', taps[1] as string]);
    const [was] = JSON.parse(before.stdout);
    const [now] = JSON.parse(after.stdout);
    assert.notEqual(now.ifindex, was.ifindex, 'a new device, not the old one reused');
    assert.equal(now.mtu, 1500);
    for (const name of taps) await network.deleteTap(name);
  });

  test('createTaps is all or nothing: a failure half-way leaves none of the TAPs', async () => {
    const taps = [`hz1${suffix}`, `hz2${suffix}`];
    // the second name is a bridge: the first TAP was made when its `tuntap del` refuses
    await assert.rejects(network.createTaps([taps[0] as string, bridge], otherBridge), {
      code: 'HOST_PRECONDITION_FAILED',
      message: `Link ${bridge} exists and is not a TAP: Hearth never deletes or reuses it.`,
    });
    assert.equal((await network.link(taps[0] as string)).exists, false);
    assert.equal((await network.link(bridge)).kind, 'bridge');
    // enslaving fails (lo cannot be a master) after both TAPs were created
    await assert.rejects(network.createTaps(taps, 'lo'), { code: 'HOST_COMMAND_FAILED' });
    for (const name of taps) assert.equal((await network.link(name)).exists, false, name);
  });

  test('deleteTap removes the TAP and is idempotent', async () => {
    await network.createTaps([tap], bridge);
    await network.deleteTap(tap);
    assert.deepEqual(await network.link(tap), {
      name: tap,
      exists: false,
      master: null,
      up: false,
      kind: null,
    });
    await network.deleteTap(tap);
  });

  test('links that are not TAPs are never deleted or turned into bridges', async () => {
    await assert.rejects(network.deleteTap(bridge), { code: 'HOST_PRECONDITION_FAILED' });
    await assert.rejects(network.createTaps([bridge], otherBridge), {
      code: 'HOST_PRECONDITION_FAILED',
    });
    await assert.rejects(network.deleteTap('lo'), { code: 'HOST_PRECONDITION_FAILED' });
    assert.equal((await network.link(bridge)).kind, 'bridge');
    assert.equal((await network.link('lo')).exists, true);
    await network.createTaps([tap], bridge);
    await assert.rejects(network.ensureBridge(tap), { code: 'HOST_PRECONDITION_FAILED' });
    await network.deleteTap(tap);
  });

  test('interface names are validated before any command runs', async () => {
    for (const name of ['', 'a-name-longer-than-15', 'bad name', 'x;reboot', '../x']) {
      await assert.rejects(network.link(name), { code: 'VALIDATION_FAILED' }, name);
      await assert.rejects(network.createTaps([name], bridge), { code: 'VALIDATION_FAILED' }, name);
    }
  });

  test("nothing was created in the host's namespace", async () => {
    const host = new IpNetworkManager();
    for (const name of [bridge, otherBridge, tap]) {
      assert.equal((await host.link(name)).exists, false, name);
    }
    assert.ok(!(await host.listBridges()).includes(bridge));
  });
});
