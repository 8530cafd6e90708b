// The manager's composition root (`npm start`): configuration -> database -> migrations ->
// services -> app -> (all-in-one: local agent, host, demo images) -> listen. By default it
// starts a local agent so a single command gives a working Hearth; HEARTH_LOCAL_AGENT=off runs
// the manager alone, for clusters whose agents register themselves with the join token.
import { type Logger, pino } from 'pino';
import { AgentDirectory } from './agents/agent-directory.ts';
import type { AllInOne } from './allinone/all-in-one.ts';
import { startAllInOne } from './allinone/all-in-one.ts';
import { limitationsNotice, simulatorWarning, startupBanner } from './allinone/banner.ts';
import { buildApp } from './app.ts';
import { ConfigError, loadManagerConfig, type ManagerConfig } from './config.ts';
import type { ServiceContext } from './context.ts';
import { openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { DatabaseChangeFeed } from './events/change-feed.ts';
import { Reconciler } from './reconciler/reconciler.ts';
import { createServices } from './services.ts';

function loadConfigOrExit(): ManagerConfig {
  try {
    return loadManagerConfig(process.env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`Configuration error: ${err.message}\n`);
    process.exit(2);
  }
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = pino({ level: config.logLevel });
  const database = await openDatabase(config.database);
  const applied = await migrate(database.db);
  const ctx: ServiceContext = {
    db: database.db,
    config,
    agents: new AgentDirectory(),
    changes: new DatabaseChangeFeed(database.listen, logger),
  };
  try {
    await serve(
      ctx,
      logger,
      () => database.close(),
      database.kind,
      applied.map((m) => m.name),
    );
  } catch (err) {
    await ctx.changes.close();
    await ctx.agents.close();
    await database.close();
    throw err;
  }
}

async function serve(
  ctx: ServiceContext,
  logger: Logger,
  closeDatabase: () => Promise<void>,
  databaseKind: string,
  migrationsApplied: string[],
): Promise<void> {
  const { config } = ctx;
  const services = createServices(ctx, logger);
  const app = await buildApp(ctx, { logger, services });
  app.log.info({ database: databaseKind, migrations_applied: migrationsApplied }, 'database ready');

  let allInOne: AllInOne | null = null;
  if (config.localAgent) {
    allInOne = await startAllInOne(ctx, services, config.localAgent, app.log);
    if (allInOne.vmm.mode === 'simulator') {
      app.log.warn({ reasons: allInOne.vmm.reasons }, 'SIMULATOR MODE: no real microVM will run');
      process.stderr.write(simulatorWarning(allInOne.vmm));
    }
    if (allInOne.limitations.length > 0) {
      app.log.warn({ limitations: allInOne.limitations }, 'running without root');
      process.stderr.write(limitationsNotice(allInOne.limitations));
    }
    app.log.info({ host: allInOne.host.name, host_id: allInOne.host.id }, 'local host registered');
  } else if (config.joinToken === null) {
    app.log.warn('HEARTH_LOCAL_AGENT=off and HEARTH_JOIN_TOKEN is not set: no host can register');
  }

  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  app.log.info({ url }, 'Hearth manager listening');
  const reconciler = new Reconciler(ctx, app.log);
  reconciler.start(config.reconcileIntervalMs);
  process.stdout.write(
    startupBanner({ url, apiToken: config.apiToken, demoImages: allInOne?.demoImages ?? null }),
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    await reconciler.stop();
    await app.close();
    if (allInOne) {
      await allInOne.stop();
      app.log.info(
        'local agent stopped; VMMs are detached and keep running (the next start re-attaches)',
      );
    }
    await ctx.changes.close();
    await ctx.agents.close();
    await closeDatabase();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err: Error) => {
  process.stderr.write(`Hearth failed to start: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
