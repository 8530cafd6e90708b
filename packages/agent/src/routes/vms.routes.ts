// VMM routes: launch, stop, the live view (list, one VM, its live Firecracker config).
import type { FastifyInstance } from 'fastify';
import { ValidationError } from '../errors.ts';
import { bearerSecurity, errorResponses, vmIdParams } from '../http/schemas.ts';
import { CONSOLE_MAX_BYTES } from '../vmm/console-log.ts';
import type { VmmService } from '../vmm/vmm-service.ts';
import type { ConsoleQuery, LaunchRequest, StopRequest } from '../wire.ts';
import {
  consoleQuery,
  consoleSlice,
  launchBody,
  launchResponse,
  liveConfig,
  stopBody,
  stopResponse,
  vmmStatus,
} from './vm-schemas.ts';

type VmParams = { vmId: string };
type ConsoleQueryString = { from?: string; max_bytes?: string };

function parseConsoleQuery(query: ConsoleQueryString): ConsoleQuery {
  const maxBytes = query.max_bytes === undefined ? undefined : Number(query.max_bytes);
  if (maxBytes !== undefined && (maxBytes < 1 || maxBytes > CONSOLE_MAX_BYTES)) {
    throw new ValidationError(`max_bytes must be between 1 and ${CONSOLE_MAX_BYTES}.`, {
      max_bytes: query.max_bytes,
    });
  }
  return {
    ...(query.from === undefined ? {} : { from: Number(query.from) }),
    ...(maxBytes === undefined ? {} : { max_bytes: maxBytes }),
  };
}
const tags = ['vms'];

export async function vmRoutes(app: FastifyInstance, deps: { vmm: VmmService }): Promise<void> {
  const { vmm } = deps;

  app.get(
    '/vms',
    {
      schema: {
        summary: 'VMMs this host runs, and those that exited on their own',
        tags,
        security: bearerSecurity,
        response: { 200: { type: 'array', items: vmmStatus }, ...errorResponses() },
      },
    },
    () => vmm.list(),
  );

  app.get<{ Params: VmParams }>(
    '/vms/:vmId',
    {
      schema: {
        summary: 'One VMM: running (pid, uptime) or exited (exit code, last log lines)',
        tags,
        security: bearerSecurity,
        params: vmIdParams,
        response: { 200: vmmStatus, ...errorResponses(404) },
      },
    },
    (request) => vmm.get(request.params.vmId),
  );

  app.get<{ Params: VmParams }>(
    '/vms/:vmId/config',
    {
      schema: {
        summary: "The running VMM's live GET /vm/config: what is really attached",
        tags,
        security: bearerSecurity,
        params: vmIdParams,
        response: { 200: liveConfig, ...errorResponses(404, 502) },
      },
    },
    (request) => vmm.liveConfig(request.params.vmId),
  );

  app.get<{ Params: VmParams; Querystring: ConsoleQueryString }>(
    '/vms/:vmId/console',
    {
      schema: {
        summary: `A slice of the VM's serial console log (at most ${CONSOLE_MAX_BYTES} bytes)`,
        description:
          'Without `from`, the last `max_bytes` (default 65536). The log is appended across boots; a VM that never started has an empty one. Slices end on UTF-8 character boundaries: continue with from=end.',
        tags,
        security: bearerSecurity,
        params: vmIdParams,
        querystring: consoleQuery,
        response: { 200: consoleSlice, ...errorResponses() },
      },
    },
    (request) => vmm.console(request.params.vmId, parseConsoleQuery(request.query)),
  );

  app.post<{ Params: VmParams; Body: LaunchRequest }>(
    '/vms/:vmId/launch',
    {
      schema: {
        summary: 'Launch the VM from its full spec, as named steps (see the step log)',
        description:
          'Steps: launch.ensure-vm-dirs, launch.ensure-disks, launch.ensure-bridge, launch.create-taps, launch.spawn-vmm, launch.wait-for-api-socket, launch.machine-config, launch.boot-source, launch.drives, launch.network-interfaces, launch.logger, launch.metrics, launch.instance-start. A failure answers LAUNCH_FAILED (502) or HOST_PRECONDITION_FAILED (422) with details {step, message, firecracker_fault?, drive_id?, path?, steps} after undoing the process and TAPs it created; disk files are never deleted.',
        tags,
        security: bearerSecurity,
        params: vmIdParams,
        body: launchBody,
        response: { 200: launchResponse, ...errorResponses(403, 409, 422, 502) },
      },
    },
    (request) => vmm.launch(request.params.vmId, request.body, request.log),
  );

  app.post<{ Params: VmParams; Body: StopRequest }>(
    '/vms/:vmId/stop',
    {
      schema: {
        summary:
          'Stop: SendCtrlAltDel, bounded wait, then SIGKILL; TAPs and socket removed, storage kept',
        tags,
        security: bearerSecurity,
        params: vmIdParams,
        body: stopBody,
        response: { 200: stopResponse, ...errorResponses() },
      },
      // `curl -X POST .../stop` without a body means "defaults", like `{}`.
      preValidation: async (request) => {
        request.body ??= {};
      },
    },
    (request) => vmm.stop(request.params.vmId, request.body.timeout_ms),
  );
}
