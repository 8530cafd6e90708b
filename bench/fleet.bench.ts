// A fleet under a mixed load (issue 11): N agents, each in a network namespace of its own and
// registered through the join token; two manager replicas against one PostgreSQL; M VM rows,
// R of them running simulator VMMs; lists, gets, drive adds, starts and stops at a fixed
// rate (open-loop) for a fixed time, spread over both replicas. Prints p50/p99 and errors
// per operation, the reconciler's pass time, and whether any VM saw two concurrent
// transitions (database history and host calls). Needs root and a PostgreSQL server.
//   npx tsx bench/fleet.bench.ts
//   FLEET_HOSTS=3 FLEET_VMS=300 FLEET_RUNNING=10 FLEET_RATE=20 FLEET_SECONDS=15 npx tsx bench/fleet.bench.ts
// FLEET_HOSTS (20), FLEET_VMS (10000), FLEET_RUNNING (200), FLEET_RATE (200 req/s),
// FLEET_SECONDS (60), FLEET_INFLIGHT (64: open requests at most), FLEET_RECONCILE_MS (5000),
// FLEET_KEEP=1 keeps the logs' directory. DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/test) is the server where a database
// hearth_fleet_<pid> is created and dropped; the managers, in the hub namespace, reach the
// same server through its Unix socket (FLEET_PG_SOCKET_DIR, default /var/run/postgresql).
// Bounded: the whole run is aborted (and cleaned up) after FLEET_DEADLINE_S (setup + load +
// 15 min). Everything it made (processes, VMMs, namespaces, database, temp dir) is removed at
// the end, on failure and on Ctrl-C.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, freemem, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { type AgentLog, readAgentLog, reconcilePasses } from './fleet/agent-logs.ts';
import { apiClient, type LoadTargets, type Replica, runLoad } from './fleet/load.ts';
import { createFleetNetwork, destroyNamespaces, pickNet, pidsIn } from './fleet/network.ts';
import {
  AGENT_MAIN,
  MANAGER_MAIN,
  type Proc,
  rssAnonKib,
  spawnIn,
  stopAll,
} from './fleet/processes.ts';
import {
  AUDIT_SQL,
  type AuditRow,
  callOverlaps,
  type HostCall,
  rowOverlaps,
  selfCheck,
} from './fleet/transitions.ts';
import { median, percentile } from './support/stats.ts';

const int = (name: string, fallback: number) => {
  const v = Number(process.env[name] ?? fallback);
  if (!Number.isSafeInteger(v) || v < 0) throw new Error(`${name} must be an integer >= 0`);
  return v;
};
const HOSTS = Math.max(1, int('FLEET_HOSTS', 20));
const VMS = int('FLEET_VMS', 10_000);
const RUNNING_WANTED = int('FLEET_RUNNING', 200);
const RATE = Math.max(1, int('FLEET_RATE', 200));
const SECONDS = Math.max(1, int('FLEET_SECONDS', 60));
const IN_FLIGHT = Math.max(1, int('FLEET_INFLIGHT', 64));
const RECONCILE_MS = Math.max(100, int('FLEET_RECONCILE_MS', 5000));
const DEADLINE_S = int('FLEET_DEADLINE_S', SECONDS + 900);
const KEEP = process.env.FLEET_KEEP === '1';
const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PG_SOCKET_DIR = process.env.FLEET_PG_SOCKET_DIR ?? '/var/run/postgresql';
const VCPU_OVERCOMMIT = 4; // packages/manager/src/vms/placement.ts
const VM_MEM_MIB = 128;
const DRIVE_BYTES = 1024 * 1024;
const MANAGER_PORTS = [8081, 8082];
const AGENT_PORT = 9091;
// what one more process of each kind costs here (RssAnon; node's text is shared), measured
// on this machine: a simulator VMM ~8-15 MiB, an agent (tsx) ~100 MiB, a manager ~150 MiB
const BUDGET_MIB = { vmm: 40, agent: 150, manager: 300, reserve: 4096 };

const log = (line = '') => process.stdout.write(`${line}\n`);
const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : '—');
const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;

if (process.getuid?.() !== 0) throw new Error('run as root: agents live in network namespaces');
selfCheck();

