// Hosts: agents announce themselves (name, address, their own token, capabilities) with the
// cluster's join token and then heartbeat. A host is healthy while its last heartbeat is
// younger than config.hostStaleSeconds, judged by the database clock.
import { randomUUID } from 'node:crypto';
import type { HeartbeatBody, Host, HostEvent, RegisterHostBody } from '@hearth/api';
import { AgentClient, AgentRequestError } from '../agents/agent-client.ts';
import type { ServiceContext } from '../context.ts';
import { AppError, notFound } from '../http/errors.ts';
import { hostStorageTotals } from '../storage/storage.repository.ts';
import { storageSummary } from '../storage/storage-limit.ts';
import { listHostEvents, recordHostEvent } from './host-events.ts';
import { AGENT_REPORTED_FACTS, changedFacts, judgeHeartbeat } from './host-facts.ts';
import {
  findHost,
  findHostByName,
  type HostRecord,
  listHosts,
  touchHost,
  upsertHost,
} from './hosts.repository.ts';

/** A registration probe must not hang the request of an agent that is waiting on us. */
const PROBE_TIMEOUT_MS = 5_000;

/** The API never shows the token the manager presents to an agent. */
export function publicHost(record: HostRecord): Host {
  const { agent_token: _token, ...host } = record;
  return host;
}

export class HostsService {
  constructor(private readonly ctx: ServiceContext) {}

  /**
   * Registers (or re-registers, by name) a host. The agent is asked first, with exactly the
   * address and token given, so a host row always names an agent the manager can reach.
   */
  async register(body: RegisterHostBody): Promise<{ host: Host; created: boolean }> {
    const capabilities = await this.probeAgent(body);
    const previous = await findHostByName(this.ctx.db, body.name);
    const newId = randomUUID();
    const id = await upsertHost(this.ctx.db, {
      id: newId,
      name: body.name,
      addr: body.addr,
      agent_token: body.agent_token,
      capabilities,
    });
    if (previous) {
      const changes = changedFacts(previous, { addr: body.addr, capabilities });
      if (Object.keys(changes).length > 0) {
        await recordHostEvent(
          this.ctx.db,
          id,
          'warn',
          `Re-registration changed ${Object.keys(changes).join(', ')}.`,
          { changes },
        );
      }
    }
    return { host: await this.get(id), created: id === newId };
  }

  /**
   * Health and free capacity only: identity and safety facts (storage root, VMM, allowed
   * paths...) change by re-registration alone. A heartbeat claiming other values for them
   * keeps the recorded ones and leaves a warn host event (host-facts.ts says why).
   */
  async heartbeat(id: string, body: HeartbeatBody): Promise<Host> {
    const host = await findHost(this.ctx.db, id, this.ctx.config.hostStaleSeconds);
    if (!host) throw notFound('HOST_NOT_FOUND', 'Host', id);
    const { updates, refused } = judgeHeartbeat(host.capabilities, body.capabilities);
    const touched = await touchHost(this.ctx.db, id, updates);
    if (!touched) throw notFound('HOST_NOT_FOUND', 'Host', id);
    const keys = Object.keys(refused);
    if (keys.length > 0) {
      await recordHostEvent(
        this.ctx.db,
        id,
        'warn',
        `A heartbeat claimed other values for ${keys.join(', ')}; the recorded ones are kept (they change only by re-registration).`,
        { refused },
      );
    }
    return this.get(id);
  }

  /** With each host's storage summary (one more statement for all of them). */
  async list(filter: { name?: string } = {}): Promise<Host[]> {
    const hosts = await listHosts(this.ctx.db, this.ctx.config.hostStaleSeconds, filter);
    return this.withStorage(hosts);
  }

  async get(id: string): Promise<Host> {
    const host = await findHost(this.ctx.db, id, this.ctx.config.hostStaleSeconds);
    if (!host) throw notFound('HOST_NOT_FOUND', 'Host', id);
    const [withStorage] = await this.withStorage([host]);
    return withStorage ?? publicHost(host);
  }

  private async withStorage(hosts: readonly HostRecord[]): Promise<Host[]> {
    const totals = await hostStorageTotals(
      this.ctx.db,
      hosts.map((h) => h.id),
    );
    return hosts.map((host) => ({
      ...publicHost(host),
      storage: storageSummary(
        host.capabilities,
        totals.get(host.id),
        this.ctx.config.storageOvercommit,
      ),
    }));
  }

  /** Newest first; 404 for an unknown host rather than an empty list. */
  async events(id: string, limit: number): Promise<HostEvent[]> {
    await this.get(id);
    return listHostEvents(this.ctx.db, id, limit);
  }

  /**
   * The agent's health probe needs no token, so reachability is checked there and the token
   * by GET /host, which needs it. Returns the capabilities to store: the agent's own report,
   * with any given in the registration on top.
   */
  private async probeAgent(body: RegisterHostBody): Promise<Record<string, unknown>> {
    // A throwaway client: the directory caches clients by host id, which a new host lacks.
    const client = new AgentClient({ addr: body.addr, token: body.agent_token }, PROBE_TIMEOUT_MS);
    try {
      await client.health().catch((err: Error) => {
        throw unreachable(body.addr, `it does not answer its health check (${err.message})`);
      });
      const info = await client.hostInfo().catch((err: Error) => {
        const reason =
          err instanceof AgentRequestError && err.status === 401
            ? 'it refuses the given agent_token'
            : `GET /host failed (${err.message})`;
        throw unreachable(body.addr, reason);
      });
      // what the agent measured (cpus, memory, ...) stays: placement depends on it; given
      // capabilities add to it (e.g. labels) or, deliberately, override a reading
      // ... except the facts the agent reports about itself (storage root, VMM, roots): those
      // are the agent's word, which the isolation checks rely on
      const reported = Object.fromEntries(
        AGENT_REPORTED_FACTS.filter((key) => key in info).map((key) => [key, info[key]]),
      );
      return { ...info, ...body.capabilities, ...reported };
    } finally {
      await client.close();
    }
  }
}

function unreachable(addr: string, reason: string): AppError {
  return new AppError(
    'HOST_PRECONDITION_FAILED',
    `The agent is not reachable at ${addr} with the given token: ${reason}.`,
    { addr },
  );
}
