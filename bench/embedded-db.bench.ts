// How embedded PGlite should run in the manager (issue 11): on the manager's event loop as
// before ("in-loop"), in a worker thread (what openDatabase does now, "worker"), or served over
// the PostgreSQL wire protocol by a child process (pglite-socket, "socket child"); plus the
// memory knobs PGlite offers (shared_buffers, V8's WebAssembly tiers).
//
// Part 1, latency and event-loop delay, one process, 10k VMs in each database, variants
// interleaved A B C A B C: the VM list page (listVms, 50 rows) and a drive insert in a
// transaction (SELECT ... FOR UPDATE, INSERT, UPDATE), each alone and 16 at once, and the
// reconciler's read of all 10k VMs. Then, per variant in blocks, monitorEventLoopDelay records
// how late the manager's loop was under that load: with PGlite on the loop, queries stall it.
// Part 2, memory: one fresh process per variant and phase (first start: initdb + 10k VMs;
// restart: open that data directory), the same workload, then VmRSS and VmHWM (peak) of the
// process plus its children, from /proc. Rounds interleaved, median printed.
//   npx tsx bench/embedded-db.bench.ts
// BENCH_ROUNDS (default 30) latency rounds, BENCH_RSS_ROUNDS (default 2), BENCH_PARTS=latency,rss.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { PGlite } from '@electric-sql/pglite';
import { type Kysely, Kysely as KyselyDb, PostgresDialect, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { openDatabase, PGLITE_SETTINGS } from '../packages/manager/src/db/database.ts';
import { migrate } from '../packages/manager/src/db/migrate.ts';
import { PGliteThread } from '../packages/manager/src/db/pglite-thread.ts';
import { PGliteThreadDialect } from '../packages/manager/src/db/pglite-thread-dialect.ts';
import type { Database } from '../packages/manager/src/db/schema.ts';
import { listVms, listVmsForReconcile } from '../packages/manager/src/vms/vms.repository.ts';
import { insertFleet } from '../packages/manager/test/support/fleet.ts';
import { interleaved, median, percentile } from './support/stats.ts';

const FLEET = 10_000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const RSS_ROUNDS = Number(process.env.BENCH_RSS_ROUNDS ?? 2);
const PARTS = (process.env.BENCH_PARTS ?? 'latency,rss').split(',');
const SOCKET_SERVER = new URL('./support/pglite-socket-server.mjs', import.meta.url).pathname;

interface Handle {
  db: Kysely<Database>;
  /** pids of child processes whose memory counts too */
  children: number[];
  close(): Promise<void>;
}

/** What each variant opens; `settings` are postgres -c settings (empty: PGlite's defaults). */
const VARIANTS: Record<string, (dir: string) => Promise<Handle>> = {
  'in-loop': (dir) => inLoop(dir, {}),
  'in-loop 16MB': (dir) => inLoop(dir, PGLITE_SETTINGS),
  worker: async (dir) => {
    const open = await openDatabase({ kind: 'pglite', dataDir: dir });
    return { db: open.db, children: [], close: open.close };
  },
  'worker 128MB': async (dir) => {
    const thread = new PGliteThread({ dataDir: dir, settings: {} });
    await thread.session();
    const db = new KyselyDb<Database>({ dialect: new PGliteThreadDialect(thread) });
    return { db, children: [], close: () => thread.close() };
  },
  'socket child': (dir) => socketChild(dir, PGLITE_SETTINGS),
};
/** variant name -> [variant that opens it, extra node flags]: V8 flags are per process */
const RSS_VARIANTS: Record<string, [string, string[]]> = {
  'in-loop': ['in-loop', []],
  'in-loop 16MB': ['in-loop 16MB', []],
  'worker 128MB': ['worker 128MB', []],
  worker: ['worker', []],
  'worker --liftoff-only': ['worker', ['--liftoff-only']],
  'socket child': ['socket child', []],
};

const startParams = (settings: Record<string, string>) => [
  ...PGlite.defaultStartParams,
  ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
];

async function inLoop(dir: string, settings: Record<string, string>): Promise<Handle> {
  const pglite = new PGlite(dir, { startParams: startParams(settings) });
  await pglite.waitReady;
  const db = new KyselyDb<Database>({ dialect: new PGliteDialect(pglite) });
  return { db, children: [], close: () => db.destroy() };
}

async function socketChild(dir: string, settings: Record<string, string>): Promise<Handle> {
  const socketDir = await mkdtemp(join(tmpdir(), 'hearth-pgsock-')); // mode 0700
  const child: ChildProcess = spawn(
    process.execPath,
    [SOCKET_SERVER, dir, socketDir, JSON.stringify(settings)],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const [first] = (await Promise.race([once(lines, 'line'), once(child, 'exit')])) as unknown[];
  if (first !== 'ready') throw new Error(`socket child did not start (${String(first)})`);
  const pool = new pg.Pool({ host: socketDir, user: 'postgres', database: 'postgres', max: 1 });
  const db = new KyselyDb<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    children: child.pid ? [child.pid] : [],
    close: async () => {
      await db.destroy();
      child.stdin?.end();
      if (child.exitCode === null) await once(child, 'exit');
      await rm(socketDir, { recursive: true, force: true });
    },
  };
}

/** A fleet of 10k VMs plus what the workload needs: VM ids and the host id. */
async function prepare(db: Kysely<Database>, fresh: boolean) {
  if (fresh) {
    await migrate(db);
    await insertFleet(db, FLEET);
  }
  const vms = await db.selectFrom('vm').select('id').limit(1000).execute();
  const host = await db.selectFrom('host').select('id').executeTakeFirstOrThrow();
  let n = 0;
  const addDrive = () =>
    db.transaction().execute(async (trx) => {
      const vm = vms[n++ % vms.length]?.id as string;
      await sql`SELECT id FROM vm WHERE id = ${vm} FOR UPDATE`.execute(trx);
      await sql`INSERT INTO vm_drive (id, vm_id, drive_id, path_on_host, size_bytes, source)
        VALUES (gen_random_uuid(), ${vm}, ${`d${n}_${process.pid}`}, '/x', 1024, 'provisioned')`.execute(
        trx,
      );
      await sql`UPDATE vm SET updated_at = now() WHERE id = ${vm}`.execute(trx);
    });
  return {
    list: () => listVms(db, { limit: 50 }),
    addDrive,
    reconcileRead: () => listVmsForReconcile(db, host.id),
  };
}

const timed = async (fn: () => Promise<unknown>) => {
  const started = performance.now();
  await fn();
  return performance.now() - started;
};
const times = (k: number, fn: () => Promise<unknown>) => () =>
  Promise.all(Array.from({ length: k }, fn));

async function latency(): Promise<void> {
  const names = ['in-loop', 'worker', 'socket child'];
  const opened: { name: string; handle: Handle; dir: string }[] = [];
  try {
    const work: Record<string, Awaited<ReturnType<typeof prepare>>> = {};
    for (const name of names) {
      const dir = await mkdtemp(join(tmpdir(), 'hearth-edb-'));
      const handle = await (VARIANTS[name] as (d: string) => Promise<Handle>)(dir);
      opened.push({ name, handle, dir });
      work[name] = await prepare(handle.db, true);
    }
    const variants: Record<string, () => Promise<number>> = {};
    const ops = {
      list: (w: (typeof work)[string]) => w.list,
      'list ×16': (w: (typeof work)[string]) => times(16, w.list),
      'drive tx': (w: (typeof work)[string]) => w.addDrive,
      'drive tx ×16': (w: (typeof work)[string]) => times(16, w.addDrive),
      'reconcile read 10k': (w: (typeof work)[string]) => w.reconcileRead,
    };
    for (const [op, make] of Object.entries(ops)) {
      for (const name of names) {
        const run = make(work[name] as (typeof work)[string]);
        variants[`${op} | ${name}`] = () => timed(run);
      }
    }
    const samples = await interleaved(variants, ROUNDS);
    const f = (v: number) => `${v.toFixed(2)} ms`.padStart(11);
    console.log(
      `\nlatency, ${FLEET} VMs, ${ROUNDS} interleaved rounds (median, p99; ratio of medians to in-loop)`,
    );
    console.log(
      `${'operation'.padEnd(20)}${'variant'.padEnd(14)}${'median'.padStart(11)}${'p99'.padStart(11)}${'ratio'.padStart(8)}`,
    );
    for (const op of Object.keys(ops)) {
      const base = median(samples.get(`${op} | in-loop`) ?? []);
      for (const name of names) {
        const s = samples.get(`${op} | ${name}`) ?? [];
        console.log(
          `${op.padEnd(20)}${name.padEnd(14)}${f(median(s))}${f(percentile(s, 99))}${`${(median(s) / base).toFixed(2)}×`.padStart(8)}`,
        );
      }
    }
    // A histogram that is disabled and enabled again reports the pause as one delay, and
    // one enabled just before a block sees nothing until its timer has ticked once: so each
    // variant gets a fresh histogram per block, ticking before and after the block.
    const blocks = new Map(names.map((n) => [n, [] as { p99: number; max: number }[]]));
    for (let round = 0; round < 3; round++) {
      for (const name of names) {
        const w = work[name] as (typeof work)[string];
        const h = monitorEventLoopDelay({ resolution: 1 });
        h.enable();
        await sleep(20);
        for (let i = 0; i < 10; i++) {
          await Promise.all([times(16, w.list)(), times(16, w.addDrive)()]);
        }
        await w.reconcileRead();
        await sleep(20);
        h.disable();
        blocks.get(name)?.push({ p99: h.percentile(99) / 1e6, max: h.max / 1e6 });
      }
    }
    console.log(
      '\nevent-loop delay under load: 16 list + 16 drive tx at once (10×), one reconcile',
    );
    console.log(
      'read; monitorEventLoopDelay (1 ms resolution), 3 interleaved blocks: median p99, worst max',
    );
    console.log(`${'variant'.padEnd(14)}${'p99'.padStart(11)}${'max'.padStart(11)}`);
    for (const [name, bs] of blocks) {
      const worst = Math.max(...bs.map((b) => b.max));
      console.log(`${name.padEnd(14)}${f(median(bs.map((b) => b.p99)))}${f(worst)}`);
    }
  } finally {
    for (const { handle, dir } of opened) {
      await handle.close();
      await rm(dir, { recursive: true, force: true });
    }
  }
}

const kib = async (pid: number | 'self', field: 'VmRSS' | 'VmHWM') => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Number(status.match(new RegExp(`${field}:\\s+(\\d+)`))?.[1] ?? 0);
};

