// Latency of FirecrackerClient calls against a Firecracker process (the simulator unless
// HEARTH_FIRECRACKER_BIN names another binary), printed next to the figures recorded against
// the real Firecracker v1.14.2 (packages/firecracker/docs/contract-transcript.md, "Latency").
//   npx tsx bench/firecracker-client.bench.ts
// The reference opened a new connection per call, so both modes are measured: the client's
// normal kept-alive connection, and a fresh client (hence connection) per call.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FirecrackerClient, SIMULATOR_BIN_PATH, waitForApiSocket } from '@hearth/firecracker';

const WARM_UP = 10;
const CALLS = 200;
const REFERENCE_MS: Record<string, [number, number, number]> = {
  'PUT /drives/bench': [0.44, 0.76, 3.6],
  'GET /vm/config': [0.42, 0.55, 3.2],
};

async function measure(call: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARM_UP; i++) await call();
  const samples: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const started = performance.now();
    await call();
    samples.push(performance.now() - started);
  }
  return samples.sort((a, b) => a - b);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (value: number) => `${value.toFixed(2)} ms`.padStart(9);

const bin = process.env.HEARTH_FIRECRACKER_BIN ?? SIMULATOR_BIN_PATH;
const dir = await mkdtemp(join(tmpdir(), 'hearth-bench-fc-'));
const socketPath = join(dir, 'api.sock');
const image = join(dir, 'bench.img');
await writeFile(image, '');
await truncate(image, 64 * 1024 * 1024);

const vmm = spawn(bin, ['--api-sock', socketPath, '--id', 'bench'], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
const alive = () => vmm.exitCode === null && vmm.signalCode === null;
try {
  await waitForApiSocket(socketPath, { timeoutMs: 10_000, isAlive: alive });
  const kept = new FirecrackerClient({ socketPath });
  const version = (await kept.getVersion()).firecracker_version;
  const drive = { drive_id: 'bench', path_on_host: image, is_root_device: false };
  const fresh = async (call: (client: FirecrackerClient) => Promise<unknown>) => {
    const client = new FirecrackerClient({ socketPath });
    try {
      await call(client);
    } finally {
      await client.close();
    }
  };
  const cases: Array<[string, string, () => Promise<unknown>]> = [
    ['PUT /drives/bench', 'keep-alive', () => kept.putDrive(drive)],
    ['PUT /drives/bench', 'new connection', () => fresh((c) => c.putDrive(drive))],
    ['GET /vm/config', 'keep-alive', () => kept.getVmConfig()],
    ['GET /vm/config', 'new connection', () => fresh((c) => c.getVmConfig())],
  ];

  console.log(`${bin} (Firecracker ${version}), ${CALLS} calls after ${WARM_UP} warm-up`);
  console.log(
    `${'request'.padEnd(18)} ${'connection'.padEnd(15)} ${'median'.padStart(9)} ${'p90'.padStart(9)} ${'p99'.padStart(9)}   real v1.14.2 (new connection)`,
  );
  for (const [request, mode, call] of cases) {
    const sorted = await measure(call);
    const reference = REFERENCE_MS[request]!.map((v) => `${v} ms`).join(' / ');
    console.log(
      `${request.padEnd(18)} ${mode.padEnd(15)} ${ms(percentile(sorted, 50))} ${ms(percentile(sorted, 90))} ${ms(percentile(sorted, 99))}   ${reference}`,
    );
  }
  await kept.close();
} finally {
  if (alive()) {
    vmm.kill('SIGKILL');
    await once(vmm, 'exit');
  }
  await rm(dir, { recursive: true, force: true });
}
