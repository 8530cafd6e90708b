// /snapshot/create (after boot, paused VM only) and /snapshot/load (fresh process only).
// The simulator's snapshot file is its own JSON document; a load that fails is fatal for
// the process, exactly like Firecracker: it answers, then exits.
import fs from 'node:fs';
import { fault, noContent, SERDE_PREFIX } from '../fault.ts';
import type { ApiResponse } from '../http-server.ts';
import { describeOsError } from '../os-errors.ts';
import { parseBody, postBootOnly, preBootOnly, type RouteRequest } from '../request.ts';
import * as schemas from '../schemas.ts';
import type { VmmModel } from '../vmm-model.ts';

const SNAPSHOT_FORMAT = 'hearth-firecracker-simulator-snapshot/1';
/** Firecracker's exit status (GenericError) when building the microVM from requests failed. */
const BUILD_FAILED_EXIT = 1;

interface CreateInput {
  snapshot_type: string;
  snapshot_path: string;
  mem_file_path: string;
}

function snapshotState(vmm: VmmModel): Record<string, unknown> {
  return {
    format: SNAPSHOT_FORMAT,
    machine: vmm.machine,
    bootSource: vmm.bootSource,
    drives: vmm.drives,
    nets: vmm.nets,
    balloon: vmm.balloon,
    entropy: vmm.entropy,
    mmdsConfig: vmm.mmdsConfig,
    mmdsData: vmm.mmdsData,
    pmem: vmm.pmem,
    hotplug: vmm.hotplug,
  };
}

export function putSnapshot(request: RouteRequest): Promise<ApiResponse> | ApiResponse {
  const { rest, method } = request;
  if (rest[0] === 'create') return createSnapshot(request);
  if (rest[0] === 'load') return loadSnapshot(request);
  if (rest[0] === undefined) return fault('Missing snapshot operation type.');
  return fault(`Invalid request method and/or path: ${method} /snapshot/${rest[0]}.`);
}

function createSnapshot({ ctx, body }: RouteRequest): ApiResponse {
  const parsed = parseBody<CreateInput>(body, schemas.snapshotCreate);
  if (!parsed.ok) return parsed.response;
  const refused = postBootOnly(ctx);
  if (refused) return refused;
  const vmm = ctx.vmm;
  if (vmm.state !== 'Paused') {
    return fault(
      'Create snapshot error: Cannot save the microVM state: Operation not allowed: save/restore unavailable while running',
    );
  }
  try {
    fs.writeFileSync(parsed.value.snapshot_path, JSON.stringify(snapshotState(vmm)));
    fs.writeFileSync(parsed.value.mem_file_path, '');
    fs.truncateSync(parsed.value.mem_file_path, vmm.machine.mem_size_mib * 1024 * 1024);
  } catch (err) {
    return fault(`Create snapshot error: Cannot save the microVM state: ${describeOsError(err)}`);
  }
  return noContent();
}

interface LoadInput {
  snapshot_path: string;
  mem_file_path: string | null;
  mem_backend: { backend_type: string; backend_path: string } | null;
  resume_vm: boolean;
}

function loadSnapshot({ ctx, body }: RouteRequest): ApiResponse {
  const parsed = parseBody<LoadInput>(body, schemas.snapshotLoad);
  if (!parsed.ok) return parsed.response;
  const input = parsed.value;
  const deprecation = input.mem_file_path !== null;
  if (input.mem_file_path !== null && input.mem_backend !== null) {
    return fault(
      `${SERDE_PREFIX}too many fields: either \`mem_backend\` or \`mem_file_path\` exclusively is required.`,
      deprecation,
    );
  }
  if (input.mem_file_path === null && input.mem_backend === null) {
    return fault(
      `${SERDE_PREFIX}missing field: either \`mem_backend\` or \`mem_file_path\` is required.`,
    );
  }
  const refused = preBootOnly(ctx, deprecation);
  if (refused) return refused;
  if (ctx.vmm.bootPathTaken) {
    return fault(
      'Load snapshot error: Loading a microVM snapshot not allowed after configuring boot-specific resources.',
      deprecation,
    );
  }
  const restoreError = restore(ctx.vmm, input);
  if (restoreError) {
    const response = fault(
      `Load snapshot error: Failed to restore from snapshot: ${restoreError}`,
      deprecation,
    );
    return { ...response, fatalExitCode: BUILD_FAILED_EXIT };
  }
  return noContent(deprecation);
}

function restore(vmm: VmmModel, input: LoadInput): string | null {
  let text: string;
  try {
    text = fs.readFileSync(input.snapshot_path, 'utf8');
  } catch (err) {
    return `Failed to get snapshot state from file: Failed to open snapshot file: ${describeOsError(err)}`;
  }
  let state: ReturnType<typeof snapshotState>;
  try {
    state = JSON.parse(text);
  } catch {
    state = {};
  }
  if (state.format !== SNAPSHOT_FORMAT) {
    return 'Failed to get snapshot state from file: Failed to load snapshot state from file: Snapshot file is not a Hearth simulator snapshot';
  }
  Object.assign(vmm, {
    machine: state.machine,
    bootSource: state.bootSource,
    drives: state.drives,
    nets: state.nets,
    balloon: state.balloon,
    entropy: state.entropy,
    mmdsConfig: state.mmdsConfig,
    mmdsData: state.mmdsData,
    mmdsInitialized: state.mmdsData !== null,
    pmem: state.pmem,
    hotplug: state.hotplug,
  });
  vmm.state = input.resume_vm ? 'Running' : 'Paused';
  return null;
}
