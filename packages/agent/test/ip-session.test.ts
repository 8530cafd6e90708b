// The long-lived `ip -batch` session (ip-session.ts) against the real kernel, inside a
// throwaway network namespace: it must answer every script exactly as a one-shot
// `ip -batch -` process does, run scripts in one process, and replace a process that died.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { type HostCommandError, runIp } from '../src/network/host-command.ts';
import { IpSession } from '../src/network/ip-session.ts';
import { NEEDS_ROOT } from './support/netns.ts';

const run = promisify(execFile);

describe('IpSession in a throwaway network namespace', { skip: NEEDS_ROOT }, () => {
  const suffix = randomBytes(4).toString('hex');
  const netns = `hearth-is-${suffix}`;
  const bridge = `hib${suffix}`;
  const session = new IpSession(netns);

  before(() => run('ip', ['netns', 'add', netns]));
  after(async () => {
    session.close();
    await run('ip', ['netns', 'del', netns]);
  });

  /** stderr of a failed script, or '' when it succeeded */
  const oneShot = (script: string[], force = false) =>
    runIp(netns, force ? ['-force', '-batch', '-'] : ['-batch', '-'], `${script.join('\n')}\n`)
      .then(() => '')
      .catch((error: HostCommandError) => error.stderr);
  const throughSession = (script: string[], force = false) =>
    session
      .run(script, { force })
      .then(() => '')
      .catch((error: HostCommandError) => error.stderr);
  const sessionPids = async () =>
    (
      await run('pgrep', ['-f', `^ip -n ${netns} -force -batch -$`]).catch(() => ({ stdout: '' }))
    ).stdout
      .split('\n')
      .filter(Boolean);

  test('answers as a one-shot ip -batch: success, the first failure and its line, -force', async () => {
    const tap = `hit${suffix}`;
    const make = [
      `link add name ${bridge} type bridge`,
      `link set dev ${bridge} up`,
      `tuntap add dev ${tap} mode tap`,
      `link set dev ${tap} master ${bridge} up`,
    ];
    assert.equal(await throughSession(make), '');
    const link = JSON.parse((await run('ip', ['-n', netns, '-j', 'link', 'show', tap])).stdout);
    assert.equal(link[0].master, bridge);

    // the same failing scripts, once as a process and once through the session
    const scripts: Array<[string[], boolean]> = [
      [
        [`link set dev ${bridge} up`, `tuntap add dev ${bridge} mode tap`, 'link set dev lo up'],
        false,
      ],
      [[`link set dev nothere${suffix.slice(0, 4)} up`, `tuntap add dev ${tap} mode tap`], false],
      [[`tuntap del dev ${bridge} mode tap`, 'link set dev lo up', 'link set dev nope up'], true],
    ];
    for (const [script, force] of scripts) {
      const expected = await oneShot(script, force);
      assert.notEqual(expected, '', `${script.join('; ')} fails`);
      assert.equal(await throughSession(script, force), expected, script.join('; '));
    }
    // a failed command stopped the script: the line after it did not run
    assert.equal(await throughSession([`tuntap del dev ${tap} mode tap`]), '');
  });

  test('scripts share one process; one that died is replaced, and the script that met it fails', async () => {
    for (let i = 0; i < 5; i++) assert.equal(await throughSession(['link set dev lo up']), '');
    const [pid, ...more] = await sessionPids();
    assert.ok(pid, 'a session process runs');
    assert.deepEqual(more, []);
    process.kill(Number(pid), 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 50));
    // the death may be noticed by this script (it fails) or before it (it runs anew)
    await session.run(['link set dev lo up']).catch(() => {});
    assert.equal(await throughSession(['link set dev lo up']), '');
    const after = await sessionPids();
    assert.equal(after.length, 1);
    assert.notEqual(after[0], pid);
  });

  test('a command of more than one line is refused, nothing runs', async () => {
    await assert.rejects(session.run([`link set dev lo up\nlink del ${bridge}`]), /one line/);
    const link = JSON.parse((await run('ip', ['-n', netns, '-j', 'link', 'show', bridge])).stdout);
    assert.equal(link[0].ifname, bridge);
  });
});
