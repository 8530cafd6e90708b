// The all-in-one mode of `npm start`: a local agent process next to the manager, registered
// as a host through HostsService (the code path of remote agents) and kept heartbeating while
// it answers. In simulator mode it also registers demo images, so a newcomer can create a VM
// at once.
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Host, Image } from '@hearth/api';
import type { FastifyBaseLogger } from 'fastify';
import { AgentClient } from '../agents/agent-client.ts';
import type { ServiceContext } from '../context.ts';
import { HostsService } from '../hosts/hosts.service.ts';
import { ImagesService } from '../images/images.service.ts';
import { ensureDemoImages } from './demo-images.ts';
import { type LocalAgent, startLocalAgent } from './local-agent.ts';
import { chooseVmm, type VmmChoice } from './vmm-choice.ts';

// Every ~10 s, but at least three beats per staleness window so a short
// HEARTH_HOST_STALE_SECONDS does not flap the host's health.
const heartbeatIntervalMs = (staleSeconds: number) => Math.min(10_000, (staleSeconds * 1000) / 3);

export interface AllInOne {
  host: Host;
  vmm: VmmChoice;
  agent: LocalAgent;
  demoImages: { kernel: Image; rootfs: Image } | null;
  /** what does not work in this setup (e.g. without root), for the start-up log */
  limitations: string[];
  /** stops heartbeating and the agent process; VMMs are detached and keep running */
  stop(): Promise<void>;
}

export class AllInOneError extends Error {}

/** The host name for the local agent: HEARTH_AGENT_NAME, else this machine's hostname. */
export function localHostName(env: NodeJS.ProcessEnv): string {
  const raw = env.HEARTH_AGENT_NAME || hostname() || 'localhost';
  const cleaned = raw.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  return (cleaned || 'localhost').slice(0, 63);
}

export async function startAllInOne(
  ctx: ServiceContext,
  log: FastifyBaseLogger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<AllInOne> {
  const isRoot = process.getuid?.() === 0;
  const netns = env.HEARTH_AGENT_NETNS || null;
  if (netns && !isRoot) {
    throw new AllInOneError(
      `HEARTH_AGENT_NETNS=${netns} needs root: entering a network namespace is privileged.`,
    );
  }
  const dataDir = ctx.config.dataDir;
  const imagesDir = join(dataDir, 'images');
  const storageRoot = env.HEARTH_STORAGE_ROOT || (isRoot ? '/srv/fc/vms' : join(dataDir, 'vms'));
  const allowedPaths = [imagesDir, ...(env.HEARTH_ALLOWED_PATHS ?? '').split(':').filter(Boolean)];
  const limitations = isRoot
    ? []
    : [
        'not running as root: NICs cannot be used (creating TAP devices needs CAP_NET_ADMIN); VMs without NICs work',
        `VM storage is under ${storageRoot} instead of /srv/fc/vms`,
      ];

  const vmm = await chooseVmm(env);
  const agent = await startLocalAgent({
    dataDir,
    storageRoot,
    allowedPaths,
    firecrackerBin: vmm.binary,
    netns,
    env,
  });
  if (agent.orphanPid !== null) {
    log.warn({ orphan_pid: agent.orphanPid }, 'stopped the local agent of an earlier run first');
  }
  log.info(
    {
      agent_pid: agent.pid,
      addr: agent.addr,
      netns,
      storage_root: storageRoot,
      log: agent.logPath,
    },
    'local agent started',
  );

  try {
    const hosts = new HostsService(ctx);
    const info = await readHostInfo(agent);
    const { host } = await hosts.register({
      name: localHostName(env),
      addr: agent.addr,
      agent_token: agent.token,
      capabilities: {
        ...info,
        vmm_mode: vmm.mode,
        simulator: vmm.mode === 'simulator',
        ...(vmm.mode === 'simulator'
          ? {
              simulator_warning:
                "This host runs Hearth's Firecracker SIMULATOR: no real microVM runs here.",
              simulator_reasons: vmm.reasons,
            }
          : {}),
        limitations,
        all_in_one: true,
      },
    });
    const demoImages =
      vmm.mode === 'simulator'
        ? await ensureDemoImages(new ImagesService(ctx), host.id, imagesDir)
        : null;
    const stopHeartbeat = keepHeartbeating(ctx, hosts, host, agent, log);
    return {
      host,
      vmm,
      agent,
      demoImages,
      limitations,
      stop: async () => {
        stopHeartbeat();
        await agent.stop();
      },
    };
  } catch (err) {
    await agent.stop();
    throw err;
  }
}

async function readHostInfo(agent: LocalAgent): Promise<Record<string, unknown>> {
  const client = new AgentClient({ addr: agent.addr, token: agent.token });
  try {
    return { ...(await client.hostInfo()) };
  } finally {
    await client.close();
  }
}

/**
 * Touches the host while its agent answers. A dead agent is not restarted: the host turns
 * unhealthy after HEARTH_HOST_STALE_SECONDS, which is what the API should show.
 */
function keepHeartbeating(
  ctx: ServiceContext,
  hosts: HostsService,
  host: Host,
  agent: LocalAgent,
  log: FastifyBaseLogger,
): () => void {
  const client = ctx.agents.forHost({ id: host.id, addr: agent.addr, agent_token: agent.token });
  let warned = false;
  const timer = setInterval(async () => {
    if (agent.exited()) {
      if (!warned)
        log.error({ log: agent.logPath }, 'the local agent exited; host will turn unhealthy');
      warned = true;
      return;
    }
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
