// The number of SQL statements each hot API call sends (issue 11's budgets), counted by the
// stack's query observer as bench/sql-count does. A change that adds a round trip to one of
// these calls fails here, with the statements it sent. Each call is measured twice and the
// smaller count kept: a lease renewal or reconcile pass may fall into one measurement.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { forEachDatabase } from './support/databases.ts';
import { type Stack, startStack } from './support/stack.ts';

const BUDGETS = {
  'create, rootfs only': 4,
  'create, 2 drives + NIC': 6,
  start: 3,
  'drive add': 3,
  'GET a VM': 1,
  stop: 3,
};

forEachDatabase((kind) => {
  describe('statements per API call', () => {
    let stack: Stack;
    let recording: string[] | null = null;
    before(async () => {
      stack = await startStack(kind, { observeQueries: (sql) => recording?.push(sql) });
    });
    after(() => stack?.close());

    async function counted<T extends { status: number }>(call: () => Promise<T>) {
      recording = [];
      const res = await call();
      const statements = recording;
      recording = null;
      return { res, statements };
    }

    const measured = new Map<string, string[][]>();
    const note = (name: string, statements: string[]) =>
      measured.set(name, [...(measured.get(name) ?? []), statements]);

    test('create, start, drive add, GET and stop stay within their budgets', async () => {
      for (const round of [1, 2]) {
        const plain = await counted(() =>
          stack.createVm({ name: `budget-a-${round}`, start: false }),
        );
        assert.equal(plain.res.status, 201, JSON.stringify(plain.res.body));
        note('create, rootfs only', plain.statements);
        const full = await counted(() =>
          stack.createVm({
            name: `budget-b-${round}`,
            start: false,
            drives: [1, 2].map((i) => ({ drive_id: `d${i}`, size_bytes: 2 ** 20 })),
            ...(process.getuid?.() === 0 ? { nics: [{ iface_id: 'eth0' }] } : {}),
          }),
        );
        assert.equal(full.res.status, 201, JSON.stringify(full.res.body));
        note('create, 2 drives + NIC', full.statements);
        const id = full.res.body.id as string;
        for (const [name, method, path, body] of [
          ['start', 'POST', `/v1/vms/${id}/start`, undefined],
          ['drive add', 'POST', `/v1/vms/${id}/drives`, { drive_id: 'more', size_bytes: 2 ** 20 }],
          ['GET a VM', 'GET', `/v1/vms/${id}`, undefined],
          ['stop', 'POST', `/v1/vms/${id}/stop`, undefined],
        ] as const) {
          const { res, statements } = await counted(() => stack.request(method, path, body));
          assert.ok(res.status < 300, `${name}: ${res.status} ${JSON.stringify(res.body)}`);
          note(name, statements);
        }
        await stack.request('DELETE', `/v1/vms/${id}`);
        await stack.request('DELETE', `/v1/vms/${plain.res.body.id}`);
      }
      for (const [name, budget] of Object.entries(BUDGETS)) {
        const runs = measured.get(name) ?? [];
        const fewest = runs.reduce((a, b) => (b.length < a.length ? b : a));
        assert.ok(
          fewest.length <= budget,
          `${name}: ${fewest.length} statements, budget ${budget}:\n${fewest.join('\n')}`,
        );
      }
    });
  });
});
