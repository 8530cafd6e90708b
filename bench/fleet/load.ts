// The fleet's mixed load, open-loop: request k is due at k / rate seconds and is sent then,
// whatever earlier requests are doing (at most `maxInFlight` at once: a request due while
// that many are open is counted as skipped, not queued). Requests alternate between the
// manager replicas. Latency is from send to answer; how late the sends were is reported too.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Replica {
  name: string;
  baseUrl: string;
}

export interface ApiAnswer {
  status: number;
  body: any;
}

export function apiClient(token: string, timeoutMs = 30_000) {
  return async (
    replica: Replica,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<ApiAnswer> => {
    const res = await fetch(`${replica.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = text;
    }
    return { status: res.status, body: parsed };
  };
}

export type Op = 'list' | 'list filtered' | 'get' | 'drive add' | 'start' | 'stop';
/** out of 40: lists 25 %, gets 35 %, drive adds 15 %, starts 12.5 %, stops 12.5 % */
const WEIGHTS: [Op, number][] = [
  ['list', 6],
  ['list filtered', 4],
  ['get', 14],
  ['drive add', 6],
  ['start', 5],
  ['stop', 5],
];

export interface OpStats {
  /** ms, answered 2xx */
  ok: number[];
  /** "409 VM_BUSY", "502 AGENT_UNREACHABLE", "network: ..." -> count */
  errors: Map<string, number>;
  /** due while maxInFlight requests were open: not sent */
  skipped: number;
  /** a start or stop due while no churn VM was in a state to take it */
  noTarget: number;
}

export interface LoadTargets {
  /** every VM id, for gets and drive adds */
  vmIds: string[];
  /** VMs with a rootfs on their host (created through the API): starts and stops, last state seen */
  churn: Map<string, string>;
  hostIds: string[];
  /** names of the bulk rows are `${bulkPrefix}<n>`, n < bulkCount, for name searches */
  bulkPrefix: string;
  bulkCount: number;
}

export interface LoadResult {
  stats: Map<Op, OpStats>;
  /** ms between a request's due time and its send */
  sendLag: number[];
  sent: number;
  elapsedMs: number;
  maxInFlight: number;
}

export async function runLoad(options: {
  replicas: Replica[];
  token: string;
  rate: number;
  seconds: number;
  maxInFlight: number;
  targets: LoadTargets;
  driveBytes: number;
}): Promise<LoadResult> {
  const { replicas, rate, seconds, maxInFlight, targets } = options;
  const api = apiClient(options.token);
  const stats = new Map<Op, OpStats>(
    WEIGHTS.map(([op]) => [op, { ok: [], errors: new Map(), skipped: 0, noTarget: 0 }]),
  );
  const totalWeight = WEIGHTS.reduce((s, [, w]) => s + w, 0);
  const pickOp = (): Op => {
    let r = Math.random() * totalWeight;
    for (const [op, w] of WEIGHTS) {
      r -= w;
      if (r < 0) return op;
    }
    return 'get';
  };
  const any = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)] as T;
  const churnIn = (pred: (state: string) => boolean): string | null => {
    const ids = [...targets.churn].filter(([, s]) => pred(s)).map(([id]) => id);
    return ids.length > 0 ? any(ids) : null;
  };
  let driveSeq = 0;
  let filterSeq = 0;

  /** The request of one op, or null when there is nothing to act on. */
  const request = (op: Op): [string, string, unknown?] | null => {
    switch (op) {
      case 'list':
        return ['GET', '/v1/vms?limit=50'];
      case 'list filtered': {
        const which = filterSeq++ % 3;
        if (which === 0) return ['GET', '/v1/vms?state=running&limit=50'];
        if (which === 1) return ['GET', `/v1/vms?host_id=${any(targets.hostIds)}&limit=50`];
        const n = Math.floor(Math.random() * Math.max(1, targets.bulkCount));
        return ['GET', `/v1/vms?q=${targets.bulkPrefix}${n}&limit=50`];
      }
      case 'get':
        return ['GET', `/v1/vms/${any(targets.vmIds)}`];
      case 'drive add':
        return [
          'POST',
          `/v1/vms/${any(targets.vmIds)}/drives`,
          { drive_id: `load${driveSeq++}`, size_bytes: options.driveBytes },
        ];
      case 'start': {
        const id = churnIn((s) => s !== 'running' && s !== 'starting');
        return id ? ['POST', `/v1/vms/${id}/start`] : null;
      }
      case 'stop': {
        const id = churnIn((s) => s === 'running');
        return id ? ['POST', `/v1/vms/${id}/stop`] : null;
      }
    }
  };

  const sendLag: number[] = [];
  const pending = new Set<Promise<void>>();
  let inFlight = 0;
  let sent = 0;
  let peak = 0;
  const total = Math.round(rate * seconds);
  const t0 = performance.now();
  for (let k = 0; k < total; k++) {
    const due = t0 + (k * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const op = pickOp();
    const opStats = stats.get(op) as OpStats;
    const req = request(op);
    if (!req) {
      opStats.noTarget++;
      continue;
    }
    if (inFlight >= maxInFlight) {
      opStats.skipped++;
      continue;
    }
    const [method, path, body] = req;
    const replica = replicas[k % replicas.length] as Replica;
    const vmId = /^\/v1\/vms\/([0-9a-f-]{36})\/(start|stop)$/.exec(path)?.[1];
    if (vmId) targets.churn.set(vmId, path.endsWith('/start') ? 'starting' : 'stopping');
    inFlight++;
    peak = Math.max(peak, inFlight);
    sent++;
    const sentAt = performance.now();
    sendLag.push(sentAt - due);
    const done = api(replica, method, path, body)
      .then((res) => {
        const ms = performance.now() - sentAt;
        if (res.status >= 200 && res.status < 300) {
          opStats.ok.push(ms);
          if (vmId) targets.churn.set(vmId, res.body?.state ?? res.body?.vm?.state ?? 'unknown');
          return;
        }
        const code = res.body?.error?.code ?? '';
        const key = `${res.status} ${code}`.trim();
        opStats.errors.set(key, (opStats.errors.get(key) ?? 0) + 1);
        if (vmId) targets.churn.set(vmId, res.body?.error?.details?.state ?? 'error');
      })
      .catch((err: Error) => {
        const key = `network: ${err.name === 'TimeoutError' ? 'timeout' : err.message}`;
        opStats.errors.set(key, (opStats.errors.get(key) ?? 0) + 1);
        if (vmId) targets.churn.set(vmId, 'error');
      })
      .finally(() => {
        inFlight--;
        pending.delete(done);
      });
    pending.add(done);
  }
  await Promise.all(pending);
  return { stats, sendLag, sent, elapsedMs: performance.now() - t0, maxInFlight: peak };
}
