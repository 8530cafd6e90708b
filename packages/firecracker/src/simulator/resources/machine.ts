// /machine-config: PUT replaces (omitted optional fields return to defaults), PATCH merges.
import { fault, noContent, ok } from '../fault.ts';
import type { ApiResponse } from '../http-server.ts';
import { parseBody, preBootOnly, type RouteRequest } from '../request.ts';
import * as schemas from '../schemas.ts';
import type { MachineState, VmmModel } from '../vmm-model.ts';

const VCPU_ERROR =
  'Machine config error: The number of vCPUs must be greater than 0, less than 32 and must be 1 or an even number if SMT is enabled.';
const MEMORY_ERROR =
  'Machine config error: The memory size (MiB) is either 0, or not a multiple of the configured page size.';
const BALLOON_ERROR =
  'Machine config error: The memory size (MiB) is smaller than the previously set balloon device target size.';

type MachineInput = { [K in keyof MachineState]: MachineState[K] | null };

export function machineConfigJson(m: MachineState): Record<string, unknown> {
  const out: Record<string, unknown> = {
    vcpu_count: m.vcpu_count,
    mem_size_mib: m.mem_size_mib,
    smt: m.smt,
  };
  // cpu_template is only reported when a template other than "None" is set
  if (m.cpu_template && m.cpu_template !== 'None') out.cpu_template = m.cpu_template;
  out.track_dirty_pages = m.track_dirty_pages;
  out.huge_pages = m.huge_pages;
  return out;
}

/** Validates and stores a complete machine config; returns the fault text on failure. */
export function applyMachineConfig(vmm: VmmModel, next: MachineState): string | null {
  vmm.bootPathTaken = true; // even when the request fails, as in Firecracker
  if (
    next.vcpu_count === 0 ||
    next.vcpu_count > 32 ||
    (next.smt && next.vcpu_count % 2 === 1 && next.vcpu_count > 1)
  ) {
    return VCPU_ERROR;
  }
  const pageMib = next.huge_pages === '2M' ? 2 : 1;
  if (next.mem_size_mib === 0 || next.mem_size_mib % pageMib !== 0) return MEMORY_ERROR;
  if (vmm.balloon && next.mem_size_mib < vmm.balloon.amount_mib) return BALLOON_ERROR;
  vmm.machine = next;
  return null;
}

export function getMachineConfig({ ctx }: RouteRequest): ApiResponse {
  return ok(machineConfigJson(ctx.vmm.machine));
}

export function putMachineConfig({ ctx, body }: RouteRequest): ApiResponse {
  const parsed = parseBody<MachineInput>(body, schemas.machineConfig);
  if (!parsed.ok) return parsed.response;
  const input = parsed.value;
  const deprecation = input.cpu_template !== null;
  const refused = preBootOnly(ctx, deprecation);
  if (refused) return refused;
  const error = applyMachineConfig(ctx.vmm, {
    vcpu_count: input.vcpu_count ?? 1,
    mem_size_mib: input.mem_size_mib ?? 128,
    smt: input.smt ?? false,
    // MachineConfig::update keeps the current template when the field is absent, even on PUT.
    cpu_template: input.cpu_template ?? ctx.vmm.machine.cpu_template,
    track_dirty_pages: input.track_dirty_pages ?? false,
    huge_pages: input.huge_pages ?? 'None',
  });
  return error ? fault(error, deprecation) : noContent(deprecation);
}

export function patchMachineConfig({ ctx, body }: RouteRequest): ApiResponse {
  const parsed = parseBody<MachineInput>(body, schemas.machineConfigUpdate);
  if (!parsed.ok) return parsed.response;
  const input = parsed.value;
  if (Object.values(input).every((v) => v === null)) return fault('Empty PATCH request.');
  const deprecation = input.cpu_template !== null;
  const refused = preBootOnly(ctx, deprecation);
  if (refused) return refused;
  const current = ctx.vmm.machine;
  const error = applyMachineConfig(ctx.vmm, {
    vcpu_count: input.vcpu_count ?? current.vcpu_count,
    mem_size_mib: input.mem_size_mib ?? current.mem_size_mib,
    smt: input.smt ?? current.smt,
    cpu_template: input.cpu_template ?? current.cpu_template,
    track_dirty_pages: input.track_dirty_pages ?? current.track_dirty_pages,
    huge_pages: input.huge_pages ?? current.huge_pages,
  });
  return error ? fault(error, deprecation) : noContent(deprecation);
}
