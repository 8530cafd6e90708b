// Hosts: agents announce themselves (name, address, their own token, capabilities) with the
// cluster's join token and then heartbeat. A host is healthy while its last heartbeat is
// younger than config.hostStaleSeconds, judged by the database clock.
import { randomUUID } from 'node:crypto';
import type { HeartbeatBody, Host, RegisterHostBody } from '@hearth/api';
import { AgentClient, AgentRequestError } from '../agents/agent-client.ts';
import type { ServiceContext } from '../context.ts';
import { AppError, notFound } from '../http/errors.ts';
import { findHost, type HostRecord, listHosts, touchHost, upsertHost } from './hosts.repository.ts';

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
    const newId = randomUUID();
    const id = await upsertHost(this.ctx.db, {
      id: newId,
      name: body.name,
      addr: body.addr,
      agent_token: body.agent_token,
      capabilities,
    });
    return { host: await this.get(id), created: id === newId };
  }

  async heartbeat(id: string, body: HeartbeatBody): Promise<Host> {
    const touched = await touchHost(this.ctx.db, id, body.capabilities);
    if (!touched) throw notFound('HOST_NOT_FOUND', 'Host', id);
    return this.get(id);
  }

  async list(): Promise<Host[]> {
    const hosts = await listHosts(this.ctx.db, this.ctx.config.hostStaleSeconds);
    return hosts.map(publicHost);
  }

  async get(id: string): Promise<Host> {
    const host = await findHost(this.ctx.db, id, this.ctx.config.hostStaleSeconds);
    if (!host) throw notFound('HOST_NOT_FOUND', 'Host', id);
    return publicHost(host);
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
      return { ...info, ...body.capabilities };
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
