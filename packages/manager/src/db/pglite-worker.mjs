// The worker thread that owns embedded PGlite (started by pglite-thread.ts). PGlite is
// PostgreSQL compiled to WebAssembly and runs synchronously on whatever thread calls it: on
// the manager's event loop every query, plan and sort stalled request handling. Here it has a
// thread of its own; the manager's loop only posts messages and receives rows.
//
// Plain JavaScript on purpose: Node 20 does not apply tsx's loader to a worker's entry file,
// and without tsx the thread loads PGlite and nothing else (less memory). The messages are
// typed in pglite-protocol.ts; keep the two in step.
//
// Requests are answered in order, one at a time (PGlite has one session anyway). The worker
// ends when the manager asks it to close, and with the process: a thread cannot outlive it.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';

const port = parentPort;
if (!port) throw new Error('pglite-worker.mjs runs as a worker thread only');
/** @type {import('./pglite-protocol.ts').WorkerSettings} */
const { dataDir, settings } = workerData;
/** @param {import('./pglite-protocol.ts').Reply} reply */
const post = (reply) => port.postMessage(reply);

/** An Error's own fields (code, constraint, detail, ...) do not survive structured clone. */
function toWireError(err) {
  if (!(err instanceof Error)) return { name: 'Error', message: String(err), fields: {} };
  const fields = {};
  for (const [key, value] of Object.entries(err)) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) {
      fields[key] = value;
    }
  }
  return { name: err.name, message: err.message, fields };
}

const startParams = [
  ...PGlite.defaultStartParams,
  ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
];

/** @type {PGlite} */
let pglite;
try {
  pglite = dataDir ? new PGlite(dataDir, { startParams }) : new PGlite({ startParams });
  await pglite.waitReady;
  post({ kind: 'ready' });
} catch (err) {
  post({ kind: 'failed', error: toWireError(err) });
  process.exit(1); // ends this thread only
}

/** @type {Map<string, () => Promise<void>>} */
const unlisteners = new Map();

/** @param {import('./pglite-protocol.ts').Request} req */
async function handle(req) {
  switch (req.op) {
    case 'query': {
      const r = await pglite.query(req.sql, req.params);
      return { kind: 'result', id: req.id, result: { rows: r.rows, affectedRows: r.affectedRows } };
    }
    case 'listen':
      if (!unlisteners.has(req.channel)) {
        const channel = req.channel;
        const unlisten = await pglite.listen(channel, (payload) =>
          post({ kind: 'notification', channel, payload }),
        );
        unlisteners.set(channel, unlisten);
      }
      return { kind: 'result', id: req.id };
    case 'unlisten':
      await unlisteners.get(req.channel)?.();
      unlisteners.delete(req.channel);
      return { kind: 'result', id: req.id };
    case 'close':
      if (!pglite.closed) await pglite.close();
      post({ kind: 'result', id: req.id });
      port.close(); // nothing else holds this thread's loop: it ends
      return null;
    default:
      return { kind: 'error', id: req.id, error: toWireError(new Error(`unknown op ${req.op}`)) };
  }
}

// one request at a time, in arrival order: a transaction's statements never interleave
let chain = Promise.resolve();
port.on('message', (req) => {
  chain = chain.then(async () => {
    const reply = await handle(req).catch((err) => ({
      kind: 'error',
      id: req.id,
      error: toWireError(err),
    }));
    if (reply) post(reply);
  });
});
