// End-to-end latency of the VM lifecycle through the REST API of a running all-in-one Hearth
// (the e2e harness: real manager process, local agent in a throwaway network namespace, the
// simulator as VMM). Needs root. Prints median / p90 / max per operation over N VMs.
//   npx tsx bench/vm-lifecycle.bench.ts            (PGlite)
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/vm-lifecycle.bench.ts
// Most of a start is the VMM process coming up (the simulator is a Node process: tens of
// ms); a real Firecracker binds its socket in milliseconds.
import { type Hearth, startHearth } from '../e2e/support/hearth.ts';

const VMS = Number(process.env.BENCH_VMS ?? 10);
const samples = new Map<string, number[]>();

async function timed<T>(name: string, fn: () => Promise<{ status: number; body: T }>) {
  const started = performance.now();
  const res = await fn();
  const ms = performance.now() - started;
  if (res.status >= 300) throw new Error(`${name}: ${res.status} ${JSON.stringify(res.body)}`);
  samples.set(name, [...(samples.get(name) ?? []), ms]);
  return res.body;
}

function report(): void {
  const pct = (sorted: number[], p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  console.log(
    `\n${'operation'.padEnd(28)} ${'n'.padStart(3)} ${'median'.padStart(9)} ${'p90'.padStart(9)} ${'max'.padStart(9)}`,
  );
  for (const [name, values] of samples) {
    const s = [...values].sort((a, b) => a - b);
    const f = (v: number) => `${v.toFixed(1)} ms`.padStart(9);
    console.log(
      `${name.padEnd(28)} ${String(s.length).padStart(3)} ${f(pct(s, 50))} ${f(pct(s, 90))} ${f(s.at(-1)!)}`,
    );
  }
}

async function main(): Promise<void> {
  if (process.getuid?.() !== 0) throw new Error('run as root: the agent needs a network namespace');
  const kind = process.env.DATABASE_URL ? 'postgres' : 'pglite';
  console.log(`Hearth VM lifecycle over the REST API, ${VMS} VMs, ${kind}, simulator as VMM`);
  const hearth: Hearth = await startHearth(kind);
  try {
    const images = await hearth.images();
    for (let i = 0; i < VMS; i++) {
      const vm = await timed<{ id: string }>('create + start (1 NIC)', () =>
        hearth.api('POST', '/v1/vms', {
          name: `bench-${i}`,
          vcpu: 1,
          mem_mib: 128,
          kernel_image_id: images.kernel,
          rootfs_image_id: images.rootfs,
          nics: [{ iface_id: 'eth0' }],
        }),
      );
      await timed('add drive (running VM)', () =>
        hearth.api('POST', `/v1/vms/${vm.id}/drives`, { drive_id: 'data', size_bytes: 2 ** 30 }),
      );
      await timed('get VM (live attachment)', () => hearth.api('GET', `/v1/vms/${vm.id}`));
      await timed('stop', () => hearth.api('POST', `/v1/vms/${vm.id}/stop`));
      await timed('start (3 devices)', () => hearth.api('POST', `/v1/vms/${vm.id}/start`));
      await timed('delete (running VM)', () => hearth.api('DELETE', `/v1/vms/${vm.id}`));
    }
    await timed('list VMs', () => hearth.api('GET', '/v1/vms?limit=100'));
    report();
  } finally {
    await hearth.close();
  }
}

await main();
