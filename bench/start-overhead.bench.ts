// What Hearth adds to a VM start: `POST /v1/vms/{id}/start` of a stopped VM (rootfs + 4
// drives + 1 NIC) through a running all-in-one (manager, local agent in a network namespace)
// against a script that makes the same Firecracker calls itself: spawn the VMM, wait for its
// API socket, machine-config, boot-source, 5 drives, 1 network interface, logger, metrics,
// InstanceStart. Interleaved (Hearth, direct, Hearth, ...), median and p99 of each, and the
// ratio and the difference of the medians. Needs root (the agent's network namespace).
//   npx tsx bench/start-overhead.bench.ts                          simulator, PGlite
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/start-overhead.bench.ts
//   HEARTH_FIRECRACKER_BIN=/usr/local/bin/firecracker npx tsx bench/start-overhead.bench.ts
// The direct script runs its VMM in the same network namespace as the agent's (through
// `ip netns exec`, which adds one short-lived process to its side) with a TAP made there
// once, as a hand-written launcher would have it ready.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFile, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FirecrackerClient, SIMULATOR_BIN_PATH, waitForApiSocket } from '@hearth/firecracker';
import { startHearth } from '../e2e/support/hearth.ts';
import { SOCKET_POLL_MS } from '../packages/agent/src/launch/host-steps.ts';
import { interleaved, median, ratioTable } from './support/stats.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const DATA_DRIVES = 4;
const kind = process.env.DATABASE_URL ? 'postgres' : 'pglite';
if (process.getuid?.() !== 0) throw new Error('run as root: the agent needs a network namespace');

