// Firecracker's request routing (`ParsedRequest::try_from`): the first path segment picks
// the resource, the method and the presence of a body pick the handler. Requests without a
// matching route get Firecracker's generic messages, in the same precedence.
import { fault } from './fault.ts';
import type { ApiRequest, ApiResponse } from './http-server.ts';
import type { RouteRequest, SimContext } from './request.ts';
import * as actions from './resources/actions.ts';
import * as balloon from './resources/balloon.ts';
import { putBootSource } from './resources/boot-source.ts';
import * as devices from './resources/devices.ts';
import { patchDrive, putDrive } from './resources/drives.ts';
import { putLogger, putMetrics } from './resources/logger-metrics.ts';
import * as machine from './resources/machine.ts';
import * as mmds from './resources/mmds.ts';
import { patchNet, putNet } from './resources/net.ts';
import { putSnapshot } from './resources/snapshot.ts';
import { putEntropy, putVsock } from './resources/vsock-entropy.ts';

type Handler = (request: RouteRequest) => ApiResponse | Promise<ApiResponse>;

const GET: Record<string, Handler> = {
  '': actions.getInstanceInfo,
  balloon: balloon.getBalloon,
  version: actions.getVersion,
  'machine-config': machine.getMachineConfig,
  mmds: mmds.getMmds,
  hotplug: devices.getHotplug,
};

const PUT: Record<string, Handler> = {
  actions: actions.putAction,
  balloon: balloon.putBalloon,
  'boot-source': putBootSource,
  'cpu-config': devices.putCpuConfig,
  drives: putDrive,
  logger: putLogger,
  'machine-config': machine.putMachineConfig,
  metrics: putMetrics,
  mmds: mmds.putMmds,
  'network-interfaces': putNet,
  pmem: devices.putPmem,
  serial: devices.putSerial,
  snapshot: putSnapshot,
  vsock: putVsock,
  entropy: putEntropy,
  hotplug: devices.putHotplug,
};

const PATCH: Record<string, Handler> = {
  balloon: balloon.patchBalloon,
  drives: patchDrive,
  'machine-config': machine.patchMachineConfig,
  mmds: mmds.patchMmds,
  'network-interfaces': patchNet,
  vm: actions.patchVm,
  hotplug: devices.patchHotplug,
};

function invalidPath(method: string, resource: string): ApiResponse {
  return fault(`Invalid request method and/or path: ${method} ${resource}.`);
}

function pathTokens(path: string): string[] {
  // Rust: trim_start_matches('/').split_terminator('/')
  const tokens = path.replace(/^\/+/, '').split('/');
  if (tokens[tokens.length - 1] === '') tokens.pop();
  return tokens;
}

export function route(ctx: SimContext, request: ApiRequest): ApiResponse | Promise<ApiResponse> {
  const [resource = '', ...rest] = pathTokens(request.path);
  const { method, body } = request;
  if (method === 'GET') {
    if (body) return fault('GET request cannot have a body.');
    if (resource === 'vm' && rest[0] === 'config') {
      return actions.getVmConfig({ ctx, method, rest, body: Buffer.alloc(0) });
    }
    const handler = GET[resource];
    return handler
      ? handler({ ctx, method, rest, body: Buffer.alloc(0) })
      : invalidPath(method, resource);
  }
  const table = method === 'PUT' ? PUT : PATCH;
  const handler = table[resource];
  if (method === 'PATCH' && resource === 'balloon') {
    // Free page hinting actions take no body, so /balloon parses its path first.
    return balloon.patchBalloon({
      ctx,
      method,
      rest,
      body: body ?? Buffer.alloc(0),
      bodyMissing: !body,
    });
  }
  if (!body) {
    return fault(method === 'PUT' ? 'Empty PUT request.' : 'Empty PATCH request.');
  }
  return handler ? handler({ ctx, method, rest, body }) : invalidPath(method, resource);
}
