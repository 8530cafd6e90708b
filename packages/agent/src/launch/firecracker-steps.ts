// Launch steps that configure the VMM through its API, pre-boot, then boot it. Each is one
// Firecracker call (or one per device), so a refusal names the exact step and carries
// Firecracker's fault message verbatim. launch.drives also records the size of each file
// Firecracker opened, which Firecracker itself never reports.
import { rm, stat } from 'node:fs/promises';
import type { Drive, NetworkInterface } from '@hearth/firecracker';
import type { LaunchDrive, LaunchRequest } from '../contract/index.ts';
import { writeVmmState } from '../state/vmm-state-file.ts';
import { type LaunchContext, requireClient, requireFiles } from './launch-context.ts';
import type { Step } from './step-runner.ts';

export const putMachineConfig: Step<LaunchContext> = {
  name: 'launch.machine-config',
  run: (ctx) => requireClient(ctx).putMachineConfig(ctx.request.machine),
};

export const putBootSource: Step<LaunchContext> = {
  name: 'launch.boot-source',
  run(ctx) {
    // the real paths launch.ensure-disks checked, never the symlinks the request may name
    const { kernel, initrd } = requireFiles(ctx);
    return requireClient(ctx).putBootSource({
      ...ctx.request.boot_source,
      kernel_image_path: kernel,
      ...(initrd === undefined ? {} : { initrd_path: initrd }),
    });
  },
};

/** Root first, then by drive_id: the order is stable whatever order the manager sends. */
export function attachOrder(drives: readonly LaunchDrive[]): LaunchDrive[] {
  return [...drives].sort((a, b) => {
    if (a.is_root_device !== b.is_root_device) return a.is_root_device ? -1 : 1;
    return a.drive_id < b.drive_id ? -1 : a.drive_id > b.drive_id ? 1 : 0;
  });
}

/** Firecracker's Drive without the agent-only fields (Firecracker rejects unknown fields). */
export function toFirecrackerDrive(drive: LaunchDrive): Drive {
  const { source: _source, size_bytes: _size, ...firecrackerDrive } = drive;
  return firecrackerDrive;
}

/**
 * The devices a launch PUTs, in the order it PUTs them. The launch's answer (`applied`) is
 * built from this too, so what the manager is told is what Firecracker got, in the manager's
 * terms: drive paths as the manager sent them (Firecracker gets their real paths).
 */
export function devicesToAttach(request: LaunchRequest): {
  drives: Drive[];
  nics: NetworkInterface[];
} {
  return { drives: attachOrder(request.drives).map(toFirecrackerDrive), nics: [...request.nics] };
}

export const putDrives: Step<LaunchContext> = {
  name: 'launch.drives',
  async run(ctx) {
    const client = requireClient(ctx);
    // Firecracker opens the real path that was checked: a symlink re-pointed since then
    // cannot redirect it to another file.
    const realPaths = new Map(requireFiles(ctx).drives.map((d) => [d.drive_id, d.real_path]));
    const sizes = new Map<string, number | null>();
    for (const drive of devicesToAttach(ctx.request).drives) {
      const realPath = realPaths.get(drive.drive_id) ?? drive.path_on_host;
      // Firecracker reads the size when the drive is put; taken just before, a file grown
      // in between is recorded smaller than the guest sees, never larger (a later live
      // update then fixes it), and Firecracker does not report it
      sizes.set(drive.drive_id, realPath === undefined ? null : await sizeOf(realPath));
      await client.putDrive({ ...drive, path_on_host: realPath });
    }
    await recordDriveSizes(ctx, sizes);
  },
};

async function sizeOf(path: string): Promise<number | null> {
  return stat(path).then(
    (st) => st.size,
    () => null,
  );
}

/** The VMM's record gets the size of each drive (see RecordedDrive.size_bytes). */
async function recordDriveSizes(
  ctx: LaunchContext,
  sizes: ReadonlyMap<string, number | null>,
): Promise<void> {
  if (!ctx.record) throw new Error('the VMM has no record (launch.spawn-vmm did not run)');
  const record = {
    ...ctx.record,
    drives: (ctx.record.drives ?? []).map((drive) => ({
      ...drive,
      size_bytes: sizes.get(drive.drive_id) ?? null,
    })),
  };
  await writeVmmState(ctx.paths.stateFile, record);
  ctx.record = record;
}

export const putNetworkInterfaces: Step<LaunchContext> = {
  name: 'launch.network-interfaces',
  async run(ctx) {
    const client = requireClient(ctx);
    for (const nic of devicesToAttach(ctx.request).nics) {
      await client.putNetworkInterface(nic);
    }
  },
};

/**
 * Only for a launch with `mmds`: PUT /mmds/config names NICs, so it runs after
 * launch.network-interfaces; the data store is filled before boot, so the guest's first
 * request finds it. Without `mmds` the step is skipped (no call, no report).
 */
export const putMmds: Step<LaunchContext> = {
  name: 'launch.mmds',
  shouldRun: (ctx) => ctx.request.mmds !== undefined,
  async run(ctx) {
    const mmds = ctx.request.mmds;
    if (!mmds) return;
    const client = requireClient(ctx);
    await client.putMmdsConfig({
      network_interfaces: [...mmds.network_interfaces],
      // Firecracker's own default is V1, deprecated (it answers with `Deprecation: true`)
      version: mmds.version ?? 'V2',
    });
    await client.putMmds(mmds.data);
  },
};

export const putLogger: Step<LaunchContext> = {
  name: 'launch.logger',
  run: (ctx) =>
    requireClient(ctx).putLogger({
      log_path: ctx.paths.firecrackerLog,
      level: 'Info',
      show_level: true,
      show_log_origin: false,
    }),
};

export const putMetrics: Step<LaunchContext> = {
  name: 'launch.metrics',
  async run(ctx) {
    // A fresh file per VMM run: Firecracker appends, and the agent reads the file's sum as the
    // totals since this VMM started (vmm/vmm-metrics.ts); a previous run's lines would add in.
    await rm(ctx.paths.metricsFile, { force: true });
    await requireClient(ctx).putMetrics({ metrics_path: ctx.paths.metricsFile });
  },
};

export const instanceStart: Step<LaunchContext> = {
  name: 'launch.instance-start',
  run: (ctx) => requireClient(ctx).instanceStart(),
};
