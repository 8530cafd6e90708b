// SQL statements per API call: every statement the manager sends through Kysely, counted by
// a plugin on the stack's database (packages/manager/test/support/stack.ts, observeQueries),
// so the figure is the same on PGlite (which has no statement log) and PostgreSQL. BEGIN and
// COMMIT of a transaction are not queries of their own and are not counted. Each call runs
// BENCH_ROUNDS times (default 5); the table shows the smallest and largest count (a lease
// renewal of the manager instance can fall into one of them) and the statements of the
// first round, so a change can see what it removed.
//   npx tsx bench/sql-count.bench.ts                      (root: the agent's netns, NICs)
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/sql-count.bench.ts
import { type Stack, startStack } from '../packages/manager/test/support/stack.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const VERBOSE = process.env.BENCH_VERBOSE === '1';
const kind = process.env.DATABASE_URL ? 'postgres' : 'pglite';

let recording: string[] | null = null;
const stack: Stack = await startStack(kind, {
  observeQueries: (statement) => recording?.push(statement),
});

async function count(call: () => Promise<{ status: number; body: unknown }>) {
  recording = [];
  const res = await call();
  const statements = recording;
  recording = null;
  if (res.status >= 300) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
  return { statements, body: res.body as { id: string } };
}

const rows: Array<{ call: string; counts: number[]; first: string[] }> = [];
function record(call: string, statements: string[]) {
  let row = rows.find((r) => r.call === call);
  if (!row) {
    row = { call, counts: [], first: statements };
    rows.push(row);
  }
  row.counts.push(statements.length);
}

try {
  for (let round = 0; round < ROUNDS; round++) {
    const plain = await count(() => stack.createVm({ name: `sql-a-${round}`, start: false }));
    record('POST /v1/vms (rootfs only, no start)', plain.statements);
    const full = await count(() =>
      stack.createVm({
        name: `sql-b-${round}`,
        start: false,
        drives: [1, 2, 3, 4].map((i) => ({ drive_id: `d${i}`, size_bytes: 2 ** 26 })),
        nics: [{ iface_id: 'eth0' }],
      }),
    );
    record('POST /v1/vms (4 drives + NIC, no start)', full.statements);
    const id = full.body.id;
    record(
      'POST /v1/vms/{id}/start',
      (await count(() => stack.request('POST', `/v1/vms/${id}/start`))).statements,
    );
    const drive = await count(() =>
      stack.request('POST', `/v1/vms/${id}/drives`, { drive_id: 'big', size_bytes: 10 * 2 ** 30 }),
    );
    record('POST /v1/vms/{id}/drives (10 GiB, running VM)', drive.statements);
    record(
      'GET /v1/vms/{id}',
      (await count(() => stack.request('GET', `/v1/vms/${id}`))).statements,
    );
    record('GET /v1/vms', (await count(() => stack.request('GET', '/v1/vms'))).statements);
    record(
      'POST /v1/vms/{id}/stop',
      (await count(() => stack.request('POST', `/v1/vms/${id}/stop`))).statements,
    );
    record(
      'DELETE /v1/vms/{id}',
      (await count(() => stack.request('DELETE', `/v1/vms/${id}`))).statements,
    );
    await stack.request('DELETE', `/v1/vms/${plain.body.id}`);
  }
  console.log(`SQL statements per API call, ${kind}, ${ROUNDS} rounds (min–max)`);
  for (const { call, counts } of rows) {
    const range = `${Math.min(...counts)}–${Math.max(...counts)}`;
    console.log(`  ${call.padEnd(48)}${range.padStart(7)}`);
  }
  if (VERBOSE) {
    for (const { call, first } of rows) {
      console.log(`\n${call}:`);
      for (const statement of first)
        console.log(`  ${statement.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
  }
} finally {
  await stack.close();
}
