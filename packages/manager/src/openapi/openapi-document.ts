// The manager's OpenAPI document as a value, without listening: the source of the typed
// client in @hearth/api/client (generated, committed) and of the test that keeps it fresh.
// The app is built on an in-memory embedded database; no route is called.

import { AgentDirectory } from '../agents/agent-directory.ts';
import { buildApp } from '../app.ts';
import { loadManagerConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { DatabaseChangeFeed } from '../events/change-feed.ts';
import { ManagerInstance } from '../instances/manager-instance.ts';
import { ManagerMetrics } from '../metrics/manager-metrics.ts';

export async function openApiDocument(): Promise<Record<string, unknown>> {
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  const agents = new AgentDirectory();
  const changes = new DatabaseChangeFeed(database.listen);
  const config = loadManagerConfig({});
  const app = await buildApp(
    {
      db: database.db,
      config: { ...config, database: { kind: 'pglite', dataDir: null } },
      agents,
      changes,
      instance: new ManagerInstance(), // describes routes only: never starts a transition
      metrics: new ManagerMetrics(),
    },
    { webRoot: null },
  );
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
    await changes.close();
    await agents.close();
    await database.close();
  }
}