// ---------- plan: what fits ----------
const cpus = availableParallelism();
const perHostVcpus = cpus * VCPU_OVERCOMMIT;
const perHostByMem = Math.floor(totalmem() / 2 ** 20 / VM_MEM_MIB);
const placementCapacity = HOSTS * Math.min(perHostVcpus, perHostByMem);
const memoryCapacity = Math.floor(
  (freemem() / 2 ** 20 - BUDGET_MIB.reserve - HOSTS * BUDGET_MIB.agent - 2 * BUDGET_MIB.manager) /
    BUDGET_MIB.vmm,
);
const limits: string[] = [];
let RUNNING = Math.min(RUNNING_WANTED, VMS);
if (RUNNING > placementCapacity) {
  limits.push(
    `placement: each host reports ${cpus} CPUs, ${cpus} x ${VCPU_OVERCOMMIT} (vCPU overcommit) = ` +
      `${perHostVcpus} running 1-vCPU VMs per host, ${placementCapacity} on ${HOSTS} hosts ` +
      `(${RUNNING} asked; the API's create would answer 409 NO_HOST_AVAILABLE beyond that)`,
  );
  RUNNING = placementCapacity;
}
if (RUNNING > memoryCapacity) {
  limits.push(
    `memory: ${mib(freemem() / 1024)} free holds about ${Math.max(0, memoryCapacity)} simulator ` +
      `VMMs next to ${HOSTS} agents and 2 managers (budget ${BUDGET_MIB.vmm} MiB per VMM)`,
  );
  RUNNING = Math.max(0, memoryCapacity);
}
// starts need VMs that are stopped and have a rootfs on their host: a quarter more than run
const SPARE = Math.min(Math.max(2, Math.ceil(RUNNING / 4)), Math.max(0, VMS - RUNNING));
const BULK = Math.max(0, VMS - RUNNING - SPARE);

log(`# fleet bench: ${new Date().toISOString()}, ${cpus} CPUs, ${mib(totalmem() / 1024)} RAM`);
log(
  `# FLEET_HOSTS=${HOSTS} FLEET_VMS=${VMS} FLEET_RUNNING=${RUNNING_WANTED} FLEET_RATE=${RATE} ` +
    `FLEET_SECONDS=${SECONDS} FLEET_INFLIGHT=${IN_FLIGHT} FLEET_RECONCILE_MS=${RECONCILE_MS}`,
);
log(
  `# plan: ${HOSTS} hosts, ${VMS} VM rows = ${RUNNING} running + ${SPARE} stopped (created ` +
    `through the API, rootfs on their host) + ${BULK} stopped rows inserted in bulk; 2 manager replicas`,
);
for (const l of limits) log(`# scaled down: ${l}`);
try {
  const git = (args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
  const dirty = git(['status', '--porcelain', '--', 'packages']).split('\n').filter(Boolean).length;
  log(
    `# code: ${git(['rev-parse', '--short', 'HEAD'])}${dirty ? `, ${dirty} uncommitted file(s) under packages/` : ''}`,
  );
} catch {}

// ---------- cleanup, on every way out ----------
const cleanups: Array<[string, () => Promise<unknown>]> = [];
let cleaning: Promise<void> | null = null;
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const [what, fn] of cleanups.reverse()) {
      try {
        await fn();
      } catch (err) {
        process.stderr.write(`cleanup of ${what} failed: ${(err as Error).message}\n`);
      }
    }
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    process.stderr.write(`\n${signal}: cleaning up\n`);
    void cleanup().finally(() => process.exit(130));
  });
}
const deadline = setTimeout(() => {
  process.stderr.write(`deadline of ${DEADLINE_S} s passed: aborting, cleaning up\n`);
  void cleanup().finally(() => process.exit(1));
}, DEADLINE_S * 1000);
deadline.unref();

const id = randomBytes(2).toString('hex');
const dbName = `hearth_fleet_${process.pid}`;
const token = randomBytes(24).toString('hex');
const joinToken = randomBytes(24).toString('hex');
const procs: Proc[] = [];
let adminPool: pg.Pool | null = null;

