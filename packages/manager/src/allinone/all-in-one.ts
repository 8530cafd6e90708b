// The all-in-one mode of `npm start`: a local agent process next to the manager, registered
// as a host through HostsService (the code path of remote agents), kept heartbeating while
// it answers and started again when it dies (agent-supervisor.ts). The agent decides its VMM (falling back to the simulator, since this is the
// demo) and writes the demo images of a simulator host; this module registers what the agent
// reports, so the manager never looks at Firecracker or the host's files itself.
import type { HostInfo } from '@hearth/agent/contract';
import type { Host, Image } from '@hearth/api';
import type { FastifyBaseLogger } from 'fastify';
import { AgentClient } from '../agents/agent-client.ts';
import type { LocalAgentConfig } from '../config.ts';
import type { ServiceContext } from '../context.ts';
import type { HostsService } from '../hosts/hosts.service.ts';
import type { ManagerServices } from '../services.ts';
import { AgentSupervisor } from './agent-supervisor.ts';
import { registerDemoImages } from './demo-images.ts';
import { type LocalAgent, startLocalAgent } from './local-agent.ts';

// Every ~10 s, but at least three beats per staleness window so a short
// HEARTH_HOST_STALE_SECONDS does not flap the host's health.
const heartbeatIntervalMs = (staleSeconds: number) => Math.min(10_000, (staleSeconds * 1000) / 3);

export interface AllInOne {
  host: Host;
  /** the VMM the agent chose, as it reports it */
  vmm: HostInfo['vmm'];
  /** whether /dev/kvm is usable, as the agent found it (said next to the VMM in the banner) */
  kvm: HostInfo['kvm'];
  /** where the agent keeps VM directories (disks, logs, sockets) */
  storageRoot: string;
  /** the agent process running now: a new one after each restart */
  agent(): LocalAgent;
  demoImages: { kernel: Image; rootfs: Image } | null;
  /** what does not work in this setup (e.g. without root), for the start-up log */
  limitations: string[];
  /** the first step of a shutdown: an agent that exits from now on is not restarted */
  stopRestarting(): void;
  /** stops heartbeating, supervising and the agent process; VMMs are detached and keep running */
  stop(): Promise<void>;
}

function limitationsOf(config: LocalAgentConfig): string[] {
  if (config.runningAsRoot) return [];
  return [
    'not running as root: NICs cannot be used (creating TAP devices needs CAP_NET_ADMIN); VMs without NICs work',
    `VM storage is under ${config.storageRoot} instead of /srv/fc/vms`,
  ];
}

export async function startAllInOne(
  ctx: ServiceContext,
  services: Pick<ManagerServices, 'hosts' | 'images'>,
  config: LocalAgentConfig,
  log: FastifyBaseLogger,
): Promise<AllInOne> {
  const dataDir = ctx.config.dataDir;
  const limitations = limitationsOf(config);
  const launch = (token?: string) =>
    startLocalAgent({
      dataDir,
      storageRoot: config.storageRoot,
      allowedPaths: config.allowedPaths,
      firecrackerBin: config.firecrackerBin,
      netns: config.netns,
      env: {
        ...config.inheritedEnv,
        HEARTH_SIMULATOR_FALLBACK: '1',
        HEARTH_DEMO_IMAGES_DIR: config.imagesDir,
      },
      ...(token === undefined ? {} : { token }),
    });
  const supervisor = await AgentSupervisor.start(launch, log);
  const agent = supervisor.current;
  if (agent.orphanPid !== null) {
    log.warn({ orphan_pid: agent.orphanPid }, 'stopped the local agent of an earlier run first');
  }
  log.info(
    {
      agent_pid: agent.pid,
      addr: agent.addr,
      netns: config.netns,
      storage_root: config.storageRoot,
      log: agent.logPath,
    },
    'local agent started',
  );

  try {
    const info = await readHostInfo(agent);
    const simulator = info.vmm.mode === 'simulator';
    const { host } = await services.hosts.register({
      name: config.name,
      addr: agent.addr,
      agent_token: agent.token,
      capabilities: {
        ...info,
        vmm_mode: info.vmm.mode,
        simulator,
        ...(simulator
          ? {
              simulator_warning:
                "This host runs Hearth's Firecracker SIMULATOR: no real microVM runs here.",
              simulator_reasons: info.vmm.reasons,
            }
          : {}),
        limitations,
        all_in_one: true,
      },
    });
    const demoImages = info.demo_images
      ? await registerDemoImages(services.images, host.id, info.demo_images)
      : null;
    const stopHeartbeat = keepHeartbeating(ctx, services.hosts, host, supervisor, log);
    return {
      host,
      vmm: info.vmm,
      kvm: info.kvm,
      storageRoot: info.storage_root,
      agent: () => supervisor.current,
      stopRestarting: () => supervisor.stopRestarting(),
      demoImages,
      limitations,
      stop: async () => {
        stopHeartbeat();
        await supervisor.stop();
      },
    };
  } catch (err) {
    await supervisor.stop();
    throw err;
  }
}

async function readHostInfo(agent: LocalAgent): Promise<HostInfo> {
  const client = new AgentClient({ addr: agent.addr, token: agent.token });
  try {
    return await client.hostInfo();
  } finally {
    await client.close();
  }
}

/**
 * Touches the host while its agent answers. While the agent is down (until the supervisor
 * has started the next one) the host is not touched, and turns unhealthy once that lasts
 * HEARTH_HOST_STALE_SECONDS, which is what the API should show.
 */
function keepHeartbeating(
  ctx: ServiceContext,
  hosts: HostsService,
  host: Host,
  supervisor: AgentSupervisor,
  log: FastifyBaseLogger,
): () => void {
  const { addr, token } = supervisor.current;
  const client = ctx.agents.forHost({ id: host.id, addr, agent_token: token });
  let warned = false;
  const timer = setInterval(async () => {
    // the supervisor logs the exit and the restart
    if (supervisor.current.exited()) return;
    try {
      await client.health();
      await hosts.heartbeat(host.id, {});
      warned = false;
    } catch (err) {
      if (!warned) log.warn({ err: (err as Error).message }, 'local agent heartbeat failed');
      warned = true;
    }
  }, heartbeatIntervalMs(ctx.config.hostStaleSeconds));
  timer.unref();
  return () => clearInterval(timer);
}
