// --config-file: configure the microVM from one JSON document with the keys of GET /vm/config,
// in the order Firecracker applies them, then start it. Any failure ends the process.
import fs from 'node:fs';
import type { RateLimiterInput } from './rate-limiter.ts';
import type { SimContext } from './request.ts';
import { startInstance } from './resources/actions.ts';
import { applyBalloon } from './resources/balloon.ts';
import { applyBootSource } from './resources/boot-source.ts';
import { applyHotplug, applyPmem } from './resources/devices.ts';
import { applyDrive, type DriveInput } from './resources/drives.ts';
import { applyLogger, applyMetrics } from './resources/logger-metrics.ts';
import { applyMachineConfig } from './resources/machine.ts';
import { applyMmdsConfig } from './resources/mmds.ts';
import { applyNet, type NetInput } from './resources/net.ts';
import { applyEntropy, applyVsock } from './resources/vsock-entropy.ts';
import * as schemas from './schemas.ts';
import { decode, type Schema } from './serde/schema.ts';
import type { BalloonState, HotplugState, MachineState, PmemState } from './vmm-model.ts';

const list = (item: Schema): Schema => ({ kind: 'seq', item });
const optional = (name: string, schema: Schema) => ({
  name,
  schema: { kind: 'option', inner: schema } as Schema,
  absent: () => null,
});

const vmmConfig: Schema = {
  kind: 'struct',
  name: 'VmmConfig',
  denyUnknown: true,
  fields: [
    optional('balloon', schemas.balloon),
    { name: 'drives', schema: list(schemas.blockDevice), absent: () => [] },
    { name: 'boot-source', schema: schemas.bootSource },
    optional('cpu-config', { kind: 'string' }),
    optional('logger', schemas.logger),
    optional('machine-config', schemas.machineConfig),
    optional('metrics', schemas.metrics),
    optional('mmds-config', schemas.mmdsConfig),
    { name: 'network-interfaces', schema: list(schemas.networkInterface), absent: () => [] },
    optional('vsock', schemas.vsock),
    optional('entropy', schemas.entropy),
    { name: 'pmem', schema: list(schemas.pmem), absent: () => [] },
    optional('memory-hotplug', schemas.memoryHotplug),
  ],
};

interface VmmConfigInput {
  balloon: BalloonState | null;
  drives: DriveInput[];
  'boot-source': {
    kernel_image_path: string;
    initrd_path: string | null;
    boot_args: string | null;
  };
  logger: Parameters<typeof applyLogger>[1] | null;
  'machine-config': { [K in keyof MachineState]: MachineState[K] | null } | null;
  metrics: { metrics_path: string } | null;
  'mmds-config': Parameters<typeof applyMmdsConfig>[1] | null;
  'network-interfaces': NetInput[];
  vsock: { vsock_id: string | null; guest_cid: number; uds_path: string } | null;
  entropy: { rate_limiter: RateLimiterInput | null } | null;
  pmem: PmemState[];
  'memory-hotplug': Omit<HotplugState, 'requested_size_mib'> | null;
}

/** Applies the file and boots; returns a description of the first failure. */
export async function bootFromConfigFile(ctx: SimContext, path: string): Promise<string | null> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path);
  } catch (err) {
    return `Unable to read the config file: ${(err as Error).message}`;
  }
  const decoded = decode<VmmConfigInput>(bytes, vmmConfig);
  if (!decoded.ok) return `Invalid JSON: ${decoded.message}`;
  const c = decoded.value;
  const m = c['machine-config'];
  const steps: Array<() => string | null | Promise<string | null>> = [
    () => (c.logger ? applyLogger(ctx, c.logger) : null),
    () => (c.metrics ? applyMetrics(ctx, c.metrics.metrics_path) : null),
    () =>
      m
        ? applyMachineConfig(ctx.vmm, {
            vcpu_count: m.vcpu_count ?? 1,
            mem_size_mib: m.mem_size_mib ?? 128,
            smt: m.smt ?? false,
            cpu_template: m.cpu_template,
            track_dirty_pages: m.track_dirty_pages ?? false,
            huge_pages: m.huge_pages ?? 'None',
          })
        : null,
    () => applyBootSource(ctx.vmm, c['boot-source']),
    ...c.drives.map((d) => () => applyDrive(ctx.vmm, d)),
    ...c['network-interfaces'].map((n) => () => applyNet(ctx.vmm, n)),
    () => (c.vsock ? applyVsock(ctx.vmm, c.vsock) : null),
    () => (c.balloon ? applyBalloon(ctx.vmm, c.balloon) : null),
    () => (c['mmds-config'] ? applyMmdsConfig(ctx.vmm, c['mmds-config']) : null),
    () => (c.entropy ? applyEntropy(ctx.vmm, c.entropy) : null),
    ...c.pmem.map((p) => () => applyPmem(ctx.vmm, p)),
    () => (c['memory-hotplug'] ? applyHotplug(ctx.vmm, c['memory-hotplug']) : null),
    () => startInstance(ctx),
  ];
  for (const step of steps) {
    const error = await step();
    if (error) return error;
  }
  return null;
}
