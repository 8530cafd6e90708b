// What every service is built from. Services own their use cases and transactions; they
// never see HTTP types.
import type { Kysely } from 'kysely';
import type { AgentDirectory } from './agents/agent-directory.ts';
import type { ManagerConfig } from './config.ts';
import type { Database } from './db/schema.ts';
import type { ChangeFeed } from './events/change-feed.ts';
import type { ManagerInstance } from './instances/manager-instance.ts';
import type { ManagerMetrics } from './metrics/manager-metrics.ts';

export interface ServiceContext {
  db: Kysely<Database>;
  config: ManagerConfig;
  agents: AgentDirectory;
  /** committed changes, announced by the database (GET /v1/events/stream) */
  changes: ChangeFeed;
  /** this process: owner of the transitions it starts (see instances/manager-instance.ts) */
  instance: ManagerInstance;
  /** this process's Prometheus registry (GET /metrics) */
  metrics: ManagerMetrics;
}
