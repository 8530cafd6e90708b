// Resolves every file a launch makes Firecracker open (kernel, initrd, each drive) to its
// real path, ensures it (a missing provisioned disk is recreated sparse) and judges it by the
// isolation rules. Firecracker then gets the real paths, so a symlink re-pointed after this
// check cannot redirect it; the VMM's record keeps them, so later launches know what it holds.
import { realpath, stat } from 'node:fs/promises';
import { AgentError } from '../errors.ts';
import type { PathPolicy } from '../storage/path-policy.ts';
import {
  assertDrivesIsolated,
  type IsolationRules,
  locationProblem,
  type ResolvedDrive,
} from './drive-isolation.ts';
import type { LaunchContext, ResolvedLaunchFiles } from './launch-context.ts';
import type { UndoRegistry } from './step-runner.ts';

export async function resolveLaunchFiles(
  ctx: LaunchContext,
  undo: UndoRegistry,
): Promise<ResolvedLaunchFiles> {
  const rules: IsolationRules = {
    vmId: ctx.vmId,
    storageRoot: ctx.isolation.storageRoot,
    agentFiles: await ctx.isolation.agentFiles(),
    imagePaths: await realPaths(ctx.request.image_paths ?? []),
  };
  const { kernel_image_path, initrd_path } = ctx.request.boot_source;
  const kernel = await resolveBootFile(ctx, rules, 'kernel', kernel_image_path);
  const initrd =
    initrd_path === undefined
      ? undefined
      : await resolveBootFile(ctx, rules, 'initrd', initrd_path);
  const drives: ResolvedDrive[] = [];
  for (const drive of ctx.request.drives) drives.push(await resolveDrive(ctx, rules, drive));
  const release = await ctx.isolation.claims.claim(ctx.vmId, drives, (held) =>
    assertDrivesIsolated(drives, held, rules),
  );
  ctx.releaseClaim = release;
  undo.add('release the drive claim', async () => release());
  return { kernel, initrd, drives };
}

async function resolveBootFile(
  ctx: LaunchContext,
  rules: IsolationRules,
  what: 'kernel' | 'initrd',
  path: string,
): Promise<string> {
  const real = await ctx.deps.policy.resolve(path);
  const info = await stat(real).catch(() => null);
  if (!info?.isFile()) {
    throw new AgentError('HOST_PRECONDITION_FAILED', `The ${what} ${path} is not a file.`, {
      path,
    });
  }
  const problem = locationProblem(real, rules);
  if (problem) {
    throw new AgentError(
      'PATH_NOT_ALLOWED',
      `The ${what} ${path}${real === path ? '' : ` (resolves to ${real})`} is refused: ${problem.why}.`,
      { path, real_path: real, reason: problem.reason, file: what },
    );
  }
  return real;
}

async function resolveDrive(
  ctx: LaunchContext,
  rules: IsolationRules,
  drive: LaunchContext['request']['drives'][number],
): Promise<ResolvedDrive> {
  const resolved = await resolveDrivePath(ctx.deps.policy, drive.drive_id, drive.path_on_host);
  const judged = (real: string): ResolvedDrive => ({
    drive_id: drive.drive_id,
    path_on_host: drive.path_on_host,
    real_path: real,
    is_read_only: drive.is_read_only ?? false,
  });
  // Where it lies is judged first: a refused path is refused whether or not it exists, and
  // nothing is ever created in another VM's directory.
  assertDrivesIsolated([judged(resolved)], [], { ...rules, imagePaths: new Set() });
  if (drive.source === 'provisioned') {
    // size_bytes is required for provisioned drives by request validation
    await ctx.deps.disks.ensureSparseFile(resolved, drive.size_bytes ?? 0);
  } else {
    const info = await stat(resolved).catch(() => null);
    if (!info || info.isDirectory()) {
      throw new AgentError(
        'HOST_PRECONDITION_FAILED',
        `Drive ${drive.drive_id}: ${drive.source === 'image' ? 'image copy' : 'host path'} ${drive.path_on_host} ${info ? 'is a directory' : 'does not exist'}.`,
        { drive_id: drive.drive_id, path: drive.path_on_host },
      );
    }
  }
  // again now that the file exists: what Firecracker will open, and what the rules judge
  return judged(await realpath(resolved).catch(() => resolved));
}

/**
 * The path policy's resolution of a drive's file; its refusal names the drive like every
 * other isolation refusal (reason outside_allowed_roots).
 */
export async function resolveDrivePath(
  policy: PathPolicy,
  driveId: string,
  path: string,
): Promise<string> {
  return policy.resolve(path).catch((err: unknown) => {
    if (!(err instanceof AgentError) || err.code !== 'PATH_NOT_ALLOWED') throw err;
    throw new AgentError('PATH_NOT_ALLOWED', `Drive ${driveId}: ${err.message}`, {
      ...err.details,
      drive_id: driveId,
      reason: 'outside_allowed_roots',
    });
  });
}

/** Real paths of the registered images; one missing on this host is simply not there. */
export async function realPaths(paths: readonly string[]): Promise<Set<string>> {
  const reals = await Promise.all(paths.map((path) => realpath(path).catch(() => path)));
  return new Set(reals);
}
