// The VM list must stay flat as the fleet grows: its ORDER BY and keyset comparison are the
// columns of vm_created_idx, so PostgreSQL reads one page from the index instead of scanning
// and sorting every VM. This pins the plan (EXPLAIN of the exact query listVms sends) on a
// table of 20,000 VMs, first page and a later one; bench/list-scale.bench.ts shows the times.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CompiledQuery } from 'kysely';
import { type OpenDatabase, openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { listVms, type VmListFilter } from '../src/vms/vms.repository.ts';
import { createTestDatabase, forEachDatabase, type TestDatabase } from './support/databases.ts';
import { insertFleet } from './support/fleet.ts';

const VMS = 20_000;

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

const nodes = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodes)];

forEachDatabase((kind) => {
  describe('VM list query plan', () => {
    let testDb: TestDatabase;
    let open: OpenDatabase;

    before(async () => {
      testDb = await createTestDatabase(kind);
      open = await openDatabase(testDb.config);
      await migrate(open.db);
      await insertFleet(open.db, VMS);
    });

    after(async () => {
      await open?.close();
      await testDb?.drop();
    });

    /** The plan of the query listVms sends for `filter`, with its parameters. */
    async function planOf(filter: VmListFilter): Promise<PlanNode[]> {
      let compiled: CompiledQuery | undefined;
      const spy = open.db.withPlugin({
        transformQuery: ({ node, queryId }) => {
          compiled = open.db.getExecutor().compileQuery(node, queryId);
          return node;
        },
        transformResult: async ({ result }) => result,
      });
      const page = await listVms(spy, filter);
      assert.equal(page.length, filter.limit);
      assert.ok(compiled, 'listVms sent no query');
      const explained = await open.db.executeQuery<{ 'QUERY PLAN': unknown }>({
        ...compiled,
        sql: `EXPLAIN (FORMAT JSON) ${compiled.sql}`,
      });
      const raw = explained.rows[0]?.['QUERY PLAN'];
      const [{ Plan }] = (typeof raw === 'string' ? JSON.parse(raw) : raw) as [{ Plan: PlanNode }];
      return nodes(Plan);
    }

    const describePlan = (plan: PlanNode[]) =>
      plan
        .map((n) => `${n['Node Type']}${n['Index Name'] ? ` on ${n['Index Name']}` : ''}`)
        .join(' > ');

    test(`the first page of ${VMS} VMs reads vm_created_idx in order: no sort`, async () => {
      const plan = await planOf({ limit: 50 });
      assert.ok(
        plan.some((n) => n['Index Name'] === 'vm_created_idx'),
        describePlan(plan),
      );
      assert.ok(!plan.some((n) => n['Node Type'] === 'Sort'), describePlan(plan));
    });

    test('a page after a cursor starts from the index too', async () => {
      const [first] = await listVms(open.db, { limit: 1 });
      assert.ok(first);
      const [tenth] = (await listVms(open.db, { limit: 10 })).slice(-1);
      assert.ok(tenth);
      const plan = await planOf({
        limit: 50,
        after: { created_at: new Date(tenth.created_at).toISOString(), id: tenth.id },
      });
      assert.ok(
        plan.some((n) => n['Index Name'] === 'vm_created_idx'),
        describePlan(plan),
      );
      assert.ok(!plan.some((n) => n['Node Type'] === 'Sort'), describePlan(plan));
    });

    test('pages still follow each other exactly (no VM lost or repeated at the seams)', async () => {
      const seen: string[] = [];
      let after: VmListFilter['after'];
      for (let page = 0; page < 5; page++) {
        const items = await listVms(open.db, { limit: 7, ...(after ? { after } : {}) });
        seen.push(...items.map((v) => v.id));
        const last = items.at(-1);
        assert.ok(last);
        after = { created_at: new Date(last.created_at).toISOString(), id: last.id };
      }
      const firstPages = (await listVms(open.db, { limit: 35 })).map((v) => v.id);
      assert.deepEqual(seen, firstPages);
    });
  });
});
