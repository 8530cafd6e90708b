// /network-interfaces/{id}: PUT before boot (a re-PUT removes the old interface first, so it
// moves to the end and a failed re-PUT leaves it deleted), PATCH after boot (rate limiters).
// TAP checks look at the process's own network namespace, like Firecracker's TUNSETIFF.
import fs from 'node:fs';
import { DEVICE_NOT_FOUND, fault, noContent } from '../fault.ts';
import type { ApiResponse } from '../http-server.ts';
import { osErrorText } from '../os-errors.ts';
import { buildRateLimiter, patchRateLimiter, type RateLimiterInput } from '../rate-limiter.ts';
import { checkedId, parseBody, postBootOnly, preBootOnly, type RouteRequest } from '../request.ts';
import * as schemas from '../schemas.ts';
import type { VmmModel } from '../vmm-model.ts';

const CREATE =
  'Network config error: Could not create the network device: Open tap device failed: ';
const IFNAMSIZ = 16;
const CAP_NET_ADMIN = 12n;

export interface NetInput {
  iface_id: string;
  host_dev_name: string;
  guest_mac: string | null;
  rx_rate_limiter: RateLimiterInput | null;
  tx_rate_limiter: RateLimiterInput | null;
}

function hasCapNetAdmin(): boolean {
  const status = fs.readFileSync('/proc/self/status', 'utf8');
  const hex = /^CapEff:\s*([0-9a-f]+)$/m.exec(status)?.[1] ?? '0';
  return ((BigInt(`0x${hex}`) >> CAP_NET_ADMIN) & 1n) === 1n;
}

function tapError(vmm: VmmModel, name: string): string | null {
  if (Buffer.byteLength(name) >= IFNAMSIZ) return `${CREATE}Invalid interface name`;
  const backendError = (errno: string) =>
    `${CREATE}Error while creating ifreq structure: ${osErrorText(errno)}. Invalid TUN/TAP Backend provided by ${name}. Check our documentation on setting up the network devices.`;
  // A TAP is attached by one file descriptor at a time: a second attach is EBUSY.
  if (vmm.nets.some((n) => n.host_dev_name === name)) return backendError('EBUSY');
  // A missing TAP is created by TUNSETIFF, which needs CAP_NET_ADMIN.
  if (!fs.existsSync(`/sys/class/net/${name}`) && !hasCapNetAdmin()) return backendError('EPERM');
  return null;
}

export function applyNet(vmm: VmmModel, input: NetInput): string | null {
  vmm.bootPathTaken = true; // even when the request fails, as in Firecracker
  if (input.guest_mac !== null) {
    const conflict = vmm.nets.some(
      (n) => n.guest_mac === input.guest_mac && n.iface_id !== input.iface_id,
    );
    if (conflict)
      return `Network config error: The MAC address is already in use: ${input.guest_mac}`;
  }
  const existing = vmm.nets.findIndex((n) => n.iface_id === input.iface_id);
  if (existing >= 0) {
    // Vec::swap_remove: the last interface takes the removed one's slot.
    const last = vmm.nets.pop();
    if (last && existing < vmm.nets.length) vmm.nets[existing] = last;
  }
  const error = tapError(vmm, input.host_dev_name);
  if (error) return error;
  vmm.nets.push({
    iface_id: input.iface_id,
    host_dev_name: input.host_dev_name,
    guest_mac: input.guest_mac,
    rx_rate_limiter: buildRateLimiter(input.rx_rate_limiter),
    tx_rate_limiter: buildRateLimiter(input.tx_rate_limiter),
  });
  return null;
}

function mismatch(pathId: string, bodyId: string): ApiResponse {
  return fault(`The id from the path [${pathId}] does not match the id from the body [${bodyId}]!`);
}

export function putNet({ ctx, rest, body }: RouteRequest): ApiResponse {
  const id = checkedId(rest[0]);
  if (!id.ok) return id.response;
  const parsed = parseBody<NetInput>(body, schemas.networkInterface);
  if (!parsed.ok) return parsed.response;
  if (parsed.value.iface_id !== id.value) return mismatch(id.value, parsed.value.iface_id);
  const refused = preBootOnly(ctx);
  if (refused) return refused;
  const error = applyNet(ctx.vmm, parsed.value);
  return error ? fault(error) : noContent();
}

interface NetUpdate {
  iface_id: string;
  rx_rate_limiter: RateLimiterInput | null;
  tx_rate_limiter: RateLimiterInput | null;
}

export function patchNet({ ctx, rest, body }: RouteRequest): ApiResponse {
  const id = checkedId(rest[0]);
  if (!id.ok) return id.response;
  const parsed = parseBody<NetUpdate>(body, schemas.networkInterfaceUpdate);
  if (!parsed.ok) return parsed.response;
  const update = parsed.value;
  if (update.iface_id !== id.value) return mismatch(id.value, update.iface_id);
  const refused = postBootOnly(ctx);
  if (refused) return refused;
  const iface = ctx.vmm.nets.find((n) => n.iface_id === update.iface_id);
  if (!iface)
    return fault(`Network config error: Unable to update the net device: ${DEVICE_NOT_FOUND}`);
  iface.rx_rate_limiter = patchRateLimiter(iface.rx_rate_limiter, update.rx_rate_limiter);
  iface.tx_rate_limiter = patchRateLimiter(iface.tx_rate_limiter, update.tx_rate_limiter);
  return noContent();
}
