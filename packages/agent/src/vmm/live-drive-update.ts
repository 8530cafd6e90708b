// A live change of one drive of a running VMM (POST /vms/:vmId/drives/:driveId/update):
// Firecracker's PATCH /drives/{id}, the one drive change it allows after boot. A new file
// passes the launch's isolation rules first and Firecracker gets its real path; the VMM's
// record then names the file and the size Firecracker now has. The caller holds the VM's
// VMM work off (no launch or stop in between) and hands over the VMM's record and client.
import { stat } from 'node:fs/promises';
import type { FirecrackerApi, PartialDrive } from '@hearth/firecracker';
import type {
  LiveDrive,
  LiveDriveUpdateRequest,
  LiveVmConfig,
  RateLimiter,
  TokenBucket,
} from '../contract/index.ts';
import { AgentError, ValidationError } from '../errors.ts';
import {
  assertDrivesIsolated,
  assertReplacementIsolated,
  type IsolationRules,
  type ResolvedDrive,
} from '../launch/drive-isolation.ts';
import type { LaunchIsolation } from '../launch/launch-context.ts';
import { realPaths, resolveDrivePath } from '../launch/launch-files.ts';
import { type RecordedDrive, type VmmStateRecord, writeVmmState } from '../state/vmm-state-file.ts';
import type { PathPolicy } from '../storage/path-policy.ts';
import { liveDrive } from './live-paths.ts';

export interface LiveDriveUpdate {
  vmId: string;
  driveId: string;
  request: LiveDriveUpdateRequest;
  /** the running VMM's record, and where it is written */
  record: VmmStateRecord;
  stateFile: string;
  client: FirecrackerApi;
  policy: PathPolicy;
  isolation: LaunchIsolation;
}

/**
 * Firecracker's PATCH replaces only the buckets it names, and a bucket of size 0 or
 * refill_time 0 disables it (BucketUpdate::Disabled): both are always sent, so the limiter
 * is exactly the one asked for.
 */
const DISABLED_BUCKET: TokenBucket = { size: 0, refill_time: 0 };

export function wholeLimiter(wanted: RateLimiter | null): Required<RateLimiter> {
  return { bandwidth: wanted?.bandwidth ?? DISABLED_BUCKET, ops: wanted?.ops ?? DISABLED_BUCKET };
}

export async function updateLiveDrive(update: LiveDriveUpdate): Promise<LiveDrive> {
  const { vmId, driveId, request, record, client } = update;
  if (request.path_on_host === undefined && request.rate_limiter === undefined) {
    throw new ValidationError('Give path_on_host or rate_limiter: there is nothing to update.', {
      drive_id: driveId,
    });
  }
  const before = await client.getVmConfig();
  const current = findDrive(before, vmId, driveId);
  const recorded = (record.drives ?? []).find((d) => d.drive_id === driveId);
  const isReadOnly = current.is_read_only ?? recorded?.is_read_only ?? false;

  let file: { path_on_host: string; real_path: string } | null = null;
  let release = () => {};
  if (request.path_on_host !== undefined) {
    if (recorded && request.path_on_host === recorded.path_on_host) {
      // the file it has: Firecracker re-opens it and reads its size again. The real path
      // checked at launch, so a symlink re-pointed since cannot redirect it.
      file = { path_on_host: recorded.path_on_host, real_path: recorded.real_path };
    } else {
      const checked = await checkNewFile(update, before, request.path_on_host, isReadOnly);
      file = checked.file;
      release = checked.release;
    }
  }
  try {
    // taken before the PATCH: a file grown meanwhile is recorded smaller than the guest
    // sees, never larger, and the next update fixes it
    const sizeBytes = file
      ? await stat(file.real_path).then(
          (st) => st.size,
          () => null, // gone: Firecracker's refusal below says so
        )
      : null;
    const patch: PartialDrive = {
      drive_id: driveId,
      ...(file ? { path_on_host: file.real_path } : {}),
      ...(request.rate_limiter === undefined
        ? {}
        : { rate_limiter: wholeLimiter(request.rate_limiter) }),
    };
    await client.patchDrive(patch);
    const after = findDrive(await client.getVmConfig(), vmId, driveId);
    let drives = record.drives ?? [];
    if (file) {
      const changed: RecordedDrive = {
        drive_id: driveId,
        path_on_host: file.path_on_host,
        real_path: file.real_path,
        is_read_only: isReadOnly,
        size_bytes: sizeBytes,
      };
      drives = recorded
        ? drives.map((d) => (d.drive_id === driveId ? changed : d))
        : [...drives, changed];
      await writeVmmState(update.stateFile, { ...record, drives });
    }
    return liveDrive(after, new Map(drives.map((d) => [d.drive_id, d])));
  } finally {
    // the record speaks for the new file now (or the update failed): the claim ends
    release();
  }
}

function findDrive(config: LiveVmConfig, vmId: string, driveId: string): LiveDrive {
  const drive = (config.drives ?? []).find((d) => d.drive_id === driveId);
  if (!drive) {
    throw new AgentError('NOT_FOUND', `The running VMM of VM ${vmId} has no drive ${driveId}.`, {
      vm_id: vmId,
      drive_id: driveId,
    });
  }
  return drive;
}

/**
 * The launch rules for the new file (launch/launch-files.ts): inside the roots, not another
 * VM's directory or a control file, an existing file, a registered image only read-only, not
 * written twice on the host. Checked and claimed in the host-wide queue launches use, so a
 * launch checking meanwhile sees it.
 */
async function checkNewFile(
  update: LiveDriveUpdate,
  config: LiveVmConfig,
  path: string,
  isReadOnly: boolean,
): Promise<{ file: { path_on_host: string; real_path: string }; release: () => void }> {
  const { vmId, driveId, isolation } = update;
  const rules: IsolationRules = {
    vmId,
    storageRoot: isolation.storageRoot,
    agentFiles: await isolation.agentFiles(),
    imagePaths: await realPaths(update.request.image_paths ?? []),
  };
  const real = await resolveDrivePath(update.policy, driveId, path);
  const judged = (realPath: string): ResolvedDrive => ({
    drive_id: driveId,
    path_on_host: path,
    real_path: realPath,
    is_read_only: isReadOnly,
  });
  // where it lies first, whether or not it exists (as at launch)
  assertDrivesIsolated([judged(real)], [], { ...rules, imagePaths: new Set() });
  const info = await stat(real).catch(() => null);
  if (!info?.isFile()) {
    throw new AgentError(
      'HOST_PRECONDITION_FAILED',
      `Drive ${driveId}: ${path} ${info ? 'is not a regular file' : 'does not exist'}.`,
      { drive_id: driveId, path },
    );
  }
  const drive = judged(real);
  // the VMM's other drives as Firecracker has them: their paths are the real ones it opened
  const siblings: ResolvedDrive[] = (config.drives ?? []).flatMap((d) =>
    d.drive_id === driveId || typeof d.path_on_host !== 'string'
      ? []
      : [
          {
            drive_id: d.drive_id,
            path_on_host: d.path_on_host,
            real_path: d.path_on_host,
            is_read_only: d.is_read_only ?? false,
          },
        ],
  );
  const release = await isolation.claims.claim(vmId, [drive], (held) =>
    assertReplacementIsolated(drive, siblings, held, rules),
  );
  return { file: { path_on_host: path, real_path: real }, release };
}
