// The messages between the manager's event loop and the worker thread that runs embedded
// PGlite (pglite-worker.mjs). Rows, parameters and errors cross by structured clone: Dates,
// Uint8Arrays, BigInts and parsed JSON arrive as the same values in-process PGlite returns.
// An Error's own fields (code, constraint, detail, ...) are not cloned, so a database error
// crosses as a plain record (WireError, made by the worker's toWireError) and is rebuilt here.

export interface WorkerSettings {
  /** null: in memory (tests) */
  dataDir: string | null;
  /** postgres `-c` startup settings, e.g. { shared_buffers: '16MB' } */
  settings: Record<string, string>;
}

export type Request =
  | { id: number; op: 'query'; sql: string; params: unknown[] }
  | { id: number; op: 'listen'; channel: string }
  | { id: number; op: 'unlisten'; channel: string }
  | { id: number; op: 'close' };

export interface QueryResult {
  rows: Record<string, unknown>[];
  affectedRows?: number;
}

/** A thrown value as data: message plus the driver's own fields (code, constraint, ...). */
export interface WireError {
  name: string;
  message: string;
  fields: Record<string, string | number | boolean | null>;
}

export type Reply =
  | { kind: 'ready' }
  | { kind: 'failed'; error: WireError }
  | { kind: 'result'; id: number; result?: QueryResult }
  | { kind: 'error'; id: number; error: WireError }
  | { kind: 'notification'; channel: string; payload: string };

/** The caller's Error, with the database's fields on it as pg and PGlite put them. */
export function fromWireError(wire: WireError): Error {
  const err = new Error(wire.message);
  Object.assign(err, wire.fields);
  err.name = wire.name;
  return err;
}
