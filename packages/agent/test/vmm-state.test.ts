// The VMM state file and process identity: atomic writes, tolerant reads, and a pid that is
// only "alive" while it is the same process (start time) and not a zombie.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmod, copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { isSameProcessAlive, readProcessStat } from '../src/state/proc-stat.ts';
import {
  listVmIdsWithState,
  readVmmState,
  type VmmStateRecord,
  writeVmmState,
} from '../src/state/vmm-state-file.ts';

describe('VMM state files', () => {
  let root: string;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'hearth-a2-state-'));
  });
  after(() => rm(root, { recursive: true, force: true }));

  const record = (vmId: string): VmmStateRecord => ({
    vm_id: vmId,
    pid: 4242,
    process_start_time: '123456',
    socket_path: `/x/${vmId}/sock/firecracker.sock`,
    tap_names: ['fcabc-1'],
    started_at: new Date().toISOString(),
    binary: '/usr/bin/firecracker',
    exited_at: null,
    exit_code: null,
    exit_signal: null,
  });

  test('write then read round-trips, replacing atomically without temp files left', async () => {
    const vmId = randomUUID();
    await mkdir(join(root, vmId));
    const path = join(root, vmId, 'vmm.json');
    await writeVmmState(path, record(vmId));
    await writeVmmState(path, { ...record(vmId), pid: 99 });
    assert.equal((await readVmmState(path))?.pid, 99);
    assert.deepEqual(await readdir(join(root, vmId)), ['vmm.json']);
  });

  test("an older record's drives read with size_bytes null; a recorded size is kept", async () => {
    const vmId = randomUUID();
    await mkdir(join(root, vmId));
    const path = join(root, vmId, 'vmm.json');
    const drive = { drive_id: 'data', path_on_host: '/d', real_path: '/d', is_read_only: false };
    // written by an agent that did not record sizes
    await writeFile(path, JSON.stringify({ ...record(vmId), drives: [drive] }));
    assert.deepEqual((await readVmmState(path))?.drives, [{ ...drive, size_bytes: null }]);
    await writeVmmState(path, { ...record(vmId), drives: [{ ...drive, size_bytes: 4096 }] });
    assert.deepEqual((await readVmmState(path))?.drives, [{ ...drive, size_bytes: 4096 }]);
  });

  test('a missing file reads as null; a foreign JSON file is an error', async () => {
    assert.equal(await readVmmState(join(root, 'nope.json')), null);
    const bad = join(root, 'bad.json');
    await writeFile(bad, '{"hello": 1}');
    await assert.rejects(readVmmState(bad), /not a VMM state record/);
  });

  test('lists only VM-id directories that hold a state file', async () => {
    const withState = randomUUID();
    const without = randomUUID();
    await mkdir(join(root, withState));
    await mkdir(join(root, without));
    await mkdir(join(root, 'not-a-vm'));
    await writeVmmState(join(root, withState, 'vmm.json'), record(withState));
    await writeVmmState(join(root, 'not-a-vm', 'vmm.json'), record('not-a-vm'));
    const ids = await listVmIdsWithState(root);
    assert.ok(ids.includes(withState));
    assert.ok(!ids.includes(without));
    assert.ok(!ids.includes('not-a-vm'));
    assert.deepEqual(await listVmIdsWithState(join(root, 'missing-root')), []);
  });
});

describe('process identity from /proc', () => {
  test('a live process matches its own start time only; after exit it is gone', async () => {
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      const pid = child.pid!;
      const stat = await readProcessStat(pid);
      assert.ok(stat);
      assert.match(stat.startTime, /^\d+$/);
      assert.equal(await isSameProcessAlive(pid, stat.startTime), true);
      assert.equal(await isSameProcessAlive(pid, `${stat.startTime}1`), false, 'recycled pid');
      child.kill('SIGKILL');
      await exited;
      assert.equal(await isSameProcessAlive(pid, stat.startTime), false);
    } finally {
      child.kill('SIGKILL');
    }
  });

  test('a command name with spaces and parentheses does not shift the fields', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hearth-a2-comm-'));
    const oddName = join(dir, 'a b) (c');
    await copyFile('/bin/sleep', oddName);
    await chmod(oddName, 0o755);
    const child = spawn(oddName, ['30'], { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      await new Promise((resolve) => child.once('spawn', resolve));
      const stat = await readProcessStat(child.pid!);
      assert.ok(stat);
      assert.match(stat.state, /^[RS]$/);
      assert.match(stat.startTime, /^\d+$/);
      const ours = await readProcessStat(process.pid);
      assert.ok(
        Number(stat.startTime) >= Number(ours?.startTime),
        'started after this test process',
      );
    } finally {
      child.kill('SIGKILL');
      await exited;
      await rm(dir, { recursive: true, force: true });
    }
  });
});
