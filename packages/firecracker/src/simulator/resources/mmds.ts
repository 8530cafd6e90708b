// /mmds (the metadata data store: any JSON value, PATCH is an RFC 7396 merge patch) and
// /mmds/config. A config without a version means V1, which is deprecated: the response
// carries `Deprecation: true` whatever its outcome.
import { fault, noContent } from '../fault.ts';
import type { ApiResponse } from '../http-server.ts';
import { parseBody, preBootOnly, type RouteRequest } from '../request.ts';
import * as schemas from '../schemas.ts';
import { toSortedJson } from '../serde/json-writer.ts';
import type { VmmModel } from '../vmm-model.ts';

const DEFAULT_IPV4 = '169.254.169.254';

export function getMmds({ ctx }: RouteRequest): ApiResponse {
  // An empty (null) data store reads as {}.
  const data = ctx.vmm.mmdsData;
  return { status: 200, bodyText: data === null ? '{}' : toSortedJson(data) };
}

/** Over the data store limit: the one 413 of the API. */
function tooLarge(): ApiResponse {
  return {
    status: 413,
    body: { fault_message: "MMDS limit exceeded error: The MMDS patch request doesn't fit." },
  };
}

export function putMmds(request: RouteRequest): ApiResponse {
  if (request.rest[0] === 'config') return putMmdsConfig(request);
  if (request.rest[0] !== undefined) {
    return fault(`Unrecognized PUT request path \`${request.rest[0]}\`.`);
  }
  const parsed = parseBody<unknown>(request.body, schemas.anyJson);
  if (!parsed.ok) return parsed.response;
  const vmm = request.ctx.vmm;
  if (Buffer.byteLength(toSortedJson(parsed.value)) > vmm.mmdsSizeLimit) return tooLarge();
  vmm.mmdsData = parsed.value;
  vmm.mmdsInitialized = true;
  return noContent();
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** RFC 7396 JSON merge patch (serde_json's `json_patch` in Firecracker's mmds module). */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const out: Record<string, unknown> = Object.assign(
    Object.create(null),
    isObject(target) ? target : {},
  );
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

export function patchMmds({ ctx, body }: RouteRequest): ApiResponse {
  const parsed = parseBody<unknown>(body, schemas.anyJson);
  if (!parsed.ok) return parsed.response;
  const vmm = ctx.vmm;
  if (!vmm.mmdsInitialized) return fault('MMDS error: The MMDS data store is not initialized.');
  const patched = mergePatch(vmm.mmdsData, parsed.value);
  if (Buffer.byteLength(toSortedJson(patched)) > vmm.mmdsSizeLimit) return tooLarge();
  vmm.mmdsData = patched;
  return noContent();
}

interface MmdsConfigInput {
  version: string;
  network_interfaces: string[];
  ipv4_address: string | null;
  imds_compat: boolean;
}

function isLinkLocal(address: string): boolean {
  const parts = address.split('.').map(Number);
  return parts.length === 4 && parts[0] === 169 && parts[1] === 254;
}

export function applyMmdsConfig(vmm: VmmModel, input: MmdsConfigInput): string | null {
  vmm.bootPathTaken = true; // even when the request fails, as in Firecracker
  if (input.network_interfaces.length === 0) {
    return 'MMMDS config error: The list of network interface IDs that allow forwarding MMDS requests is empty.';
  }
  const address = input.ipv4_address ?? DEFAULT_IPV4;
  if (!isLinkLocal(address)) return 'MMMDS config error: The MMDS IPv4 address is not link local.';
  if (!input.network_interfaces.every((id) => vmm.nets.some((n) => n.iface_id === id))) {
    return 'MMMDS config error: The list of network interface IDs provided contains at least one ID that does not correspond to any existing network interface.';
  }
  vmm.mmdsConfig = {
    version: input.version,
    network_interfaces: [...input.network_interfaces],
    ipv4_address: address,
    imds_compat: input.imds_compat,
  };
  return null;
}

function putMmdsConfig({ ctx, body }: RouteRequest): ApiResponse {
  const parsed = parseBody<MmdsConfigInput>(body, schemas.mmdsConfig);
  if (!parsed.ok) return parsed.response;
  const deprecation = parsed.value.version === 'V1';
  const refused = preBootOnly(ctx, deprecation);
  if (refused) return refused;
  const error = applyMmdsConfig(ctx.vmm, parsed.value);
  return error ? fault(error, deprecation) : noContent(deprecation);
}
