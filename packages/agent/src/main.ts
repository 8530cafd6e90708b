// The agent's composition root: configuration -> real host dependencies -> re-attach to
// running VMMs -> HTTP API. Shutting down closes the API only: VMMs run detached and keep
// running, and the next agent re-attaches to them.
import { FirecrackerClient } from '@hearth/firecracker';
import { createLogger, type LogFormat, parseLogFormat } from '@hearth/http/logging';
import { buildApp } from './app.ts';
import { ConfigError, loadAgentConfig } from './config.ts';
import { ensureDemoImages } from './host/demo-images.ts';
import { type FirecrackerBinary, resolveFirecrackerBinary } from './host/firecracker-binary.ts';
import { collectHostInfo } from './host/host-info.ts';
import { probeKvm } from './host/kvm.ts';
import { chooseVmm, type VmmChoice } from './host/vmm-choice.ts';
import { listenOn } from './http/listen.ts';
import { NftNat } from './network/nat.ts';
import { IpNetworkManager } from './network/network-manager.ts';
import { startManagerRegistration } from './registration/manager-registration.ts';
import { loadRegistrationConfig } from './registration/registration-config.ts';
import { agentRuntimeFiles } from './storage/agent-files.ts';
import { LocalDiskStore } from './storage/disk-store.ts';
import { PathPolicy } from './storage/path-policy.ts';
import { resolveStorageRoot } from './storage/storage-root.ts';
import { DetachedProcessSupervisor } from './vmm/process-supervisor.ts';
import { VmmService } from './vmm/vmm-service.ts';

/** The VMM this agent runs (see host/vmm-choice.ts) and what its binary says it is. */
async function decideVmm(
  configured: string | null,
  simulatorFallback: boolean,
): Promise<{ vmm: VmmChoice; firecracker: FirecrackerBinary | null }> {
  const [binary, kvm] = await Promise.all([resolveFirecrackerBinary(process.env), probeKvm()]);
  const vmm = chooseVmm({ configured, binary, kvm, simulatorFallback });
  if (vmm.mode !== 'simulator' || vmm.binary === binary?.path) return { vmm, firecracker: binary };
  // the fallback: describe the simulator binary the launches will run, as it describes itself
  const simulator = await resolveFirecrackerBinary({
    ...process.env,
    HEARTH_FIRECRACKER_BIN: vmm.binary ?? '',
  });
  return { vmm, firecracker: simulator };
}

async function main(): Promise<void> {
  // every line of the process, not only the app's, has credentials redacted
  // (readable lines on a terminal, JSON lines elsewhere: HEARTH_LOG_FORMAT)
  let format: LogFormat;
  try {
    format = parseLogFormat(process.env.HEARTH_LOG_FORMAT, process.stdout.isTTY === true);
  } catch (err) {
    process.stderr.write(`Configuration error: ${(err as Error).message}.\n`);
    process.exit(2);
  }
  const logger = createLogger({ level: process.env.HEARTH_LOG_LEVEL || 'info', format });
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

  // resolved once: every storage-root comparison of the agent uses the real directory
  config = { ...config, storageRoot: await resolveStorageRoot(config.storageRoot) };
  const vmmChoice = await decideVmm(config.firecrackerBin, config.simulatorFallback);
  const firecracker = vmmChoice.firecracker;
  if (vmmChoice.vmm.mode === 'firecracker') {
    logger.info({ vmm: vmmChoice.vmm }, 'Firecracker binary');
  } else if (vmmChoice.vmm.mode === 'simulator') {
    logger.warn({ vmm: vmmChoice.vmm }, "running Hearth's Firecracker simulator: no real microVM");
  } else {
    logger.warn(
      { reasons: vmmChoice.vmm.reasons },
      'No Firecracker binary found (HEARTH_FIRECRACKER_BIN, else `firecracker` on PATH): launches will fail',
    );
  }
  const demoImages =
    vmmChoice.vmm.mode === 'simulator' && config.demoImagesDir
      ? await ensureDemoImages(config.demoImagesDir)
      : null;

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
    agentFiles: () => agentRuntimeFiles(config.listen),
    log: logger,
    deps: {
      disks,
      network,
      policy,
      supervisor,
      binary: vmmChoice.vmm.binary ?? config.firecrackerBin ?? 'firecracker',
      createClient: (socketPath, timeoutMs) => new FirecrackerClient({ socketPath, timeoutMs }),
      socketTimeoutMs: config.socketTimeoutMs,
    },
  });

  const hostInfo = () =>
    collectHostInfo({
      storageRoot: config.storageRoot,
      allowedRoots: config.allowedRoots,
      firecracker,
      vmm: vmmChoice.vmm,
      demoImages,
      network,
      disks,
    });

  const { running, exited, unrecorded_killed } = await vmm.reattach();
  logger.info(
    { running, exited, unrecorded_killed },
    `re-attached to ${running.length} running VMM(s)`,
  );

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
