// DetachedProcessSupervisor against real processes (the simulator as the VMM binary):
// detached spawn, identity-checked liveness and kill, exit status as parent, stale socket
// handling, console log tail.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { SIMULATOR_BIN_PATH, waitForApiSocket } from '@hearth/firecracker';
import { AgentError } from '../src/errors.ts';
import {
  DetachedProcessSupervisor,
  type ExitStatus,
  type VmmProcess,
} from '../src/vmm/process-supervisor.ts';

describe('DetachedProcessSupervisor', () => {
  let dir: string;
  const exits: { vmId: string; status: ExitStatus }[] = [];
  const supervisor = new DetachedProcessSupervisor({
    onExit: (vmId, _proc, status) => exits.push({ vmId, status }),
  });
  const started: VmmProcess[] = [];

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hearth-a2-sup-'));
  });
  after(async () => {
    for (const proc of started) await supervisor.kill(proc);
    await rm(dir, { recursive: true, force: true });
  });

  async function spawnSimulator(vmId: string, apiSocket: string) {
    const proc = await supervisor.spawn({
      binary: SIMULATOR_BIN_PATH,
      vmId,
      apiSocket,
      consoleLog: join(dir, `${vmId}.log`),
    });
    started.push(proc);
    return proc;
  }

  test('spawns detached in its own session, serves its socket, refuses to remove a live socket', async () => {
    const vmId = randomUUID();
    const socket = join(dir, `${vmId}.sock`);
    const proc = await spawnSimulator(vmId, socket);
    await waitForApiSocket(socket, {
      timeoutMs: 15_000,
      isAlive: () => supervisor.isChildRunning(proc),
    });
    assert.equal(await supervisor.isAlive(proc), true);
    assert.equal(await supervisor.isAlive({ pid: proc.pid, startTime: '1' }), false);
    const stat = await readFile(`/proc/${proc.pid}/stat`, 'utf8');
    const session = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[6 - 3];
    assert.equal(Number(session), proc.pid, 'session leader: agent signals do not reach it');

    await assert.rejects(
      supervisor.removeStaleSocket(socket),
      (err: unknown) => err instanceof AgentError && err.code === 'VMM_ALREADY_RUNNING',
    );
    assert.ok(existsSync(socket));

    await supervisor.kill(proc);
    assert.equal(await supervisor.isAlive(proc), false);
    for (let i = 0; i < 50 && supervisor.exitStatus(proc) === null; i++) await sleep(20);
    assert.deepEqual(supervisor.exitStatus(proc), { code: null, signal: 'SIGKILL' });
    assert.deepEqual(exits.find((e) => e.vmId === vmId)?.status, { code: null, signal: 'SIGKILL' });

    assert.ok(existsSync(socket), 'a killed VMM leaves its socket behind');
    await supervisor.removeStaleSocket(socket);
    assert.equal(existsSync(socket), false);
  });

  test("a VMM's environment holds PATH and the simulator's knobs, no agent secret", async () => {
    const saved = { ...process.env };
    Object.assign(process.env, {
      HEARTH_AGENT_TOKEN: 'secret-token-of-the-agent',
      HEARTH_SIM_SHUTDOWN_DELAY_MS: '250',
      NODE_EXTRA_CA_CERTS: '/etc/ssl/certs/ca-certificates.crt',
    });
    try {
      const vmId = randomUUID();
      const socket = join(dir, `${vmId}.sock`);
      const proc = await spawnSimulator(vmId, socket);
      await waitForApiSocket(socket, {
        timeoutMs: 15_000,
        isAlive: () => supervisor.isChildRunning(proc),
      });
      const environ = (await readFile(`/proc/${proc.pid}/environ`, 'utf8')).split('\0');
      const names = environ.filter(Boolean).map((entry) => entry.split('=')[0]);
      assert.deepEqual(names.sort(), ['HEARTH_SIM_SHUTDOWN_DELAY_MS', 'PATH']);
      await supervisor.kill(proc);
    } finally {
      for (const name of [
        'HEARTH_AGENT_TOKEN',
        'HEARTH_SIM_SHUTDOWN_DELAY_MS',
        'NODE_EXTRA_CA_CERTS',
      ]) {
        if (saved[name] === undefined) delete process.env[name];
        else process.env[name] = saved[name];
      }
    }
  });

  test('a VMM started on a leftover socket exits 1; its log tail says why', async () => {
    const vmId = randomUUID();
    const socket = join(dir, `${vmId}.sock`);
    await writeFile(socket, '');
    const proc = await spawnSimulator(vmId, socket);
    assert.equal(await supervisor.waitForExit(proc, 15_000), true);
    for (let i = 0; i < 50 && supervisor.exitStatus(proc) === null; i++) await sleep(20);
    assert.equal(supervisor.exitStatus(proc)?.code, 1);
    const lines = await supervisor.lastLogLines(join(dir, `${vmId}.log`), 5);
    assert.ok(
      lines.some((line) => line.includes('FailedToBindSocket')),
      lines.join('\n'),
    );
  });

  test('a missing binary is a host precondition failure', async () => {
    await assert.rejects(
      supervisor.spawn({
        binary: join(dir, 'no-such-firecracker'),
        vmId: randomUUID(),
        apiSocket: join(dir, 'x.sock'),
        consoleLog: join(dir, 'x.log'),
      }),
      (err: unknown) => err instanceof AgentError && err.code === 'HOST_PRECONDITION_FAILED',
    );
  });

  test('the log tail reads only the end of a large log and drops the cut line', async () => {
    const log = join(dir, 'big.log');
    const lines = Array.from({ length: 5000 }, (_, i) => `line ${i} ${'x'.repeat(40)}`);
    await writeFile(log, `${lines.join('\n')}\n`);
    assert.deepEqual(await supervisor.lastLogLines(log, 3), lines.slice(-3));
    assert.deepEqual(await supervisor.lastLogLines(join(dir, 'none.log'), 3), []);
  });
});
