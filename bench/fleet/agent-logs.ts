// What the agents' request logs (pino JSON lines, Fastify's `incoming request` and `request
// completed` at info) say about a fleet run: every launch and stop per VM as an interval
// (for the concurrent-transition check), and the reconciler's passes. The reconciler logs
// nothing per pass, so a pass is read off the hosts it visits: one pass walks the hosts in
// name order, asking each agent for its VMMs (GET /agent/v1/vms) first and collecting its
// orphan TAPs (POST /agent/v1/network/orphan-taps/collect) last; a pass starts at the first
// host's VMM list and ends when the last host's TAP collection answers.
import { readFile } from 'node:fs/promises';
import type { HostCall } from './transitions.ts';

interface Request {
  url: string;
  method: string;
  start: number;
  from: string;
}

/** a moment, and the address of the manager replica whose request it belongs to */
export interface Mark {
  at: number;
  from: string;
}

export interface AgentLog {
  calls: HostCall[];
  /** start times of GET /agent/v1/vms */
  vmmLists: Mark[];
  /** answer times of the orphan TAP collection */
  tapCollects: Mark[];
  /** lines at warn or above (pino levels 40+), for the report */
  warnings: number;
}

const CALL = /^\/agent\/v1\/vms\/([0-9a-f-]{36})\/(launch|stop)$/;

export async function readAgentLog(path: string, host: string): Promise<AgentLog> {
  const text = await readFile(path, 'utf8').catch(() => '');
  const open = new Map<string, Request>();
  const log: AgentLog = { calls: [], vmmLists: [], tapCollects: [], warnings: 0 };
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    let entry: {
      level?: number;
      time?: number;
      msg?: string;
      reqId?: string;
      req?: { url?: string; method?: string; remoteAddress?: string };
    };
    try {
      entry = JSON.parse(line);
    } catch {
      continue;
    }
    if ((entry.level ?? 0) >= 40) log.warnings++;
    const { reqId, time } = entry;
    if (reqId === undefined || time === undefined) continue;
    if (entry.msg === 'incoming request' && entry.req?.url) {
      open.set(reqId, {
        url: entry.req.url,
        method: entry.req.method ?? '',
        start: time,
        from: entry.req.remoteAddress ?? '',
      });
      continue;
    }
    if (entry.msg !== 'request completed') continue;
    const req = open.get(reqId);
    if (!req) continue;
    open.delete(reqId);
    const call = hostCall(req, host, time);
    if (call) {
      log.calls.push(call);
    } else if (req.method === 'GET' && req.url === '/agent/v1/vms') {
      log.vmmLists.push({ at: req.start, from: req.from });
    } else if (req.url === '/agent/v1/network/orphan-taps/collect') {
      log.tapCollects.push({ at: time, from: req.from });
    }
  }
  // a launch or stop still in flight when the log was read: open until now
  for (const req of open.values()) {
    const call = hostCall(req, host, Number.POSITIVE_INFINITY);
    if (call) log.calls.push(call);
  }
  return log;
}

/** The launch or stop a request was, from its start to `end`; null for other requests. */
function hostCall(req: { url: string; start: number }, host: string, end: number): HostCall | null {
  const match = CALL.exec(req.url);
  if (!match) return null;
  return {
    vm_id: match[1] as string,
    kind: match[2] as HostCall['kind'],
    host,
    start: req.start,
    end,
  };
}

export interface Pass {
  start: number;
  end: number;
}

/**
 * The reconciler passes of the replica calling from `from`, from the logs of every host,
 * `logs` in host-name order (the order a pass visits them). A pass whose end cannot be found
 * (the run ended inside it) is left out.
 */
export function reconcilePasses(logs: AgentLog[], from: string): Pass[] {
  const first = logs[0];
  const last = logs.at(-1);
  if (!first || !last) return [];
  const times = (marks: Mark[]) =>
    marks
      .filter((m) => m.from === from || m.from === `::ffff:${from}`)
      .map((m) => m.at)
      .sort((a, b) => a - b);
  const starts = times(first.vmmLists);
  const ends = times(last.tapCollects);
  const passes: Pass[] = [];
  let j = 0;
  for (const [i, start] of starts.entries()) {
    while (j < ends.length && (ends[j] as number) < start) j++;
    const end = ends[j];
    const next = starts[i + 1] ?? Number.POSITIVE_INFINITY;
    // the end must belong to this pass: before the next pass visits the first host
    if (end === undefined || end > next) continue;
    passes.push({ start, end });
    j++;
  }
  return passes;
}