const hearth = await startHearth(kind);
const dir = await mkdtemp(join(tmpdir(), 'hearth-bench-start-'));
const bin = process.env.HEARTH_FIRECRACKER_BIN ?? SIMULATOR_BIN_PATH;
const directTap = 'fcbenchdirect0';
interface Step {
  name: string;
  duration_ms: number;
}
try {
  const netns = hearth.netns;
  if (!netns) throw new Error('no network namespace');
  const images = (await hearth.api('GET', '/v1/images')).body.items as {
    kind: string;
    path: string;
    id: string;
  }[];
  const kernel = images.find((i) => i.kind === 'kernel');
  const rootfs = images.find((i) => i.kind === 'rootfs');
  if (!kernel || !rootfs) throw new Error('no demo images');

  // Hearth's VM: created stopped, its drives provisioned by one first start.
  const created = await hearth.api('POST', '/v1/vms', {
    name: 'bench-start',
    vcpu: 1,
    mem_mib: 128,
    kernel_image_id: kernel.id,
    rootfs_image_id: rootfs.id,
    drives: Array.from({ length: DATA_DRIVES }, (_, i) => ({
      drive_id: `data${i}`,
      size_bytes: 64 * 2 ** 20,
    })),
    nics: [{ iface_id: 'eth0' }],
  });
  if (created.status !== 201 || created.body.state !== 'running') {
    throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`);
  }
  const vmId = created.body.id as string;
  const post = async (action: string) => {
    const res = await hearth.api('POST', `/v1/vms/${vmId}/${action}`);
    if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
  };
  await post('stop');

  // The direct script's files: a rootfs copy and four sparse drives, made once.
  const rootfsCopy = join(dir, 'rootfs.img');
  await copyFile(rootfs.path, rootfsCopy);
  const drives = [rootfsCopy];
  for (let i = 0; i < DATA_DRIVES; i++) {
    const file = join(dir, `data${i}.img`);
    await writeFile(file, '');
    await truncate(file, 64 * 2 ** 20);
    drives.push(file);
  }
  execFileSync('ip', ['-n', netns, 'tuntap', 'add', 'dev', directTap, 'mode', 'tap']);

  let round = 0;
  const directSocketMs: number[] = [];
  async function directStart(): Promise<number> {
    const socketPath = join(dir, `api-${round++}.sock`);
    const log = join(dir, 'firecracker.log');
    const metrics = join(dir, 'metrics.json');
    await writeFile(log, '');
    await writeFile(metrics, '');
    const started = performance.now();
    const vmm: ChildProcess = spawn(
      'ip',
      ['netns', 'exec', netns as string, bin, '--api-sock', socketPath, '--id', 'direct'],
      { stdio: 'ignore' },
    );
    const alive = () => vmm.exitCode === null && vmm.signalCode === null;
    const client = new FirecrackerClient({ socketPath });
    try {
      // polled as often as the agent polls (launch.wait-for-api-socket)
      await waitForApiSocket(socketPath, {
        timeoutMs: 15_000,
        intervalMs: SOCKET_POLL_MS,
        isAlive: alive,
      });
      directSocketMs.push(performance.now() - started);
      await client.putMachineConfig({ vcpu_count: 1, mem_size_mib: 128 });
      await client.putBootSource({
        kernel_image_path: kernel?.path as string,
        boot_args: 'console=ttyS0 reboot=k panic=1 pci=off',
      });
      for (const [i, path] of drives.entries()) {
        await client.putDrive({
          drive_id: i === 0 ? 'rootfs' : `data${i - 1}`,
          path_on_host: path,
          is_root_device: i === 0,
          is_read_only: false,
        });
      }
      await client.putNetworkInterface({ iface_id: 'eth0', host_dev_name: directTap });
      await client.putLogger({ log_path: log, level: 'Info', show_level: true });
      await client.putMetrics({ metrics_path: metrics });
      await client.instanceStart();
      return performance.now() - started;
    } finally {
      await client.close();
      if (alive()) {
        vmm.kill('SIGKILL');
        await once(vmm, 'exit');
      }
      await rm(socketPath, { force: true });
    }
  }

  // where Hearth's time goes: the agent's launch steps, from the "VM started" event
  const stepSamples = new Map<string, number[]>();
  const outsideSteps: number[] = [];
  async function hearthStart(): Promise<number> {
    const started = performance.now();
    await post('start');
    const ms = performance.now() - started;
    const events = await hearth.api('GET', `/v1/vms/${vmId}/events?limit=5`);
    const steps = (events.body.items as { message: string; data: { steps?: Step[] } }[]).find(
      (e) => e.message === 'VM started',
    )?.data.steps;
    if (steps) {
      for (const step of steps) {
        stepSamples.set(step.name, [...(stepSamples.get(step.name) ?? []), step.duration_ms]);
      }
      outsideSteps.push(ms - steps.reduce((sum, step) => sum + step.duration_ms, 0));
    }
    await post('stop');
    return ms;
  }

  const samples = await interleaved(
    { 'Hearth POST /start': hearthStart, 'direct Firecracker calls': directStart },
    ROUNDS,
  );
  const hearthMs = median(samples.get('Hearth POST /start') ?? []);
  const directMs = median(samples.get('direct Firecracker calls') ?? []);
  console.log(
    `VM start, rootfs + ${DATA_DRIVES} drives + 1 NIC, ${ROUNDS} interleaved rounds, ${kind}, VMM ${bin}`,
  );
  console.log(ratioTable(samples));
  console.log(
    `Hearth / direct: ${(hearthMs / directMs).toFixed(2)}×, +${(hearthMs - directMs).toFixed(1)} ms (medians)`,
  );
  console.log(
    `\ndirect: spawn until the API socket answers ${median(directSocketMs).toFixed(1)} ms, the calls ${(directMs - median(directSocketMs)).toFixed(1)} ms (medians)`,
  );
  console.log("Hearth's start by launch step (medians, agent-side):");
  for (const [name, values] of stepSamples) {
    console.log(`  ${name.padEnd(28)}${`${median(values).toFixed(1)} ms`.padStart(10)}`);
  }
  console.log(
    `  ${'outside the steps'.padEnd(28)}${`${median(outsideSteps).toFixed(1)} ms`.padStart(10)}  (manager, HTTP, database)`,
  );
  // What Hearth does that a direct script does not: its own steps and the manager's work.
  // (The spawn and the socket wait differ between the two sides by the spawning process,
  // so this is the figure to hold against the direct calls.)
  const own = ['launch.ensure-vm-dirs', 'launch.ensure-disks', 'launch.create-taps'].reduce(
    (sum, name) => sum + median(stepSamples.get(name) ?? [0]),
    median(outsideSteps),
  );
  console.log(
    `Hearth's own work per start (dirs, disk checks, TAPs, manager): ${own.toFixed(1)} ms, ${((own / directMs) * 100).toFixed(0)} % of the direct start`,
  );
} finally {
  if (hearth.netns) {
    try {
      execFileSync('ip', ['-n', hearth.netns, 'link', 'del', directTap], { stdio: 'ignore' });
    } catch {}
  }
  await hearth.close();
  await rm(dir, { recursive: true, force: true });
}
