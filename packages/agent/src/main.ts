// The agent's composition root: configuration -> real host dependencies -> re-attach to
// running VMMs -> HTTP API. Shutting down closes the API only: VMMs run detached and keep
// running, and the next agent re-attaches to them.
import { mkdir } from 'node:fs/promises';
import { FirecrackerClient } from '@hearth/firecracker';
import { pino } from 'pino';
import { buildApp } from './app.ts';
import { ConfigError, loadAgentConfig } from './config.ts';
import { resolveFirecrackerBinary } from './host/firecracker-binary.ts';
import { collectHostInfo } from './host/host-info.ts';
import { listenOn } from './http/listen.ts';
import { NftNat } from './network/nat.ts';
import { IpNetworkManager } from './network/network-manager.ts';
import { startManagerRegistration } from './registration/manager-registration.ts';
import { loadRegistrationConfig } from './registration/registration-config.ts';
import { LocalDiskStore } from './storage/disk-store.ts';
import { PathPolicy } from './storage/path-policy.ts';
import { DetachedProcessSupervisor } from './vmm/process-supervisor.ts';
import { VmmService } from './vmm/vmm-service.ts';

async function main(): Promise<void> {
  const logger = pino({ level: process.env.HEARTH_LOG_LEVEL || 'info' });
  let config: ReturnType<typeof loadAgentConfig>;
  let registrationConfig: ReturnType<typeof loadRegistrationConfig>;
  try {
    config = loadAgentConfig(process.env);
    registrationConfig = loadRegistrationConfig(process.env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    logger.fatal(`Configuration error: ${err.message}`);
    process.exit(2);
  }

  await mkdir(config.storageRoot, { recursive: true, mode: 0o750 });
  const firecracker = await resolveFirecrackerBinary(process.env);
  if (firecracker) {
    logger.info({ firecracker }, 'Firecracker binary');
  } else {
    logger.warn(
      'No Firecracker binary found (HEARTH_FIRECRACKER_BIN, else `firecracker` on PATH): launches will fail',
    );
  }

  const policy = new PathPolicy({
    storageRoot: config.storageRoot,
    allowedRoots: config.allowedRoots,
  });
  const disks = new LocalDiskStore({ storageRoot: config.storageRoot, policy });
  const network = new IpNetworkManager();
  // The supervisor reports exits to the service, which is built after it.
  let vmm: VmmService | null = null;
  const supervisor = new DetachedProcessSupervisor({
    onExit: (vmId, proc, status) => vmm?.recordExit(vmId, proc, status),
  });
  vmm = new VmmService({
    storageRoot: config.storageRoot,
    defaultBridge: config.bridge,
    stopTimeoutMs: config.stopTimeoutMs,
    log: logger,
    deps: {
      disks,
      network,
      policy,
      supervisor,
      binary: firecracker?.path ?? config.firecrackerBin ?? 'firecracker',
      createClient: (socketPath, timeoutMs) => new FirecrackerClient({ socketPath, timeoutMs }),
      socketTimeoutMs: config.socketTimeoutMs,
    },
  });

  const hostInfo = () =>
    collectHostInfo({
      storageRoot: config.storageRoot,
      allowedRoots: config.allowedRoots,
      firecracker,
      network,
      disks,
    });

  const { running, exited } = await vmm.reattach();
  logger.info({ running, exited }, `re-attached to ${running.length} running VMM(s)`);

  const app = await buildApp({
    token: config.token,
    disks,
    vmm,
    logger,
    hostInfo,
  });
  if (config.natGatewayCidr) {
    await network.ensureBridge(config.bridge);
    await new NftNat().ensure({ bridge: config.bridge, gatewayCidr: config.natGatewayCidr });
    logger.info({ bridge: config.bridge, gateway: config.natGatewayCidr }, 'outbound NAT on');
  }

  const address = await listenOn(app, config.listen);
  logger.info({ address }, 'agent listening');

  const registration = registrationConfig
    ? startManagerRegistration({
        ...registrationConfig,
        agentToken: config.token,
        capabilities: hostInfo,
        log: logger,
      })
    : null;

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down; VMMs keep running');
    registration?.stop();
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

await main();
