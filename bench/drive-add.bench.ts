// Drive adds through the REST API of a running all-in-one (real manager process, local
// agent, the simulator): `POST /v1/vms/{id}/drives` of a 10 GiB provisioned drive (a sparse
// file the agent creates), by 1 client and by 16 concurrent clients, each client on a VM of
// its own, running, so every answer also compares against the live VMM. Prints throughput
// and p50/p99 latency per concurrency; the rounds alternate c=1 and c=16.
//   npx tsx bench/drive-add.bench.ts                                (root; PGlite)
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/drive-add.bench.ts
// BENCH_ROUNDS (default 3) rounds of BENCH_ADDS (default 10) adds per client.
import { startHearth } from '../e2e/support/hearth.ts';
import { median, percentile } from './support/stats.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ADDS = Number(process.env.BENCH_ADDS ?? 10);
const CONCURRENCY = [1, 16];
const VMS = 8;
const kind = process.env.DATABASE_URL ? 'postgres' : 'pglite';
if (process.getuid?.() !== 0) throw new Error('run as root: the agent needs a network namespace');

const hearth = await startHearth(kind);
try {
  const images = await hearth.images();
  const vms: string[] = [];
  for (let i = 0; i < VMS; i++) {
    const res = await hearth.api('POST', '/v1/vms', {
      name: `bench-drives-${i}`,
      vcpu: 1,
      mem_mib: 128,
      kernel_image_id: images.kernel,
      rootfs_image_id: images.rootfs,
    });
    if (res.status !== 201) throw new Error(`create: ${res.status} ${JSON.stringify(res.body)}`);
    vms.push(res.body.id);
  }

  const latencies = new Map(CONCURRENCY.map((c) => [c, [] as number[]]));
  const throughput = new Map(CONCURRENCY.map((c) => [c, [] as number[]]));
  let serial = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const clients of CONCURRENCY) {
      const started = performance.now();
      await Promise.all(
        Array.from({ length: clients }, (_, client) => vms[client % VMS] as string).map(
          async (vmId) => {
            for (let i = 0; i < ADDS; i++) {
              const t = performance.now();
              const res = await hearth.api('POST', `/v1/vms/${vmId}/drives`, {
                drive_id: `d${serial++}`,
                size_bytes: 10 * 2 ** 30,
              });
              latencies.get(clients)?.push(performance.now() - t);
              if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
            }
          },
        ),
      );
      throughput.get(clients)?.push((clients * ADDS * 1000) / (performance.now() - started));
    }
  }
  console.log(
    `drive add (10 GiB, provisioned, running VM), ${kind}, ${ROUNDS} rounds × ${ADDS} adds per client`,
  );
  console.log(
    `${'clients'.padStart(8)}${'adds/s'.padStart(10)}${'p50'.padStart(11)}${'p99'.padStart(11)}`,
  );
  for (const clients of CONCURRENCY) {
    const lat = latencies.get(clients) ?? [];
    console.log(
      `${String(clients).padStart(8)}${median(throughput.get(clients) ?? [])
        .toFixed(0)
        .padStart(
          10,
        )}${`${median(lat).toFixed(1)} ms`.padStart(11)}${`${percentile(lat, 99).toFixed(1)} ms`.padStart(11)}`,
    );
  }
  for (const vmId of vms) await hearth.api('DELETE', `/v1/vms/${vmId}`);
} finally {
  await hearth.close();
}
