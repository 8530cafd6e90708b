// /balloon and /balloon/statistics. The simulated guest never loads the balloon driver, so
// after boot the device stays "not activated" and reports zero actual pages, which is what
// the real one answers right after InstanceStart.
import { DEVICE_NOT_FOUND, fault, noContent, ok } from '../fault.ts';
import type { ApiResponse } from '../http-server.ts';
import { parseBody, postBootOnly, preBootOnly, type RouteRequest } from '../request.ts';
import * as schemas from '../schemas.ts';
import type { BalloonState, VmmModel } from '../vmm-model.ts';

const PAGES_PER_MIB = 256;

export function applyBalloon(vmm: VmmModel, input: BalloonState): string | null {
  vmm.bootPathTaken = true; // even when the request fails, as in Firecracker
  if (vmm.machine.huge_pages !== 'None') {
    return "Balloon config error: Firecracker's huge pages support is incompatible with memory ballooning.";
  }
  if (input.amount_mib > vmm.machine.mem_size_mib) {
    return 'Balloon config error: Amount of pages requested is too large.';
  }
  vmm.balloon = { ...input };
  return null;
}

export function balloonJson(b: BalloonState): BalloonState {
  return {
    amount_mib: b.amount_mib,
    deflate_on_oom: b.deflate_on_oom,
    stats_polling_interval_s: b.stats_polling_interval_s,
    free_page_hinting: b.free_page_hinting,
    free_page_reporting: b.free_page_reporting,
  };
}

export function getBalloon(request: RouteRequest): ApiResponse {
  const { ctx, rest } = request;
  if (rest[0] === 'statistics') return getBalloonStats(request);
  if (rest[0] === 'hinting') {
    if (rest[1] === 'status') return runtimeHinting(request, 'Balloon update error');
    return fault(`Unrecognized GET request path \`/hinting/${rest[1] ?? ''}\`.`);
  }
  if (rest[0] !== undefined) return fault(`Unrecognized GET request path \`${rest[0]}\`.`);
  const balloon = ctx.vmm.balloon;
  if (balloon) return ok(balloonJson(balloon));
  return fault(
    ctx.vmm.started
      ? `Internal VMM error: ${DEVICE_NOT_FOUND}`
      : 'Balloon config error: No balloon device found.',
  );
}

/** Free page hinting needs the guest's balloon driver, which the simulated guest never loads. */
function runtimeHinting({ ctx }: RouteRequest, prefix: string): ApiResponse {
  const refused = postBootOnly(ctx);
  if (refused) return refused;
  if (!ctx.vmm.balloon) return fault(`${prefix}: ${DEVICE_NOT_FOUND}`);
  return fault(`${prefix}: Balloon: Device not activated yet.`);
}

function patchHinting(request: RouteRequest): ApiResponse {
  const { rest, body } = request;
  if (rest[1] === 'start') {
    if (body.length > 0) {
      const parsed = parseBody<unknown>(body, schemas.startHinting);
      if (!parsed.ok) return parsed.response;
    }
    return runtimeHinting(request, 'Balloon update error');
  }
  if (rest[1] === 'stop') return runtimeHinting(request, 'Balloon update error');
  return fault(`Unrecognized PATCH request path \`/hinting/${rest[1] ?? ''}\`.`);
}

function getBalloonStats({ ctx }: RouteRequest): ApiResponse {
  const refused = postBootOnly(ctx);
  if (refused) return refused;
  const balloon = ctx.vmm.balloon;
  if (!balloon) return fault(`Internal VMM error: ${DEVICE_NOT_FOUND}`);
  if (balloon.stats_polling_interval_s === 0) {
    return fault('Internal VMM error: Balloon: Statistics for the balloon device are not enabled');
  }
  return ok({
    target_pages: balloon.amount_mib * PAGES_PER_MIB,
    actual_pages: 0,
    target_mib: balloon.amount_mib,
    actual_mib: 0,
  });
}

export function putBalloon({ ctx, body }: RouteRequest): ApiResponse {
  const parsed = parseBody<BalloonState>(body, schemas.balloon);
  if (!parsed.ok) return parsed.response;
  const refused = preBootOnly(ctx);
  if (refused) return refused;
  const error = applyBalloon(ctx.vmm, parsed.value);
  return error ? fault(error) : noContent();
}

export function patchBalloon(request: RouteRequest): ApiResponse {
  const { ctx, rest, body, bodyMissing } = request;
  if (rest[0] === 'hinting') return patchHinting(request);
  if (bodyMissing) return fault('Empty PATCH request.');
  if (rest[0] === 'statistics') return patchBalloonStats(request);
  const parsed = parseBody<{ amount_mib: number }>(body, schemas.balloonUpdate);
  if (!parsed.ok) return parsed.response;
  const refused = postBootOnly(ctx);
  if (refused) return refused;
  if (!ctx.vmm.balloon) return fault(`Balloon update error: ${DEVICE_NOT_FOUND}`);
  return fault('Balloon update error: Balloon: Device not activated yet.');
}

function patchBalloonStats({ ctx, body }: RouteRequest): ApiResponse {
  const parsed = parseBody<{ stats_polling_interval_s: number }>(body, schemas.balloonStatsUpdate);
  if (!parsed.ok) return parsed.response;
  const refused = postBootOnly(ctx);
  if (refused) return refused;
  const balloon = ctx.vmm.balloon;
  if (!balloon) return fault(`Balloon update error: ${DEVICE_NOT_FOUND}`);
  const interval = parsed.value.stats_polling_interval_s;
  // Statistics can be retuned after boot, but not switched on or off.
  if ((balloon.stats_polling_interval_s === 0) !== (interval === 0)) {
    return fault('Balloon update error: Balloon: Cannot enable/disable the statistics after boot.');
  }
  balloon.stats_polling_interval_s = interval;
  return noContent();
}
