// The isolation rules a launch enforces on the files Firecracker (root) will open. They judge
// real paths only (symlinks and the storage root already resolved): a string comparison of
// the paths as sent is what a symlink defeats. Pure functions, so the rules read in one place;
// launch/drive-resolution.ts feeds them and launch/drive-claims.ts makes them race-free.
import { relative, sep } from 'node:path';
import { AgentError } from '../errors.ts';
import { isInside } from '../storage/path-policy.ts';
import { IMAGES_DIR_NAME } from '../storage/vm-paths.ts';
import { isVmId } from '../validation.ts';

export type IsolationReason =
  /** outside the storage root and the allowed roots (the path policy's refusal) */
  | 'outside_allowed_roots'
  /** inside <storage root>/<other vm-id>/ */
  | 'other_vm_directory'
  /** a VMM record, an API socket, a log, the agent's own files, the storage root itself */
  | 'control_file'
  /** a registered image attached read-write (every VM made from it would see the writes) */
  | 'image_read_write'
  /** two drives of the VM open one file, at least one read-write */
  | 'duplicate_read_write'
  /** another running VM holds the file, and one of the two would write it */
  | 'held_by_running_vm';

/** A drive after resolution: what the manager sent and the real file Firecracker opens. */
export interface ResolvedDrive {
  drive_id: string;
  path_on_host: string;
  real_path: string;
  is_read_only: boolean;
}

/** A drive some other VMM holds (a running VM's record, or a launch in progress). */
export interface HeldDrive extends ResolvedDrive {
  vm_id: string;
}

export interface IsolationRules {
  vmId: string;
  /** real path of the storage root, resolved once at agent start */
  storageRoot: string;
  /** real paths of the host's registered images */
  imagePaths: ReadonlySet<string>;
  /** real paths of the agent's own runtime files (socket, pid file, log) */
  agentFiles: ReadonlySet<string>;
}

export interface LocationProblem {
  reason: 'other_vm_directory' | 'control_file';
  why: string;
}

/**
 * Inside the storage root a VM may open only files below its own `storage/` and the exported
 * images directly in `images/`; everything else there is another VM's or Hearth's own. Outside the root only the agent's files are refused
 * (the path policy already keeps drives inside the storage root and the allowed roots).
 */
export function locationProblem(
  realPath: string,
  rules: Pick<IsolationRules, 'vmId' | 'storageRoot' | 'agentFiles'>,
): LocationProblem | null {
  if (rules.agentFiles.has(realPath)) {
    return { reason: 'control_file', why: "it is one of the agent's own files" };
  }
  if (!isInside(realPath, rules.storageRoot)) return null;
  const [dir, sub, ...rest] = relative(rules.storageRoot, realPath).split(sep);
  if (!dir) return { reason: 'control_file', why: 'it is the storage root itself' };
  // an exported image (storage/vm-paths.ts): a file like those of the allowed roots, which
  // the image_paths rule keeps read-only once registered; anything deeper is not one
  if (dir === IMAGES_DIR_NAME && sub !== undefined && rest.length === 0) return null;
  if (dir !== rules.vmId) {
    return isVmId(dir)
      ? { reason: 'other_vm_directory', why: `it lies in the directory of VM ${dir}` }
      : { reason: 'control_file', why: "it lies in the storage root outside any VM's storage" };
  }
  if (sub === 'storage' && rest.length > 0) return null;
  return {
    reason: 'control_file',
    why: "it is one of Hearth's control files of this VM (its VMM record, API socket or logs)",
  };
}

/** Throws the refusal for the first drive that breaks a rule; `held` are other VMMs' drives. */
export function assertDrivesIsolated(
  drives: readonly ResolvedDrive[],
  held: readonly HeldDrive[],
  rules: IsolationRules,
): void {
  for (const drive of drives) {
    const problem = locationProblem(drive.real_path, rules);
    if (problem) throw refusal('PATH_NOT_ALLOWED', drive, problem.reason, problem.why);
    if (!drive.is_read_only && rules.imagePaths.has(drive.real_path)) {
      throw refusal(
        'PATH_NOT_ALLOWED',
        drive,
        'image_read_write',
        'it is a registered image, which a VM may attach read-only only',
      );
    }
  }
  for (const [i, drive] of drives.entries()) {
    const twin = drives
      .slice(i + 1)
      .find((d) => d.real_path === drive.real_path && !(d.is_read_only && drive.is_read_only));
    if (twin) {
      throw refusal(
        'FILE_IN_USE',
        twin,
        'duplicate_read_write',
        `drive ${drive.drive_id} of this VM opens the same file, and one of them read-write`,
        { other_vm_id: rules.vmId, other_drive_id: drive.drive_id },
      );
    }
    const holder = held.find(
      (h) => h.real_path === drive.real_path && !(h.is_read_only && drive.is_read_only),
    );
    if (holder) {
      throw refusal(
        'FILE_IN_USE',
        drive,
        'held_by_running_vm',
        `the running VM ${holder.vm_id} has it attached as drive ${holder.drive_id}${holder.is_read_only ? ' read-only' : ' read-write'}`,
        { other_vm_id: holder.vm_id, other_drive_id: holder.drive_id },
      );
    }
  }
}

/**
 * A drive of a running VMM given a new file (a live update): the launch rules for that one
 * drive, the VMM's other drives (`siblings`) counting as this VM's own, `held` as the
 * other VMMs'.
 */
export function assertReplacementIsolated(
  drive: ResolvedDrive,
  siblings: readonly ResolvedDrive[],
  held: readonly HeldDrive[],
  rules: IsolationRules,
): void {
  assertDrivesIsolated([drive], held, rules);
  const twin = siblings.find(
    (d) =>
      d.drive_id !== drive.drive_id &&
      d.real_path === drive.real_path &&
      !(d.is_read_only && drive.is_read_only),
  );
  if (twin) {
    throw refusal(
      'FILE_IN_USE',
      drive,
      'duplicate_read_write',
      `drive ${twin.drive_id} of this VM opens the same file, and one of them read-write`,
      { other_vm_id: rules.vmId, other_drive_id: twin.drive_id },
    );
  }
}

function refusal(
  code: 'PATH_NOT_ALLOWED' | 'FILE_IN_USE',
  drive: ResolvedDrive,
  reason: IsolationReason,
  why: string,
  extra: Record<string, unknown> = {},
): AgentError {
  const via = drive.real_path === drive.path_on_host ? '' : ` (resolves to ${drive.real_path})`;
  return new AgentError(
    code,
    `Drive ${drive.drive_id}: ${drive.path_on_host}${via} is refused: ${why}.`,
    {
      drive_id: drive.drive_id,
      path: drive.path_on_host,
      real_path: drive.real_path,
      reason,
      ...extra,
    },
  );
}
