// One AgentClient per host, reused across requests (keep-alive), rebuilt when a host
// re-registers with a new address or token.
import type { HostRecord } from '../hosts/hosts.repository.ts';
import type { AgentCallObserver } from '../metrics/manager-metrics.ts';
import { AgentClient } from './agent-client.ts';

export class AgentDirectory {
  private readonly clients = new Map<string, { key: string; client: AgentClient }>();

  /** `observe` is told about every call (the manager's metrics). */
  constructor(private readonly observe?: AgentCallObserver) {}

  forHost(host: Pick<HostRecord, 'id' | 'addr' | 'agent_token'>): AgentClient {
    const key = `${host.addr}\n${host.agent_token}`;
    const cached = this.clients.get(host.id);
    if (cached?.key === key) return cached.client;
    void cached?.client.close();
    const client = new AgentClient(
      { addr: host.addr, token: host.agent_token },
      undefined,
      this.observe,
    );
    this.clients.set(host.id, { key, client });
    return client;
  }

  async close(): Promise<void> {
    await Promise.all([...this.clients.values()].map(({ client }) => client.close()));
    this.clients.clear();
  }
}
