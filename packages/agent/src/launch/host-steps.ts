// Launch steps that prepare the host: directories, disk files, bridge, TAPs, the VMM
// process and its API socket. Undo removes what a step created, never a disk file.
import { waitForApiSocket } from '@hearth/firecracker';
import { removeVmmState, type VmmStateRecord, writeVmmState } from '../state/vmm-state-file.ts';
import { type LaunchContext, requireFiles } from './launch-context.ts';
import { resolveLaunchFiles } from './launch-files.ts';
import type { Step } from './step-runner.ts';

export const ensureVmDirs: Step<LaunchContext> = {
  name: 'launch.ensure-vm-dirs',
  async run(ctx) {
    await ctx.deps.disks.ensureVmDirs(ctx.vmId);
  },
};

export const ensureDisks: Step<LaunchContext> = {
  name: 'launch.ensure-disks',
  async run(ctx, undo) {
    // Firecracker (root) opens the kernel, the initrd and every drive: each is resolved to
    // its real path and judged by the isolation rules, at every launch (launch-files.ts).
    ctx.files = await resolveLaunchFiles(ctx, undo);
  },
};

export const createTaps: Step<LaunchContext> = {
  name: 'launch.create-taps',
  async run(ctx, undo) {
    // The bridge is set up (created the first time) in the same `ip` process; it is shared by
    // every VM of the host, so it is never undone. A VM without NICs needs neither, which
    // also lets an agent without CAP_NET_ADMIN (the non-root demo) run it.
    const taps = ctx.request.nics.map((nic) => nic.host_dev_name);
    await ctx.deps.network.createTaps(taps, ctx.bridge); // all or none
    for (const tap of taps) {
      undo.add(`delete TAP ${tap}`, () => ctx.deps.network.deleteTap(tap));
    }
  },
};

export const spawnVmm: Step<LaunchContext> = {
  name: 'launch.spawn-vmm',
  async run(ctx, undo) {
    const { supervisor, binary } = ctx.deps;
    await supervisor.removeStaleSocket(ctx.paths.apiSocket);
    const vmm = await supervisor.spawn({
      binary,
      vmId: ctx.vmId,
      apiSocket: ctx.paths.apiSocket,
      consoleLog: ctx.paths.consoleLog,
    });
    ctx.vmm = vmm;
    // Undo runs in reverse: the process dies first, then its socket and record go.
    undo.add('remove VMM state record', () => removeVmmState(ctx.paths.stateFile));
    undo.add('remove API socket', () => supervisor.removeStaleSocket(ctx.paths.apiSocket));
    undo.add(`kill VMM ${vmm.pid}`, () => supervisor.kill(vmm));
    // Recorded before any further step: if the agent dies mid-launch, its successor still
    // finds (and can stop) this process and its TAPs.
    const record: VmmStateRecord = {
      vm_id: ctx.vmId,
      pid: vmm.pid,
      process_start_time: vmm.startTime,
      socket_path: ctx.paths.apiSocket,
      tap_names: ctx.request.nics.map((nic) => nic.host_dev_name),
      started_at: new Date().toISOString(),
      binary,
      exited_at: null,
      exit_code: null,
      exit_signal: null,
      // the sizes Firecracker sees are recorded by launch.drives, as it attaches each file
      drives: requireFiles(ctx).drives.map((drive) => ({ ...drive, size_bytes: null })),
    };
    await writeVmmState(ctx.paths.stateFile, record);
    ctx.record = record;
    const client = ctx.deps.createClient(ctx.paths.apiSocket);
    ctx.client = client;
    undo.add('close API client', () => client.close());
  },
};

export const SOCKET_POLL_MS = 2;

export const waitForSocket: Step<LaunchContext> = {
  name: 'launch.wait-for-api-socket',
  async run(ctx) {
    const vmm = ctx.vmm;
    if (!vmm) throw new Error('no VMM process (launch.spawn-vmm did not run)');
    await waitForApiSocket(ctx.paths.apiSocket, {
      timeoutMs: ctx.deps.socketTimeoutMs,
      // A real Firecracker binds its socket a few ms after the spawn: a 20 ms poll would
      // add 10 ms to the average start; a connect attempt on a Unix socket costs microseconds.
      intervalMs: SOCKET_POLL_MS,
      isAlive: () => ctx.deps.supervisor.isChildRunning(vmm),
    });
  },
};
