// The first page of GET /v1/vms as the fleet grows: listVms (the query behind the route) on
// tables of 1k, 10k and 100k VMs, next to the query as it was before issue 11 (ORDER BY
// date_trunc('milliseconds', created_at), id: the (created_at, id) index cannot serve it, so
// every page scanned and sorted the whole table). Queries are interleaved across sizes and
// variants; the figure that matters is p50 at 100k over p50 at 1k (flat is ≤ 1.3×).
//   npx tsx bench/list-scale.bench.ts                               PGlite
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/list-scale.bench.ts
// BENCH_SIZES=1000,10000 for a shorter run; BENCH_ROUNDS (default 30) queries per cell.
import { sql } from 'kysely';
import { type OpenDatabase, openDatabase } from '../packages/manager/src/db/database.ts';
import { migrate } from '../packages/manager/src/db/migrate.ts';
import { listVms } from '../packages/manager/src/vms/vms.repository.ts';
import {
  createTestDatabase,
  type TestDatabase,
} from '../packages/manager/test/support/databases.ts';
import { insertFleet } from '../packages/manager/test/support/fleet.ts';
import { interleaved, median, percentile } from './support/stats.ts';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const PAGE = 50;
const kind = process.env.DATABASE_URL ? 'postgres' : 'pglite';

async function fleet(size: number): Promise<{ open: OpenDatabase; testDb: TestDatabase }> {
  const testDb = await createTestDatabase(kind);
  const open = await openDatabase(testDb.config);
  await migrate(open.db);
  await insertFleet(open.db, size);
  return { open, testDb };
}

/** The list query before issue 11, kept here only to measure it side by side. */
const before = (open: OpenDatabase) =>
  sql`SELECT vm.*,
        (SELECT count(*) FROM vm_drive WHERE vm_drive.vm_id = vm.id) AS drive_count,
        (SELECT count(*) FROM vm_nic WHERE vm_nic.vm_id = vm.id) AS nic_count
      FROM vm ORDER BY date_trunc('milliseconds', vm.created_at), vm.id LIMIT ${PAGE}`.execute(
    open.db,
  );

const timed = async (fn: () => Promise<unknown>) => {
  const started = performance.now();
  await fn();
  return performance.now() - started;
};

const fleets = new Map<number, Awaited<ReturnType<typeof fleet>>>();
try {
  for (const size of SIZES) {
    const started = performance.now();
    fleets.set(size, await fleet(size));
    console.log(`# ${size} VMs inserted in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const variants: Record<string, () => Promise<number>> = {};
  for (const [size, { open }] of fleets) {
    variants[`now ${size}`] = () => timed(() => listVms(open.db, { limit: PAGE }));
    variants[`before ${size}`] = () => timed(() => before(open));
  }
  const samples = await interleaved(variants, ROUNDS);
  console.log(`\nfirst page (${PAGE} VMs) of the VM list, ${kind}, ${ROUNDS} interleaved rounds`);
  console.log(
    `${'VMs'.padStart(8)}  ${'now p50'.padStart(9)} ${'now p99'.padStart(9)}  ${'before p50'.padStart(10)} ${'before p99'.padStart(10)}  before/now`,
  );
  const f = (v: number) => `${v.toFixed(2)} ms`;
  for (const size of SIZES) {
    const now = samples.get(`now ${size}`) ?? [];
    const old = samples.get(`before ${size}`) ?? [];
    console.log(
      `${String(size).padStart(8)}  ${f(median(now)).padStart(9)} ${f(percentile(now, 99)).padStart(9)}  ${f(median(old)).padStart(10)} ${f(percentile(old, 99)).padStart(10)}  ${(median(old) / median(now)).toFixed(1)}×`,
    );
  }
  const first = SIZES[0] as number;
  const last = SIZES.at(-1) as number;
  const growth = (variant: string) =>
    median(samples.get(`${variant} ${last}`) ?? []) /
    median(samples.get(`${variant} ${first}`) ?? []);
  console.log(
    `\np50 at ${last} / p50 at ${first}: now ${growth('now').toFixed(2)}×, before ${growth('before').toFixed(2)}×`,
  );
} finally {
  for (const { open, testDb } of fleets.values()) {
    await open.close();
    await testDb.drop();
  }
}
