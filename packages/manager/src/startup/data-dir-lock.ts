// One manager per data directory. Two processes on one directory break each other: the
// second stops the first one's agent (its pid file), serves the same agent socket with
// another token, and two embedded PGlite instances on one pgdata see different data and lose
// writes. So the directory is locked before anything touches it, and a second start refuses,
// naming the holder.
//
// Why a lock file holding the holder's identity, and not a kernel lock: Node has no flock(),
// and an abstract Unix socket (released by the kernel on death) is per network namespace.
// The file `hearth.lock` is created atomically complete: written to a temporary file, then
// hard-linked to its name (link() fails with EEXIST like O_EXCL, and nobody ever reads a
// half-written lock). It holds pid + /proc start time + boot id (process-identity.ts), so a
// holder killed with kill -9, whose file stays behind, is recognized as dead even when its pid
// was reused, and the next start takes the lock over. Breaking a stale lock is serialized by a
// second, short-lived lock (`hearth.lock.break`): without it, two starts judging the same
// stale lock could each remove it, the later one removing the lock the earlier one had just
// taken. Limits: one machine and one pid namespace (processes in other containers sharing
// the directory cannot see each other's pids).
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  currentProcess,
  isRunning,
  type ProcessIdentity,
  sameProcess,
} from './process-identity.ts';
import { StartRefusedError } from './start-refused.ts';

export const LOCK_FILE_NAME = 'hearth.lock';
const ATTEMPTS = 50;
const RETRY_MS = 20;

/** What the holder serves, for the message a second start prints. */
export interface Serving {
  /** the API's URL once it listens; null while it starts */
  url: string | null;
  /** host:port it listens (or will listen) on */
  listen: string;
  /** e.g. "PGlite in /x/pgdata" (never a database password) */
  database: string;
  /** the local agent's address, null without one */
  local_agent: string | null;
}

interface LockRecord extends ProcessIdentity {
  data_dir: string;
  started_at: string;
  serving: Serving;
}

export interface DataDirLock {
  path: string;
  /** records what this process serves now (e.g. its URL once it listens) */
  update(serving: Serving): Promise<void>;
  /** removes the lock file if it still names this process; idempotent */
  release(): Promise<void>;
  /** the same, synchronously: for process 'exit', where nothing asynchronous runs */
  releaseSync(): void;
}

export class DataDirInUseError extends StartRefusedError {
  constructor(
    readonly dataDir: string,
    readonly holder: LockRecord,
  ) {
    super(describeRefusal(dataDir, holder));
  }
}

function describeRefusal(dataDir: string, holder: LockRecord): string {
  const { serving } = holder;
  const what = serving.url ? `serving ${serving.url}` : `starting, to serve on ${serving.listen}`;
  const agent = serving.local_agent ? `, local agent ${serving.local_agent}` : '';
  return (
    `the data directory ${dataDir} is in use by another Hearth manager: pid ${holder.pid}, ` +
    `${what} (database: ${serving.database}${agent}), since ${holder.started_at}. ` +
    `Stop that one first (kill ${holder.pid}), or give this one another HEARTH_DATA_DIR. ` +
    'Nothing was changed.'
  );
}

function parse(text: string): LockRecord | null {
  try {
    const record = JSON.parse(text) as LockRecord;
    return Number.isSafeInteger(record.pid) && typeof record.serving === 'object' ? record : null;
  } catch {
    return null;
  }
}

/** null when there is no lock file; an unreadable one counts as stale (`pid: 0`). */
async function readRecord(path: string): Promise<LockRecord | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  return parse(text) ?? unreadable();
}

function unreadable(): LockRecord {
  return {
    pid: 0,
    start_time: null,
    boot_id: null,
    data_dir: '',
    started_at: '',
    serving: { url: null, listen: '', database: '', local_agent: null },
  };
}

async function writeTemp(path: string, record: LockRecord): Promise<string> {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, `${JSON.stringify(record, null, 2)}\n`, { mode: 0o644 });
  return temp;
}

/** Creates `path` holding `record`, atomically and only if it does not exist yet. */
async function createExclusive(path: string, record: LockRecord): Promise<boolean> {
  const temp = await writeTemp(path, record);
  try {
    await link(temp, path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    await rm(temp, { force: true });
  }
}

/** Removes the lock of a dead holder, unless someone else replaced it meanwhile. */
async function breakStale(path: string, stale: LockRecord, me: LockRecord): Promise<void> {
  const breaker = `${path}.break`;
  if (!(await createExclusive(breaker, me))) {
    // another start is breaking it right now, or died doing so (then its breaker is stale)
    const other = await readRecord(breaker);
    if (other !== null && !(await isRunning(other))) await rm(breaker, { force: true });
    return;
  }
  try {
    const current = await readRecord(path);
    if (current !== null && sameProcess(current, stale)) await rm(path, { force: true });
  } finally {
    await rm(breaker, { force: true });
  }
}

/**
 * Locks `dataDir` for this process, creating the directory if needed. Throws DataDirInUseError
 * naming the holder while another live process holds it; takes over a dead holder's lock.
 */
export async function lockDataDir(dataDir: string, serving: Serving): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE_NAME);
  const me: LockRecord = {
    ...(await currentProcess()),
    data_dir: dataDir,
    started_at: new Date().toISOString(),
    serving,
  };
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (await createExclusive(path, me)) return heldLock(path, me);
    const holder = await readRecord(path);
    if (holder === null) continue; // released in between: try again at once
    if (await isRunning(holder)) throw new DataDirInUseError(dataDir, holder);
    await breakStale(path, holder, me);
    await sleep(RETRY_MS);
  }
  throw new Error(`could not lock ${path}: it kept changing (${ATTEMPTS} attempts)`);
}

function heldLock(path: string, me: LockRecord): DataDirLock {
  const mine = (text: string) => {
    const record = parse(text);
    return record !== null && sameProcess(record, me);
  };
  let record = me;
  return {
    path,
    update: async (serving) => {
      if (!mine(await readFile(path, 'utf8').catch(() => ''))) return;
      record = { ...record, serving };
      const temp = await writeTemp(path, record);
      await rename(temp, path).catch(async (err) => {
        await rm(temp, { force: true });
        throw err;
      });
    },
    release: async () => {
      if (mine(await readFile(path, 'utf8').catch(() => ''))) await rm(path, { force: true });
    },
    releaseSync: () => {
      let text = '';
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        return;
      }
      if (mine(text)) rmSync(path, { force: true });
    },
  };
}
