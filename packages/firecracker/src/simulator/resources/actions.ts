// PUT /actions (InstanceStart, FlushMetrics, SendCtrlAltDel), PATCH /vm (pause/resume) and
// the read-only views GET /, GET /version, GET /vm/config.
import fs from 'node:fs';
import { fault, noContent, ok } from '../fault.ts';
import type { ApiResponse } from '../http-server.ts';
import {
  parseBody,
  postBootOnly,
  preBootOnly,
  type RouteRequest,
  type SimContext,
} from '../request.ts';
import * as schemas from '../schemas.ts';
import { vmConfigJson } from '../vm-config.ts';
import { flushMetrics } from './logger-metrics.ts';

export const FIRECRACKER_VERSION = '1.14.2';
const KERNEL_LOAD =
  'Start microvm error: System configuration error: Cannot load kernel due to invalid memory configuration or invalid kernel image: Kernel Loader: failed to load ELF kernel image: Kernel Loader: ';
const METRICS_PERIOD_MS = 60_000;
const DEFAULT_BOOT_ARGS =
  'reboot=k panic=1 pci=off nomodule 8250.nr_uarts=0 i8042.noaux i8042.nomux i8042.nopnp i8042.dumbkbd';

export function getInstanceInfo({ ctx }: RouteRequest): ApiResponse {
  return ok({
    id: ctx.vmm.instanceId,
    state: ctx.vmm.state,
    vmm_version: FIRECRACKER_VERSION,
    app_name: 'Firecracker',
  });
}

export function getVersion(): ApiResponse {
  return ok({ firecracker_version: FIRECRACKER_VERSION });
}

export function getVmConfig({ ctx }: RouteRequest): ApiResponse {
  return ok(vmConfigJson(ctx.vmm));
}

/** x86_64 HIMEM_START: linux-loader refuses an ELF entry point below it. */
const HIGH_MEMORY_START = 0x100000n;

/**
 * The header checks linux-loader's ELF loader makes before loading (in its order, with its
 * texts). A 32-bit ELF fails the program header size check, as it does in the real loader.
 */
function elfProblem(path: string): string | null {
  const header = Buffer.alloc(64);
  let read = 0;
  try {
    const fd = fs.openSync(path, 'r');
    read = fs.readSync(fd, header, 0, 64, 0);
    fs.closeSync(fd);
  } catch {
    return 'Unable to read elf header';
  }
  if (read < 64) return 'Unable to read elf header';
  if (header.readUInt32BE(0) !== 0x7f454c46) return 'Invalid Elf magic number';
  if (header[5] !== 1) return 'Trying to load big-endian binary on little-endian machine';
  if (header.readUInt16LE(54) !== 56) return 'Invalid program header size';
  if (header.readBigUInt64LE(32) < 64n) return 'Invalid program header offset';
  if (header.readBigUInt64LE(24) < HIGH_MEMORY_START) return 'Invalid entry address';
  return null;
}

/** Boots the simulated guest; returns the fault text when the start fails. */
export function startInstance(ctx: SimContext): string | null {
  const forced = ctx.env.HEARTH_SIM_FAIL_INSTANCE_START;
  if (forced) return forced;
  const vmm = ctx.vmm;
  if (!vmm.bootSource)
    return 'Start microvm error: Cannot start microvm without kernel configuration.';
  const problem = elfProblem(vmm.bootSource.kernel_image_path);
  if (problem) return `${KERNEL_LOAD}${problem}`;
  vmm.state = 'Running';
  ctx.log.info('Successfully started microvm');
  flushMetrics(ctx);
  // Firecracker writes metrics every 60 s while the microVM runs; the timer also keeps the
  // process alive for the guest when nothing else would (--no-api).
  setInterval(() => flushMetrics(ctx), METRICS_PERIOD_MS);
  ctx.guest.boot(
    vmm.bootSource.boot_args ?? DEFAULT_BOOT_ARGS,
    vmm.machine.vcpu_count,
    vmm.machine.mem_size_mib,
    vmm.serialOutPath,
  );
  return null;
}

export function putAction({ ctx, body }: RouteRequest): ApiResponse {
  const parsed = parseBody<{ action_type: string }>(body, schemas.action);
  if (!parsed.ok) return parsed.response;
  switch (parsed.value.action_type) {
    case 'InstanceStart': {
      const refused = preBootOnly(ctx);
      if (refused) return refused;
      const error = startInstance(ctx);
      return error ? fault(error) : noContent();
    }
    case 'FlushMetrics': {
      const refused = postBootOnly(ctx);
      if (refused) return refused;
      flushMetrics(ctx);
      return noContent();
    }
    default: {
      const refused = postBootOnly(ctx);
      if (refused) return refused;
      ctx.guest.ctrlAltDel();
      return noContent();
    }
  }
}

export function patchVm({ ctx, body }: RouteRequest): ApiResponse {
  const parsed = parseBody<{ state: string }>(body, schemas.vmState);
  if (!parsed.ok) return parsed.response;
  const refused = postBootOnly(ctx);
  if (refused) return refused;
  if (parsed.value.state === 'Paused') {
    ctx.vmm.state = 'Paused';
    ctx.guest.pause();
  } else {
    ctx.vmm.state = 'Running';
    ctx.guest.resume();
  }
  return noContent();
}
