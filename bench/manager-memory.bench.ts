// The manager process's memory on embedded PGlite, as `npm start` runs it (all-in-one, local
// agent, simulator): RSS and peak (VmRSS, VmHWM) after the first start (initdb), after a
// restart on a data directory holding 10k VM rows, and after list pages and reconcile passes.
// The rows are written straight into the stopped manager's database (test/support/fleet.ts):
// 10k VMs created through the API would need 10k rootfs copies.
//   npx tsx bench/manager-memory.bench.ts        (root: the local agent's network namespace)
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startHearth } from '../e2e/support/hearth.ts';
import { openDatabase } from '../packages/manager/src/db/database.ts';
import { insertFleet } from '../packages/manager/test/support/fleet.ts';

const rss = async (pid: number) => {
  const s = await readFile(`/proc/${pid}/status`, 'utf8');
  return `${(Number(/VmRSS:\s+(\d+)/.exec(s)?.[1]) / 1024).toFixed(0)} MiB (peak ${(Number(/VmHWM:\s+(\d+)/.exec(s)?.[1]) / 1024).toFixed(0)})`;
};
if (process.getuid?.() !== 0)
  throw new Error('run as root: the local agent needs a network namespace');
const hearth = await startHearth('pglite');
try {
  console.log('first start:', await rss(hearth.managerPid() as number));
  hearth.killManager();
  await new Promise((r) => setTimeout(r, 500));
  const db = await openDatabase({ kind: 'pglite', dataDir: join(hearth.dataDir, 'pgdata') });
  await insertFleet(db.db, 10000);
  await db.close();
  await hearth.restart();
  const pid = hearth.managerPid() as number;
  console.log('restart with 10k VM rows:', await rss(pid));
  for (let i = 0; i < 50; i++) await hearth.api('GET', '/v1/vms?limit=50');
  for (let i = 0; i < 20; i++) await hearth.api('GET', `/v1/vms?limit=50&q=vm-${i}`);
  await new Promise((r) => setTimeout(r, 11000));
  console.log('after 70 list pages and two reconcile passes:', await rss(pid));
} finally {
  await hearth.close();
}
