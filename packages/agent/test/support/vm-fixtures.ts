// A scratch world for one test file: storage root, an allowed image dir with a (demo)
// kernel, a rootfs and a host-path data disk, a netns with a running agent, and a teardown
// that leaves no VMM, agent, namespace or file behind even when a test failed.
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { writeDemoKernel, writeSparseImage } from '@hearth/firecracker';
import type { LaunchDrive, LaunchRequest } from '../../src/contract/index.ts';
import { isSameProcessAlive, readProcessStat } from '../../src/state/proc-stat.ts';
import { listVmIdsWithState, readVmmState } from '../../src/state/vmm-state-file.ts';
import { AgentProcess } from './agent-process.ts';
import { createNetns, type Netns } from './netns.ts';

export const MIB = 1024 * 1024;

export interface World {
  dir: string;
  storageRoot: string;
  images: string;
  kernel: string;
  rootfs: string;
  netns: Netns;
  token: string;
  agent: AgentProcess;
  /** a new agent process (the old one must be killed first) */
  restartAgent(): Promise<AgentProcess>;
  teardown(): Promise<void>;
}

export async function createWorld(env: Record<string, string> = {}): Promise<World> {
  const dir = await mkdtemp(join(tmpdir(), 'hearth-a2-'));
  const storageRoot = join(dir, 'vms');
  const images = join(dir, 'images');
  await mkdir(images, { recursive: true });
  const kernel = join(images, 'vmlinux');
  const rootfs = join(images, 'rootfs.ext4');
  // the simulator refuses a kernel that fails Firecracker's ELF loader checks
  await writeDemoKernel(kernel);
  await writeSparseImage(rootfs, 64 * MIB);
  const netns = await createNetns();
  const token = randomUUID();
  const start = () => AgentProcess.start({ netns: netns.name, dir, token, env });
  let agent: AgentProcess | null = null;
  const world: World = {
    dir,
    storageRoot,
    images,
    kernel,
    rootfs,
    netns,
    token,
    get agent() {
      if (!agent) throw new Error('no agent running');
      return agent;
    },
    async restartAgent() {
      agent = await start();
      return agent;
    },
    // Every step runs even when an earlier one throws: a half-done teardown leaks VMMs
    // and namespaces into the next run.
    async teardown() {
      const steps = [
        () => agent?.kill(),
        () => killAllVmms(storageRoot),
        () => netns.remove(),
        () => rm(dir, { recursive: true, force: true }),
      ];
      const errors: unknown[] = [];
      for (const step of steps) await Promise.resolve(step()).catch((err) => errors.push(err));
      if (errors.length > 0) throw new AggregateError(errors, 'teardown was incomplete');
    },
  };
  try {
    agent = await start();
  } catch (err) {
    await world.teardown();
    throw err;
  }
  return world;
}

/** SIGKILL every VMM recorded under the storage root (only if it is still that process). */
export async function killAllVmms(storageRoot: string): Promise<void> {
  for (const vmId of await listVmIdsWithState(storageRoot)) {
    const record = await readVmmState(join(storageRoot, vmId, 'vmm.json')).catch(() => null);
    if (!record) continue;
    if (await isSameProcessAlive(record.pid, record.process_start_time)) {
      process.kill(record.pid, 'SIGKILL');
      for (
        let i = 0;
        i < 100 && (await isSameProcessAlive(record.pid, record.process_start_time));
        i++
      ) {
        await sleep(20);
      }
    }
  }
}

export function rootDrive(world: World, vmId: string): LaunchDrive {
  return {
    drive_id: 'rootfs',
    path_on_host: join(world.storageRoot, vmId, 'storage', 'rootfs.ext4'),
    is_root_device: true,
    is_read_only: false,
    source: 'image',
    size_bytes: null,
  };
}

/** A minimal launch: machine, demo kernel, the given drives, no NIC unless given. */
export function launchRequest(
  world: World,
  drives: LaunchDrive[],
  nics: LaunchRequest['nics'] = [],
): LaunchRequest {
  return {
    machine: { vcpu_count: 1, mem_size_mib: 128 },
    boot_source: { kernel_image_path: world.kernel, boot_args: 'console=ttyS0 reboot=k panic=1' },
    drives,
    nics,
  };
}

/** Clones the world's rootfs into the VM's storage dir through the agent's API. */
export async function cloneRootfs(world: World, vmId: string): Promise<void> {
  const res = await world.agent.call('POST', `/storage/vms/${vmId}/clone`, {
    source_path: world.rootfs,
    file_name: 'rootfs.ext4',
  });
  if (res.status !== 201) throw new Error(`clone failed: ${JSON.stringify(res)}`);
}

/** pids of live processes started with `--id <vmId>` (the VMMs of that VM), from /proc. */
export async function vmmPidsOf(vmId: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    const args = cmdline.split('\0');
    const at = args.indexOf('--id');
    if (at >= 0 && args[at + 1] === vmId && (await isSameProcessAliveAnyStart(Number(entry)))) {
      pids.push(Number(entry));
    }
  }
  return pids;
}

async function isSameProcessAliveAnyStart(pid: number): Promise<boolean> {
  const stat = await readProcessStat(pid);
  return stat !== null && stat.state !== 'Z';
}
