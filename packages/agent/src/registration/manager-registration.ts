// A remote agent announces itself to the manager: it registers (name, the address the
// manager should call, its own bearer token, its capabilities) with the cluster's join token,
// then heartbeats. The manager is often started after its agents or restarted under them, so
// every failure is retried with capped exponential backoff, never fatal; a heartbeat the
// manager answers with 404 (its database no longer knows the host) registers again.
import type { HostInfo } from '../contract/index.ts';

export interface RegistrationLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface ManagerRegistrationOptions {
  /** the manager's base URL, e.g. https://hearth.example:8080 */
  managerUrl: string;
  joinToken: string;
  /** host name shown by the manager; registration is idempotent by name */
  name: string;
  /** how the manager reaches this agent: http(s)://host:port or unix:/path.sock */
  advertiseAddr: string;
  agentToken: string;
  capabilities(): Promise<HostInfo>;
  log: RegistrationLog;
  heartbeatIntervalMs?: number;
  /** first retry delay; doubles per consecutive failure up to maxBackoffMs */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  requestTimeoutMs?: number;
}

export interface ManagerRegistration {
  /** resolves with the host id once the first registration succeeded */
  readonly registered: Promise<string>;
  stop(): void;
}

const DEFAULTS = {
  heartbeatIntervalMs: 10_000,
  initialBackoffMs: 1_000,
  maxBackoffMs: 60_000,
  requestTimeoutMs: 10_000,
};

class ManagerAnswer extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`manager answered ${status}: ${body.slice(0, 300)}`);
  }
}

export function startManagerRegistration(opts: ManagerRegistrationOptions): ManagerRegistration {
  const settings = { ...DEFAULTS, ...withoutUndefined(opts) };
  const base = opts.managerUrl.replace(/\/+$/, '');
  let hostId: string | null = null;
  let failures = 0;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const inFlight = new AbortController();
  let resolveRegistered: (id: string) => void = () => {};
  const registered = new Promise<string>((resolve) => {
    resolveRegistered = resolve;
  });

  async function post(path: string, body: unknown): Promise<{ id: string }> {
    const res = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${opts.joinToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.any([inFlight.signal, AbortSignal.timeout(settings.requestTimeoutMs)]),
    });
    const text = await res.text();
    if (!res.ok) throw new ManagerAnswer(res.status, text);
    return JSON.parse(text) as { id: string };
  }

  async function register(): Promise<void> {
    const capabilities = { ...(await opts.capabilities()) };
    const host = await post('/v1/hosts', {
      name: opts.name,
      addr: opts.advertiseAddr,
      agent_token: opts.agentToken,
      capabilities,
    });
    hostId = host.id;
    opts.log.info({ host_id: host.id, manager: base }, 'registered with the manager');
    resolveRegistered(host.id);
  }

  async function heartbeat(id: string): Promise<void> {
    try {
      await post(`/v1/hosts/${id}/heartbeat`, {});
    } catch (err) {
      if (err instanceof ManagerAnswer && err.status === 404) {
        hostId = null;
        opts.log.warn({ host_id: id }, 'the manager no longer knows this host; registering again');
        await register();
        return;
      }
      throw err;
    }
  }

  async function tick(): Promise<void> {
    timer = null;
    if (stopped) return;
    try {
      if (hostId === null) await register();
      else await heartbeat(hostId);
      failures = 0;
      schedule(settings.heartbeatIntervalMs);
    } catch (err) {
      if (stopped) return;
      failures += 1;
      const delay = Math.min(
        settings.maxBackoffMs,
        settings.initialBackoffMs * 2 ** Math.min(failures - 1, 20),
      );
      const what = hostId === null ? 'registration with' : 'heartbeat to';
      opts.log.warn(
        { err: (err as Error).message, retry_in_ms: delay, failures },
        `${what} the manager at ${base} failed`,
      );
      schedule(delay);
    }
  }

  function schedule(ms: number): void {
    if (stopped) return;
    timer = setTimeout(() => void tick(), ms);
    // The loop alone never keeps the agent alive: the HTTP server does.
    timer.unref();
  }

  schedule(0);
  return {
    registered,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      inFlight.abort();
    },
  };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
