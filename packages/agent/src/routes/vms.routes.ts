// VMM routes: launch, stop, the live view (list, one VM, its live Firecracker config).
import type { FastifyInstance } from 'fastify';
import { bearerSecurity, errorResponses, vmIdParams } from '../http/schemas.ts';
import type { VmmService } from '../vmm/vmm-service.ts';
import type { LaunchRequest, StopRequest } from '../wire.ts';
import {
  launchBody,
  launchResponse,
  liveConfig,
  stopBody,
  stopResponse,
  vmmStatus,
} from './vm-schemas.ts';

type VmParams = { vmId: string };
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
