// VMM routes: launch, stop, the live view (list, one VM, its live Firecracker config) and
// the console log.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  CONSOLE_DEFAULT_BYTES,
  CONSOLE_MAX_BYTES,
  type ConsoleQuery,
  ConsoleQueryString,
  ConsoleSlice,
  DeviceId,
  LaunchRequest,
  LaunchResponse,
  LiveDrive,
  LiveDriveUpdateRequest,
  LiveVmConfig,
  StopRequest,
  StopResponse,
  VmId,
  VmIdParams,
  VmmMetricsResponse,
  VmmStatus,
} from '../contract/index.ts';
import { ValidationError } from '../errors.ts';
import { bearerSecurity, errorResponses } from '../http/schemas.ts';
import { LAUNCH_STEPS } from '../launch/launch-plan.ts';
import type { VmmService } from '../vmm/vmm-service.ts';

export interface VmRouteDeps {
  vmm: VmmService;
}

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

// Written from the plan itself, so the documented steps are always the ones that run.
const launchDescription = `Steps: ${LAUNCH_STEPS.map((step) => step.name).join(', ')}. A failure answers LAUNCH_FAILED (502) or HOST_PRECONDITION_FAILED (422) with details {step, message, firecracker_fault?, drive_id?, path?, steps} after undoing the process and TAPs it created; disk files are never deleted. On success, \`applied\` lists the drives and NICs as Firecracker got them (GET /vm/config's shape), drives in attach order: the root drive first, then by drive_id.`;

const tags = ['vms'];

const DriveParams = Type.Object({ vmId: VmId, driveId: DeviceId });

export const vmRoutes: FastifyPluginAsyncTypebox<VmRouteDeps> = async (app, { vmm }) => {
  app.get(
    '/vms',
    {
      schema: {
        summary: 'VMMs this host runs, and those that exited on their own',
        tags,
        security: bearerSecurity,
        response: { 200: Type.Array(VmmStatus), ...errorResponses() },
      },
    },
    () => vmm.list(),
  );

  app.get(
    '/metrics/vmms',
    {
      schema: {
        summary:
          'Device counters of every running VMM (block bytes/ops per drive, net bytes/packets per NIC)',
        description:
          "Totals since each VMM started, summed from Firecracker's metrics file after asking each VMM to flush. The manager exposes them on its /metrics.",
        tags,
        security: bearerSecurity,
        response: { 200: VmmMetricsResponse, ...errorResponses() },
      },
    },
    async () => ({ vmms: await vmm.deviceMetrics() }),
  );

  app.get(
    '/vms/:vmId',
    {
      schema: {
        summary: 'One VMM: running (pid, uptime) or exited (exit code, last log lines)',
        tags,
        security: bearerSecurity,
        params: VmIdParams,
        response: { 200: VmmStatus, ...errorResponses(404) },
      },
    },
    (request) => vmm.get(request.params.vmId),
  );

  app.get(
    '/vms/:vmId/config',
    {
      schema: {
        summary: "The running VMM's live GET /vm/config: what is really attached",
        tags,
        security: bearerSecurity,
        params: VmIdParams,
        response: { 200: LiveVmConfig, ...errorResponses(404, 502) },
      },
    },
    (request) => vmm.liveConfig(request.params.vmId),
  );

  app.get(
    '/vms/:vmId/console',
    {
      schema: {
        summary: `A slice of the VM's serial console log (at most ${CONSOLE_MAX_BYTES} bytes)`,
        description: `Without \`from\`, the last \`max_bytes\` (default ${CONSOLE_DEFAULT_BYTES}). The log is appended across boots; a VM that never started has an empty one. Slices end on UTF-8 character boundaries: continue with from=end.`,
        tags,
        security: bearerSecurity,
        params: VmIdParams,
        querystring: ConsoleQueryString,
        response: { 200: ConsoleSlice, ...errorResponses() },
      },
    },
    (request) => vmm.console(request.params.vmId, parseConsoleQuery(request.query)),
  );

  app.post(
    '/vms/:vmId/launch',
    {
      schema: {
        summary: 'Launch the VM from its full spec, as named steps (see the step log)',
        description: launchDescription,
        tags,
        security: bearerSecurity,
        params: VmIdParams,
        body: LaunchRequest,
        response: { 200: LaunchResponse, ...errorResponses(403, 409, 422, 502) },
      },
    },
    (request) => vmm.launch(request.params.vmId, request.body, request.log),
  );

  app.post(
    '/vms/:vmId/drives/:driveId/update',
    {
      schema: {
        summary: "Change a running VMM's drive: its file (re-read, with its size) or rate limiter",
        description:
          "Firecracker's PATCH /drives/{id}. A new path_on_host passes the launch's isolation rules (403 PATH_NOT_ALLOWED, 409 FILE_IN_USE, 422 missing file) and Firecracker gets its real path; the same path makes Firecracker re-read the file it has, so a grown disk's new size reaches the guest. rate_limiter is the whole limiter wanted (null: none): buckets left out are disabled. Answers the drive as GET /vms/:vmId/config shows it, with size_bytes. 409 VMM_NOT_RUNNING without a running VMM, 404 NOT_FOUND when it has no such drive, 502 FIRECRACKER_ERROR when Firecracker refuses.",
        tags,
        security: bearerSecurity,
        params: DriveParams,
        body: LiveDriveUpdateRequest,
        response: { 200: LiveDrive, ...errorResponses(403, 404, 409, 422, 502) },
      },
    },
    (request) => vmm.updateLiveDrive(request.params.vmId, request.params.driveId, request.body),
  );

  app.post(
    '/vms/:vmId/stop',
    {
      schema: {
        summary:
          'Stop: SendCtrlAltDel, bounded wait, then SIGKILL; TAPs and socket removed, storage kept',
        tags,
        security: bearerSecurity,
        params: VmIdParams,
        body: StopRequest,
        response: { 200: StopResponse, ...errorResponses() },
      },
      // `curl -X POST .../stop` without a body means "defaults", like `{}`.
      preValidation: async (request) => {
        request.body ??= {};
      },
    },
    (request) => vmm.stop(request.params.vmId, request.body.timeout_ms),
  );
};
