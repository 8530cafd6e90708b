// /vsock binds a real host-side Unix socket at uds_path. Replacing the device first drops
// the old one (its socket file is removed), so a failed replace leaves no vsock at all.
// /entropy only holds an optional rate limiter.
import fs from 'node:fs';
import net from 'node:net';
import { dirname } from 'node:path';
import { fault, noContent } from '../fault.ts';
import type { ApiResponse } from '../http-server.ts';
import { describeOsError } from '../os-errors.ts';
import { buildRateLimiter, type RateLimiterInput } from '../rate-limiter.ts';
import { parseBody, preBootOnly, type RouteRequest } from '../request.ts';
import * as schemas from '../schemas.ts';
import type { VmmModel } from '../vmm-model.ts';

interface VsockInput {
  vsock_id: string | null;
  guest_cid: number;
  uds_path: string;
}

function bind(path: string): Promise<{ listener: net.Server } | { error: string }> {
  // libuv reports a missing parent directory as EACCES; bind(2) itself says ENOENT.
  try {
    fs.statSync(dirname(path));
  } catch (err) {
    return Promise.resolve({ error: describeOsError(err) });
  }
  return new Promise((resolve) => {
    const listener = net.createServer((conn) => conn.destroy());
    listener.once('error', (err) => resolve({ error: describeOsError(err) }));
    listener.listen(path, () => resolve({ listener }));
  });
}

function closeListener(listener: net.Server): Promise<void> {
  return new Promise((resolve) => listener.close(() => resolve()));
}

export async function applyVsock(vmm: VmmModel, input: VsockInput): Promise<string | null> {
  vmm.bootPathTaken = true; // even when the request fails, as in Firecracker
  if (vmm.vsock) {
    const old = vmm.vsock;
    vmm.vsock = null;
    await closeListener(old.listener);
  }
  const bound = await bind(input.uds_path);
  if ('error' in bound) {
    return `Vsock config error: Cannot create backend for vsock device: Error binding to the host-side Unix socket: ${bound.error}`;
  }
  vmm.vsock = { guest_cid: input.guest_cid, uds_path: input.uds_path, listener: bound.listener };
  return null;
}

export async function putVsock({ ctx, body }: RouteRequest): Promise<ApiResponse> {
  const parsed = parseBody<VsockInput>(body, schemas.vsock);
  if (!parsed.ok) return parsed.response;
  const deprecation = parsed.value.vsock_id !== null;
  const refused = preBootOnly(ctx, deprecation);
  if (refused) return refused;
  const error = await applyVsock(ctx.vmm, parsed.value);
  return error ? fault(error, deprecation) : noContent(deprecation);
}

export function applyEntropy(
  vmm: VmmModel,
  input: { rate_limiter: RateLimiterInput | null },
): null {
  vmm.bootPathTaken = true; // even when the request fails, as in Firecracker
  vmm.entropy = { rate_limiter: buildRateLimiter(input.rate_limiter) };
  return null;
}

export function putEntropy({ ctx, body }: RouteRequest): ApiResponse {
  const parsed = parseBody<{ rate_limiter: RateLimiterInput | null }>(body, schemas.entropy);
  if (!parsed.ok) return parsed.response;
  const refused = preBootOnly(ctx);
  if (refused) return refused;
  applyEntropy(ctx.vmm, parsed.value);
  return noContent();
}