/** Subprocess: open `variant` on `dir`, run the workload, print {rss, hwm} in MiB. */
async function rssChild(variant: string, dir: string, fresh: boolean): Promise<void> {
  const handle = await (VARIANTS[variant] as (d: string) => Promise<Handle>)(dir);
  const w = await prepare(handle.db, fresh);
  for (let i = 0; i < 20; i++) {
    await times(16, w.list)();
    await times(16, w.addDrive)();
    await w.reconcileRead();
  }
  let rss = 0;
  let hwm = 0;
  for (const pid of ['self' as const, ...handle.children]) {
    rss += await kib(pid, 'VmRSS');
    hwm += await kib(pid, 'VmHWM');
  }
  await handle.close();
  console.log(JSON.stringify({ rss: rss / 1024, hwm: hwm / 1024 }));
}

function rssRun(variant: string, flags: string[], dir: string, phase: string) {
  const r = spawnSync(
    process.execPath,
    [
      ...process.execArgv,
      ...flags,
      new URL(import.meta.url).pathname,
      '--rss',
      variant,
      dir,
      phase,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  if (r.status !== 0) throw new Error(`rss run ${variant} ${phase} failed: ${r.stdout}`);
  return JSON.parse(line) as { rss: number; hwm: number };
}

async function memory(): Promise<void> {
  const results = new Map<string, { rss: number; hwm: number }[]>();
  for (let round = 0; round < RSS_ROUNDS; round++) {
    for (const [name, [variant, flags]] of Object.entries(RSS_VARIANTS)) {
      const dir = await mkdtemp(join(tmpdir(), 'hearth-edb-rss-'));
      try {
        for (const phase of ['first start', 'restart']) {
          const key = `${name} | ${phase}`;
          const r = rssRun(variant, flags, dir, phase === 'first start' ? 'fresh' : 'reopen');
          results.set(key, [...(results.get(key) ?? []), r]);
        }
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }
  }
  console.log(`\nmemory, ${FLEET} VMs, process + children, median of ${RSS_ROUNDS} (MiB)`);
  console.log(
    `${'variant'.padEnd(24)}${'phase'.padEnd(13)}${'VmRSS'.padStart(8)}${'peak'.padStart(8)}`,
  );
  for (const [key, rs] of results) {
    const [name, phase] = key.split(' | ');
    const m = (k: 'rss' | 'hwm') =>
      median(rs.map((r) => r[k]))
        .toFixed(0)
        .padStart(8);
    console.log(`${(name ?? '').padEnd(24)}${(phase ?? '').padEnd(13)}${m('rss')}${m('hwm')}`);
  }
}

if (process.argv[2] === '--rss') {
  const [variant, dir, phase] = process.argv.slice(3) as [string, string, string];
  await rssChild(variant, dir, phase === 'fresh');
} else {
  console.log(
    `# node ${process.version}, PGlite 0.4, settings of the worker: ${JSON.stringify(PGLITE_SETTINGS)}`,
  );
  if (PARTS.includes('latency')) await latency();
  if (PARTS.includes('rss')) await memory();
}
