// The smaller pre-boot devices: virtio-pmem, the serial console target, a custom CPU
// template and memory hotplug (whose status is readable and resizable only after boot).
import fs from 'node:fs';
import { DEVICE_NOT_FOUND, fault, noContent, ok } from '../fault.ts';
import type { ApiResponse } from '../http-server.ts';
import { describeOsError } from '../os-errors.ts';
import { checkedId, parseBody, postBootOnly, preBootOnly, type RouteRequest } from '../request.ts';
import * as schemas from '../schemas.ts';
import type { HotplugState, PmemState, VmmModel } from '../vmm-model.ts';

export function applyPmem(vmm: VmmModel, input: PmemState): string | null {
  vmm.bootPathTaken = true; // even when the request fails, as in Firecracker
  if (input.root_device) {
    if (vmm.pmem.some((p) => p.root_device && p.id !== input.id)) {
      return 'Pmem device error: A root pmem device already exist';
    }
    if (vmm.drives[0]?.is_root_device) {
      return 'Pmem device error: Attempt to add pmem as a root device while the root device defined as a block device';
    }
  }
  try {
    fs.closeSync(fs.openSync(input.path_on_host, input.read_only ? 'r' : 'r+'));
  } catch (err) {
    return `Pmem device error: Unable to create the virtio-pmem device: Error accessing backing file: ${describeOsError(err)}`;
  }
  const position = vmm.pmem.findIndex((p) => p.id === input.id);
  if (position >= 0) vmm.pmem[position] = { ...input };
  else vmm.pmem.push({ ...input });
  return null;
}

export function putPmem({ ctx, rest, body }: RouteRequest): ApiResponse {
  const id = checkedId(rest[0]);
  if (!id.ok) return id.response;
  const parsed = parseBody<PmemState>(body, schemas.pmem);
  if (!parsed.ok) return parsed.response;
  if (parsed.value.id !== id.value) {
    return fault('The id from the path does not match the id from the body!');
  }
  const refused = preBootOnly(ctx);
  if (refused) return refused;
  const error = applyPmem(ctx.vmm, parsed.value);
  return error ? fault(error) : noContent();
}

export function putSerial({ ctx, body }: RouteRequest): ApiResponse {
  const parsed = parseBody<{ serial_out_path: string | null }>(body, schemas.serial);
  if (!parsed.ok) return parsed.response;
  const refused = preBootOnly(ctx);
  if (refused) return refused;
  ctx.vmm.serialOutPath = parsed.value.serial_out_path;
  return noContent();
}

export function putCpuConfig({ ctx, body }: RouteRequest): ApiResponse {
  const parsed = parseBody<unknown>(body, schemas.cpuConfig);
  if (!parsed.ok) return parsed.response;
  const refused = preBootOnly(ctx);
  if (refused) return refused;
  // Accepted and applied at boot; GET /vm/config keeps reporting "cpu-config": null, and
  // unlike the other resources it does not rule out a snapshot load.
  return noContent();
}

const isPowerOfTwo = (n: number) => n > 0 && (n & (n - 1)) === 0;
const MIN_BLOCK_MIB = 2;
const MIN_SLOT_MIB = 128;

export function applyHotplug(
  vmm: VmmModel,
  input: Omit<HotplugState, 'requested_size_mib'>,
): string | null {
  vmm.bootPathTaken = true; // even when the request fails, as in Firecracker
  const prefix = 'Memory hotplug config error: ';
  const { total_size_mib: total, block_size_mib: block, slot_size_mib: slot } = input;
  if (block < MIN_BLOCK_MIB)
    return `${prefix}Block size must not be lower than ${MIN_BLOCK_MIB} MiB`;
  if (!isPowerOfTwo(block)) return `${prefix}Block size must be a power of 2`;
  if (slot < MIN_SLOT_MIB) return `${prefix}Slot size must not be lower than ${MIN_SLOT_MIB} MiB`;
  if (slot % block !== 0)
    return `${prefix}Slot size must be a multiple of block size (${block} MiB)`;
  if (total < slot) return `${prefix}Total size must not be lower than slot size (${slot} MiB)`;
  if (total % slot !== 0)
    return `${prefix}Total size must be a multiple of slot size (${slot} MiB)`;
  vmm.hotplug = { ...input, requested_size_mib: 0 };
  return null;
}

function hotplugPathOk(rest: string[], method: string): ApiResponse | null {
  return rest[0] === 'memory'
    ? null
    : fault(`Invalid request method and/or path: ${method} hotplug.`);
}

export function putHotplug({ ctx, rest, body, method }: RouteRequest): ApiResponse {
  const badPath = hotplugPathOk(rest, method);
  if (badPath) return badPath;
  const parsed = parseBody<Omit<HotplugState, 'requested_size_mib'>>(body, schemas.memoryHotplug);
  if (!parsed.ok) return parsed.response;
  const refused = preBootOnly(ctx);
  if (refused) return refused;
  const error = applyHotplug(ctx.vmm, parsed.value);
  return error ? fault(error) : noContent();
}

export function getHotplug({ ctx, rest, method }: RouteRequest): ApiResponse {
  const badPath = hotplugPathOk(rest, method);
  if (badPath) return badPath;
  const refused = postBootOnly(ctx);
  if (refused) return refused;
  const h = ctx.vmm.hotplug;
  if (!h) return fault(`Internal VMM error: ${DEVICE_NOT_FOUND}`);
  return ok({
    total_size_mib: h.total_size_mib,
    slot_size_mib: h.slot_size_mib,
    block_size_mib: h.block_size_mib,
    plugged_size_mib: h.requested_size_mib,
    requested_size_mib: h.requested_size_mib,
  });
}

export function patchHotplug({ ctx, rest, body, method }: RouteRequest): ApiResponse {
  const badPath = hotplugPathOk(rest, method);
  if (badPath) return badPath;
  const parsed = parseBody<{ requested_size_mib: number }>(body, schemas.memoryHotplugUpdate);
  if (!parsed.ok) return parsed.response;
  const refused = postBootOnly(ctx);
  if (refused) return refused;
  const h = ctx.vmm.hotplug;
  if (!h) return fault(`Memory hotplug update error: ${DEVICE_NOT_FOUND}`);
  const requested = parsed.value.requested_size_mib;
  if (requested > h.total_size_mib || requested % h.block_size_mib !== 0) {
    return fault(
      `Memory hotplug update error: Requested size must be a multiple of block size (${h.block_size_mib} MiB) and not exceed the total size`,
    );
  }
  h.requested_size_mib = requested;
  return noContent();
}
