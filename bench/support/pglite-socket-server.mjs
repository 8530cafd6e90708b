// The option bench/embedded-db.bench.ts measures beside the worker thread: PGlite served over
// the PostgreSQL wire protocol (@electric-sql/pglite-socket 0.1.6, the release for PGlite
// 0.4.6) by a child process on a Unix socket. Benchmark only: one connection (pglite-socket
// multiplexes clients onto PGlite's single session message by message, so two clients' extended-
// protocol messages and notifications interleave), and it exits when its stdin closes.
//   node pglite-socket-server.mjs <dataDir> <socketDir> '<settings json>'
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const [dataDir, socketDir, settingsJson] = process.argv.slice(2);
const settings = JSON.parse(settingsJson ?? '{}');
const startParams = [
  ...PGlite.defaultStartParams,
  ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
];
const db = new PGlite(dataDir, { startParams });
await db.waitReady;
const server = new PGLiteSocketServer({
  db,
  path: `${socketDir}/.s.PGSQL.5432`,
  maxConnections: 1,
});
await server.start();
process.stdout.write('ready\n');
process.stdin.on('close', async () => {
  await server.stop();
  await db.close();
  process.exit(0);
});
process.stdin.resume();