async function phase<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await fn();
  log(`# ${name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

async function until(what: string, timeoutMs: number, check: () => Promise<boolean>) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    const dead = procs.find((p) => p.exited());
    if (dead) throw new Error(`${dead.name} exited while waiting for ${what}; see ${dead.logPath}`);
    if (Date.now() > end) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await sleep(250);
  }
}

try {
  // database
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`).finally(() => admin.end());
  cleanups.push([
    'database',
    async () => {
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).finally(() => c.end());
    },
  ]);
  const dbUrl = new URL(ADMIN_URL);
  dbUrl.pathname = `/${dbName}`;
  adminPool = new pg.Pool({ connectionString: dbUrl.toString(), max: 2 });
  const pool = adminPool;
  cleanups.push(['bench database pool', () => pool.end()]);
  const managerDbUrl = `postgres://${dbUrl.username || 'postgres'}@/${dbName}?host=${PG_SOCKET_DIR}`;

  const dir = await mkdtemp(join(tmpdir(), 'hearth-fleet-'));
  cleanups.push([
    'temp dir',
    async () => {
      if (KEEP) log(`# kept ${dir}`);
      else await rm(dir, { recursive: true, force: true });
    },
  ]);

  // network
  const namespaces: string[] = [];
  cleanups.push(['network namespaces and what runs in them', () => destroyNamespaces(namespaces)]);
  const net = await phase('network namespaces', async () =>
    createFleetNetwork(
      id,
      HOSTS,
      MANAGER_PORTS.length,
      await pickNet(process.pid % 100),
      namespaces,
    ),
  );
  // processes are stopped (SIGTERM, then SIGKILL) before their namespaces go
  cleanups.push(['processes', () => stopAll(procs)]);

  // two manager replicas in the hub, one after the other (the first applies the migrations)
  const api = apiClient(token, 60_000);
  const replicas: Replica[] = MANAGER_PORTS.map((port, i) => ({
    name: `manager-${i + 1}`,
    baseUrl: `http://${net.managers[i]?.addr}:${port}`,
  }));
  await phase('2 manager replicas up', async () => {
    for (const [i, replica] of replicas.entries()) {
      await mkdir(join(dir, replica.name));
      procs.push(
        spawnIn(
          net.managers[i]?.netns as string,
          replica.name,
          MANAGER_MAIN,
          {
            HEARTH_LOCAL_AGENT: 'off',
            DATABASE_URL: managerDbUrl,
            HEARTH_LISTEN_HOST: '0.0.0.0',
            HEARTH_PORT: String(MANAGER_PORTS[i]),
            HEARTH_API_TOKEN: token,
            HEARTH_JOIN_TOKEN: joinToken,
            HEARTH_DATA_DIR: join(dir, replica.name),
            HEARTH_STOP_TIMEOUT_MS: '3000',
            HEARTH_RECONCILE_INTERVAL_MS: String(RECONCILE_MS),
            HEARTH_LOG_LEVEL: 'warn',
          },
          join(dir, `${replica.name}.log`),
        ),
      );
      await until(`${replica.name} answers`, 90_000, async () => {
        return (await api(replica, 'GET', '/v1/hosts')).status === 200;
      });
      // the schema exists now: record every state change of every VM from here on
      if (i === 0) for (const statement of AUDIT_SQL) await pool.query(statement);
    }
  });

  // agents: each in its namespace, registering with one of the replicas by the join token
  const hostNames = net.agents.map((_, i) => `fleet-a${String(i).padStart(3, '0')}`);
  const agentProcs: Proc[] = [];
  await phase(`${HOSTS} agents registered through the join token`, async () => {
    for (const [i, agent] of net.agents.entries()) {
      const home = join(dir, hostNames[i] as string);
      await mkdir(join(home, 'vms'), { recursive: true });
      const proc = spawnIn(
        agent.netns,
        hostNames[i] as string,
        AGENT_MAIN,
        {
          HEARTH_AGENT_TOKEN: randomBytes(24).toString('hex'),
          HEARTH_AGENT_LISTEN: `${agent.addr}:${AGENT_PORT}`,
          HEARTH_AGENT_ADVERTISE_ADDR: `http://${agent.addr}:${AGENT_PORT}`,
          HEARTH_MANAGER_URL: replicas[i % 2]?.baseUrl as string,
          HEARTH_JOIN_TOKEN: joinToken,
          HEARTH_AGENT_NAME: hostNames[i] as string,
          HEARTH_STORAGE_ROOT: join(home, 'vms'),
          HEARTH_ALLOWED_PATHS: join(home, 'images'),
          HEARTH_DEMO_IMAGES_DIR: join(home, 'images'),
          HEARTH_SIMULATOR_FALLBACK: '1',
          HEARTH_STOP_TIMEOUT_MS: '3000',
          HEARTH_LOG_LEVEL: 'info',
        },
        join(dir, `${hostNames[i]}.log`),
      );
      procs.push(proc);
      agentProcs.push(proc);
      // a few at a time: each compiles its sources through tsx first
      if (i % 4 === 3) await sleep(1500);
    }
    await until(`${HOSTS} healthy hosts`, 240_000, async () => {
      const res = await api(replicas[0] as Replica, 'GET', '/v1/hosts');
      return res.body.items.filter((h: { healthy: boolean }) => h.healthy).length === HOSTS;
    });
  });
  const hosts = (await api(replicas[0] as Replica, 'GET', '/v1/hosts')).body.items as {
    id: string;
    name: string;
    capabilities: { cpus: number; demo_images: { kernel_path: string; rootfs_path: string } };
  }[];
  hosts.sort((a, b) => a.name.localeCompare(b.name));

  // images: each host's demo kernel and rootfs, under one name (copies of one image)
  const images = await phase('images registered on every host', async () => {
    const out: { host_id: string; kernel: string; rootfs: string }[] = [];
    for (const [i, host] of hosts.entries()) {
      const replica = replicas[i % 2] as Replica;
      const reg = async (kind: string, path: string) => {
        const res = await api(replica, 'POST', '/v1/images', {
          kind,
          name: `fleet-${kind}`,
          path,
          host_id: host.id,
        });
        if (res.status !== 201)
          throw new Error(`image on ${host.name}: ${JSON.stringify(res.body)}`);
        return res.body.id as string;
      };
      const paths = host.capabilities.demo_images;
      out.push({
        host_id: host.id,
        kernel: await reg('kernel', paths.kernel_path),
        rootfs: await reg('rootfs', paths.rootfs_path),
      });
    }
    return out;
  });

  // the bulk: stopped rows spread over the hosts, each with its rootfs drive row
  const bulkPrefix = `fleet-vm-${id}-`;
  await phase(`${BULK} VM rows inserted in bulk`, async () => {
    if (BULK === 0) return;
    await pool.query(
      `WITH h AS (
         SELECT (row_number() OVER ()) - 1 AS idx, host_id, kernel, rootfs
         FROM unnest($2::uuid[], $3::uuid[], $4::uuid[]) AS t(host_id, kernel, rootfs)
       ), v AS (
         INSERT INTO vm (id, name, host_id, state, vcpu, mem_mib, kernel_image_id,
                         rootfs_image_id, boot_args, created_at)
         SELECT gen_random_uuid(), $5 || g, h.host_id, 'stopped', 1, ${VM_MEM_MIB}, h.kernel,
                h.rootfs, 'console=ttyS0 reboot=k panic=1 pci=off',
                date_trunc('milliseconds', now()) - ($1 - g) * interval '1 second'
         FROM generate_series(0, $1 - 1) g JOIN h ON h.idx = g % cardinality($2::uuid[])
         RETURNING id
       )
       INSERT INTO vm_drive (id, vm_id, drive_id, path_on_host, source, is_root_device)
       SELECT gen_random_uuid(), v.id, 'rootfs', '/fleet/bulk/' || v.id || '/rootfs.ext4',
              'image', true
       FROM v`,
      [
        BULK,
        images.map((i) => i.host_id),
        images.map((i) => i.kernel),
        images.map((i) => i.rootfs),
        bulkPrefix,
      ],
    );
    await pool.query('ANALYZE');
  });

  // the VMs with a real rootfs: RUNNING started (placed by the manager), SPARE left stopped
  const churn = new Map<string, string>();
  const createFailures = new Map<string, number>();
  await phase(
    `${RUNNING} VMs created and started + ${SPARE} created stopped, through the API`,
    async () => {
      const jobs = [
        ...Array.from({ length: RUNNING }, (_, n) => ({ n, start: true })),
        ...Array.from({ length: SPARE }, (_, n) => ({ n: RUNNING + n, start: false })),
      ];
      let next = 0;
      const worker = async (w: number) => {
        for (;;) {
          const job = jobs[next++];
          if (!job) return;
          const res = await api(replicas[w % 2] as Replica, 'POST', '/v1/vms', {
            name: `fleet-api-${id}-${job.n}`,
            vcpu: 1,
            mem_mib: VM_MEM_MIB,
            kernel_image_id: images[0]?.kernel,
            rootfs_image_id: images[0]?.rootfs,
            start: job.start,
          });
          if (res.status === 201) churn.set(res.body.id, res.body.state);
          else {
            const key = `${res.status} ${res.body?.error?.code ?? ''}`;
            createFailures.set(key, (createFailures.get(key) ?? 0) + 1);
          }
        }
      };
      await Promise.all(Array.from({ length: 4 }, (_, w) => worker(w)));
    },
  );
  if (createFailures.size > 0) {
    log(`# create failures: ${[...createFailures].map(([k, n]) => `${k} x${n}`).join(', ')}`);
  }
  const runningBefore = [...churn.values()].filter((s) => s === 'running').length;

  // memory of the fleet, and the reconciler at rest with every row in place
  const agentPids = new Set(agentProcs.map((p) => p.child.pid as number));
  const memory = async () => {
    const vmmKib: number[] = [];
    for (const agent of net.agents) {
      for (const pid of await pidsIn(agent.netns)) {
        if (!agentPids.has(pid)) vmmKib.push(await rssAnonKib(pid));
      }
    }
    const agentKib = await Promise.all(agentProcs.map((p) => rssAnonKib(p.child.pid as number)));
    const managerKib = await Promise.all(
      procs
        .filter((p) => p.name.startsWith('manager'))
        .map((p) => rssAnonKib(p.child.pid as number)),
    );
    return { vmmKib, agentKib, managerKib };
  };
  const idleFrom = Date.now();
  await phase(`fleet at rest (${(3 * RECONCILE_MS) / 1000} s, reconciler passes)`, () =>
    sleep(3 * RECONCILE_MS),
  );
  const mem = await memory();
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  log(
    `# memory (RssAnon): ${mem.vmmKib.length} VMMs ${mib(sum(mem.vmmKib))} ` +
      `(median ${mib(median(mem.vmmKib))} each), ${agentProcs.length} agents ${mib(sum(mem.agentKib))}, ` +
      `2 managers ${mib(sum(mem.managerKib))}; ${mib(freemem() / 1024)} free`,
  );

  // who holds the reconciler's lease, sampled each second during the load
  const leaseHolders: string[] = [];
  const sampler = setInterval(() => {
    pool
      .query(`SELECT holder FROM lease WHERE name = 'reconciler'`)
      .then((r) => leaseHolders.push(r.rows[0]?.holder ?? '-'))
      .catch(() => {});
  }, 1000);

  // ---------- the load ----------
  const vmIds = (await pool.query('SELECT id FROM vm')).rows.map((r) => r.id as string);
  const targets: LoadTargets = {
    vmIds,
    churn,
    hostIds: hosts.map((h) => h.id),
    bulkPrefix,
    bulkCount: BULK,
  };
  log(
    `\n# load: ${RATE} req/s for ${SECONDS} s over ${replicas.length} replicas, open-loop, at most ${IN_FLIGHT} in flight`,
  );
  const loadFrom = Date.now();
  const result = await runLoad({
    replicas,
    token,
    rate: RATE,
    seconds: SECONDS,
    maxInFlight: IN_FLIGHT,
    targets,
    driveBytes: DRIVE_BYTES,
  });
  const loadTo = Date.now();
  clearInterval(sampler);

  // ---------- figures ----------
  log(
    `sent ${result.sent} requests in ${(result.elapsedMs / 1000).toFixed(1)} s ` +
      `(${((result.sent / result.elapsedMs) * 1000).toFixed(1)} req/s; asked ${RATE}), ` +
      `peak ${result.maxInFlight} in flight; send lag p50 ${ms(median(result.sendLag))}, p99 ${ms(percentile(result.sendLag, 99))}`,
  );
  log(
    `\n${'operation'.padEnd(15)}${'ok'.padStart(7)}${'p50'.padStart(11)}${'p99'.padStart(11)}` +
      `${'max'.padStart(11)}${'errors'.padStart(8)}${'skipped'.padStart(9)}${'no VM'.padStart(7)}  errors by status and code`,
  );
  let errorTotal = 0;
  let busyTotal = 0;
  for (const [op, s] of result.stats) {
    const errors = [...s.errors.values()].reduce((a, b) => a + b, 0);
    errorTotal += errors;
    busyTotal += s.errors.get('409 VM_BUSY') ?? 0;
    const detail = [...s.errors].map(([k, n]) => `${k} x${n}`).join(', ');
    log(
      `${op.padEnd(15)}${String(s.ok.length).padStart(7)}${ms(median(s.ok)).padStart(11)}` +
        `${ms(percentile(s.ok, 99)).padStart(11)}${ms(s.ok.length ? Math.max(...s.ok) : Number.NaN).padStart(11)}` +
        `${String(errors).padStart(8)}${String(s.skipped).padStart(9)}${String(s.noTarget).padStart(7)}  ${detail}`,
    );
  }
  log(
    `skipped: due while ${IN_FLIGHT} requests were open (not sent); no VM: a start or stop due while no VM was in a state for it`,
  );
  const fiveXX = [...result.stats.values()].reduce(
    (n, s) =>
      n + [...s.errors].filter(([k]) => /^5\d\d|^network/.test(k)).reduce((a, [, c]) => a + c, 0),
    0,
  );
  log(
    `errors: ${errorTotal} in all; of them 409 VM_BUSY (two requests raced for one VM) ${busyTotal}, ` +
      `5xx and network ${fiveXX}`,
  );

  // reconciler passes, read off the agents' request logs
  await sleep(500);
  const agentLogs: AgentLog[] = [];
  for (const [i, p] of agentProcs.entries()) {
    agentLogs.push(await readAgentLog(p.logPath, hostNames[i] as string));
  }
  const passStats = (from: number, to: number, label: string) => {
    for (const [i, replica] of replicas.entries()) {
      const passes = reconcilePasses(agentLogs, net.managers[i]?.addr as string)
        .filter((p) => p.start >= from && p.end <= to)
        .map((p) => p.end - p.start);
      log(
        `reconcile pass, ${label}, ${replica.name}: ${passes.length} passes, p50 ${ms(median(passes))}, ` +
          `p99 ${ms(percentile(passes, 99))}, max ${ms(passes.length ? Math.max(...passes) : Number.NaN)}`,
      );
    }
  };
  log(
    `\nreconcile interval ${RECONCILE_MS} ms, lease ${Math.ceil((RECONCILE_MS * 3) / 1000)} s; ${HOSTS} hosts, ${VMS} VMs`,
  );
  passStats(idleFrom, loadFrom, 'fleet at rest');
  passStats(loadFrom, loadTo, 'under load');
  const holderChanges = leaseHolders.filter((h, i) => i > 0 && h !== leaseHolders[i - 1]).length;
  log(
    `reconciler lease: ${new Set(leaseHolders).size} holder(s) during the load, ${holderChanges} change(s)`,
  );

  // no VM saw two concurrent transitions
  const audit = (await pool.query('SELECT * FROM fleet_bench_vm_audit')).rows.map(
    (r): AuditRow => ({ ...r, seq: Number(r.seq) }),
  );
  const rowFindings = rowOverlaps(audit);
  const calls: HostCall[] = agentLogs.flatMap((l) => l.calls);
  const callFindings = callOverlaps(calls);
  const transitions = audit.filter(
    (r) => r.old_state !== null && /^(starting|stopping|deleting)$/.test(r.new_state),
  ).length;
  log(
    `\nconcurrent transitions: ${rowFindings.length} in the database history (${audit.length} state changes, ` +
      `${transitions} transition steps), ${callFindings.length} on the hosts (${calls.length} launches and stops)` +
      (rowFindings.length + callFindings.length === 0 ? ': none, OK' : ': FOUND'),
  );
  for (const f of rowFindings.slice(0, 3)) {
    log(`  vm ${f.vm_id}: ${JSON.stringify(f.open)} then ${JSON.stringify(f.second)}`);
  }
  for (const f of callFindings.slice(0, 5)) {
    const t = (c: HostCall) =>
      `${c.kind} ${new Date(c.start).toISOString()} +${c.end - c.start} ms`;
    log(`  vm ${f.vm_id} on ${f.first.host}: ${t(f.first)} overlaps ${t(f.second)}`);
  }

  // the rows against the hosts at the end
  await sleep(1000);
  const states = (
    await pool.query(
      `SELECT state, last_error->>'code' AS code, count(*)::int AS n FROM vm
       WHERE name NOT LIKE $1 GROUP BY 1, 2 ORDER BY 1, 2`,
      [`${bulkPrefix}%`],
    )
  ).rows;
  const vmmsAfter = (await memory()).vmmKib.length;
  log(
    `API-created VMs at the end: ${states.map((r) => `${r.state}${r.code ? ` (${r.code})` : ''} ${r.n}`).join(', ')}; ` +
      `running before the load ${runningBefore}; VMM processes on the hosts now ${vmmsAfter}`,
  );
  const warnings = agentLogs.reduce((n, l) => n + l.warnings, 0);
  log(`agent log lines at warn or above: ${warnings}`);
} finally {
  clearTimeout(deadline);
  await cleanup();
}
