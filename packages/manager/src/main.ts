// The manager's composition root (`npm start`): configuration -> data-directory lock -> port
// -> database -> migrations -> services -> app -> (all-in-one: local agent, host, demo images)
// -> listen. By default it starts a local agent so a single command gives a working Hearth;
// HEARTH_LOCAL_AGENT=off runs the manager alone, for clusters whose agents register
// themselves with the join token. Whatever a start set up is undone in reverse when a later
// step fails (no agent is left behind) and at shutdown.

import { createLogger, type LogFormat, parseLogFormat } from '@hearth/http/logging';
import type { Logger } from 'pino';
import { AgentDirectory } from './agents/agent-directory.ts';
import type { AllInOne } from './allinone/all-in-one.ts';
import { startAllInOne } from './allinone/all-in-one.ts';
import { limitationsNotice, simulatorWarning, startupBanner } from './allinone/banner.ts';
import { localAgentSocketPath } from './allinone/local-agent.ts';
import { buildApp } from './app.ts';
import { ConfigError, loadManagerConfig, type ManagerConfig } from './config.ts';
import type { ServiceContext } from './context.ts';
import { openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { DatabaseChangeFeed } from './events/change-feed.ts';
import { ManagerInstance } from './instances/manager-instance.ts';
import { ManagerMetrics } from './metrics/manager-metrics.ts';
import { Reconciler } from './reconciler/reconciler.ts';
import { createServices } from './services.ts';
import { type DataDirLock, lockDataDir, type Serving } from './startup/data-dir-lock.ts';
import { hostPort, reservePort } from './startup/port-guard.ts';
import { START_REFUSED_EXIT_CODE, StartRefusedError } from './startup/start-refused.ts';
import { once, Teardown } from './startup/teardown.ts';

function loadConfigOrExit(): ManagerConfig {
  try {
    return loadManagerConfig(process.env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`Configuration error: ${err.message}\n`);
    process.exit(2);
  }
}

function logFormatOrExit(): LogFormat {
  try {
    return parseLogFormat(process.env.HEARTH_LOG_FORMAT, process.stdout.isTTY === true);
  } catch (err) {
    process.stderr.write(`Configuration error: ${(err as Error).message}.\n`);
    process.exit(2);
  }
}

/** What this process serves, for the lock file (and the message a second start prints). */
function serving(config: ManagerConfig, url: string | null): Serving {
  let database = `PGlite in ${config.database.kind === 'pglite' ? config.database.dataDir : ''}`;
  if (config.database.kind === 'postgres') {
    // host and database name only: the URL may carry a password
    const parsed = URL.canParse(config.database.url) ? new URL(config.database.url) : null;
    database = parsed ? `PostgreSQL at ${parsed.host}${parsed.pathname}` : 'PostgreSQL';
  }
  return {
    url,
    listen: hostPort(config.host, config.port),
    database,
    local_agent: config.localAgent ? `unix:${localAgentSocketPath(config.dataDir)}` : null,
  };
}

/**
 * The data directory holds the embedded database and the local agent's socket, pid file and
 * logs; a manager using neither (PostgreSQL, no local agent) leaves it alone, so several such
 * replicas may run from one checkout.
 */
function usesDataDir(config: ManagerConfig): boolean {
  return config.database.kind === 'pglite' || config.localAgent !== null;
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  // every line of the process, not only the app's, has credentials redacted; readable lines
  // on a terminal, JSON lines for journald, files and log shippers (HEARTH_LOG_FORMAT)
  const logger = createLogger({ level: config.logLevel, format: logFormatOrExit() });
  const teardown = new Teardown();
  try {
    await start(config, logger, teardown);
  } catch (err) {
    await teardown.run(logger);
    throw err;
  }
}

async function start(config: ManagerConfig, logger: Logger, teardown: Teardown): Promise<void> {
  // Before anything touches the data directory or the port: a second start must change
  // nothing of the instance that holds them.
  let lock: DataDirLock | null = null;
  if (usesDataDir(config)) {
    const held = await lockDataDir(config.dataDir, serving(config, null));
    lock = held;
    teardown.add('data directory lock', () => held.release());
    // process.exit() paths run no asynchronous cleanup; a kill -9 leaves a lock the next
    // start recognizes as stale
    process.once('exit', () => held.releaseSync());
  }
  const port = await reservePort(config.host, config.port);
  teardown.add('port reservation', () => port.release());

  const database = await openDatabase(config.database);
  teardown.add('database', () => database.close());
  const applied = await migrate(database.db);
  const metrics = new ManagerMetrics({ processMetrics: true });
  const ctx: ServiceContext = {
    db: database.db,
    config,
    agents: new AgentDirectory(metrics.observeAgentCall),
    changes: new DatabaseChangeFeed(database.listen, logger),
    instance: new ManagerInstance(),
    metrics,
  };
  teardown.add('agent clients', () => ctx.agents.close());
  teardown.add('change feed', () => ctx.changes.close());
  // before any route or the reconciler can start a transition owned by this process
  await ctx.instance.register(ctx.db, (err) =>
    logger.warn({ err }, 'manager instance lease renewal failed'),
  );
  teardown.add('manager instance', () => ctx.instance.stop(ctx.db).catch(() => {}));

  const services = createServices(ctx, logger);
  const app = await buildApp(ctx, { logger, services });
  const closeApp = once(() => app.close());
  teardown.add('API', closeApp);
  app.log.info(
    { database: database.kind, migrations_applied: applied.map((m) => m.name) },
    'database ready',
  );

  let allInOne: AllInOne | null = null;
  if (config.localAgent) {
    const started = await startAllInOne(ctx, services, config.localAgent, app.log);
    allInOne = started;
    teardown.add('local agent', async () => {
      await started.stop();
      app.log.info(
        'local agent stopped; VMMs are detached and keep running (the next start re-attaches)',
      );
    });
    if (started.vmm.mode === 'simulator') {
      app.log.warn({ reasons: started.vmm.reasons }, 'SIMULATOR MODE: no real microVM will run');
      process.stderr.write(simulatorWarning(started.vmm, started.kvm));
    }
    if (started.limitations.length > 0) {
      app.log.warn({ limitations: started.limitations }, 'running without root');
      process.stderr.write(limitationsNotice(started.limitations));
    }
    app.log.info({ host: started.host.name, host_id: started.host.id }, 'local host registered');
  } else if (config.joinToken === null) {
    app.log.warn('HEARTH_LOCAL_AGENT=off and HEARTH_JOIN_TOKEN is not set: no host can register');
  }

  // the reservation made sure the port was free before anything started; Fastify binds its own
  await port.release();
  await app.listen({ host: config.host, port: port.port });
  const address = app.server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port.port;
  const url = `http://${hostPort(config.host, boundPort)}`;
  await lock?.update(serving(config, url));
  app.log.info({ url }, 'Hearth manager listening');
  const reconciler = new Reconciler(ctx, services.lifecycle, app.log, {
    storage: services.storage,
  });
  reconciler.start(config.reconcileIntervalMs);
  teardown.add('reconciler', () => reconciler.stop());
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    allInOne?.stopRestarting();
    await reconciler.stop();
    // no new request reaches the agent while it stops
    await closeApp();
    await teardown.run(app.log);
    process.exit(0);
  };
  // `on`, not `once`: a second signal during the stop must not fall to the default action and
  // kill the process before it has released the lock and stopped the local agent. Installed
  // before the banner, since whoever reads the banner may signal at once.
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.stdout.write(
    startupBanner({
      url,
      apiToken: config.apiToken,
      demoImages: allInOne?.demoImages ?? null,
      database: serving(config, url).database,
      storageRoot: allInOne?.storageRoot ?? null,
    }),
  );
}

main().catch((err: Error) => {
  if (err instanceof StartRefusedError) {
    process.stderr.write(`Hearth did not start: ${err.message}\n`);
    process.exit(START_REFUSED_EXIT_CODE);
  }
  process.stderr.write(`Hearth failed to start: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
