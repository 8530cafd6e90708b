// The host facts that change under a running agent without a re-registration: the bridges,
// which the agent creates at the first launch with a NIC. A heartbeat may not change them
// (host-facts.ts: any agent of the cluster holds the join token), so the manager reads them
// from the host's own agent after such a launch.
import { isDeepStrictEqual } from 'node:util';
import type { AgentClient } from '../agents/agent-client.ts';
import type { Db } from '../db/types.ts';
import type { HostRecord } from './hosts.repository.ts';
import { recordMeasuredFacts } from './hosts.repository.ts';

/** Records the agent's bridges when they differ from the host's row; true when it changed. */
export async function refreshBridges(
  db: Db,
  host: Pick<HostRecord, 'id' | 'capabilities'>,
  agent: Pick<AgentClient, 'hostInfo'>,
): Promise<boolean> {
  const { bridges } = await agent.hostInfo();
  if (isDeepStrictEqual(host.capabilities.bridges, bridges)) return false;
  await recordMeasuredFacts(db, host.id, { bridges });
  return true;
}
