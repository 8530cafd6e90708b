// What a live apply may send: Firecracker changes a running VMM's drive only by PATCH
// /drives/{id} with a backing file (re-read, so a grown file's new size reaches the guest)
// and a rate limiter. This module turns a drive's view into that one request, or refuses,
// naming every difference only a restart can apply; it never touches the VMM itself.
import type {
  RateLimiter as AgentRateLimiter,
  LiveDriveUpdateRequest,
} from '@hearth/agent/contract';
import type { Drive, RateLimiter } from '@hearth/api';
import { canonicalRateLimiter } from '../devices/attachment.ts';
import { AppError } from '../http/errors.ts';
import { LIVE_FIELDS } from './drive-view.ts';
import type { DriveRecord } from './drives.repository.ts';

export const restartRequired = (vmId: string, driveId: string, fields: string[], why: string) =>
  new AppError(
    'RESTART_REQUIRED',
    `Drive "${driveId}" of VM ${vmId} ${why}; Firecracker cannot change that on a running VM. Nothing was changed: restart the VM to apply it.`,
    { vm_id: vmId, drive_id: driveId, fields },
  );

/**
 * The agent request that makes the live drive equal `row`, or null when it already does.
 * `view` is the row's view against the live config (driveViews).
 */
export function liveApplyRequest(
  vmId: string,
  row: DriveRecord | undefined,
  view: Drive,
): Omit<LiveDriveUpdateRequest, 'image_paths'> | null {
  if (view.attachment === 'attached') return null;
  if (view.attachment === 'pending_attach' || !row) {
    throw restartRequired(vmId, view.drive_id, ['added'], 'was added since the VM started');
  }
  if (view.attachment === 'pending_detach') {
    throw restartRequired(vmId, view.drive_id, ['removed'], 'was removed since the VM started');
  }
  const restartOnly = view.pending_fields.filter(
    (f) => !LIVE_FIELDS.has(f as Parameters<typeof LIVE_FIELDS.has>[0]),
  );
  if (restartOnly.length > 0) {
    throw restartRequired(vmId, view.drive_id, restartOnly, `differs in ${restartOnly.join(', ')}`);
  }
  const fields = new Set(view.pending_fields);
  return {
    // the same path re-reads the file: that is how a grown file's size reaches the guest
    ...(fields.has('path_on_host') || fields.has('size_bytes')
      ? { path_on_host: row.path_on_host }
      : {}),
    ...(fields.has('rate_limiter') ? { rate_limiter: agentRateLimiter(row.rate_limiter) } : {}),
  };
}

/** The wanted limiter in the agent's terms: no-op spellings gone, absent buckets left out. */
function agentRateLimiter(limiter: RateLimiter | null): AgentRateLimiter | null {
  const canonical = canonicalRateLimiter(limiter);
  if (!canonical) return null;
  const bucket = (b: RateLimiter['bandwidth']) =>
    b
      ? {
          size: b.size,
          refill_time: b.refill_time,
          ...(b.one_time_burst ? { one_time_burst: b.one_time_burst } : {}),
        }
      : undefined;
  const bandwidth = bucket(canonical.bandwidth);
  const ops = bucket(canonical.ops);
  return { ...(bandwidth ? { bandwidth } : {}), ...(ops ? { ops } : {}) };
}
