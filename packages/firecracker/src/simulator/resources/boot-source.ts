// PUT /boot-source only opens the kernel and initrd files (the ELF check waits for
// InstanceStart) and checks the command line fits the x86_64 capacity of 2048 bytes.
import fs from 'node:fs';
import { fault, noContent } from '../fault.ts';
import type { ApiResponse } from '../http-server.ts';
import { describeOsError } from '../os-errors.ts';
import { parseBody, preBootOnly, type RouteRequest } from '../request.ts';
import * as schemas from '../schemas.ts';
import type { VmmModel } from '../vmm-model.ts';

const CMDLINE_CAPACITY = 2048;

interface BootSourceInput {
  kernel_image_path: string;
  initrd_path: string | null;
  boot_args: string | null;
}

function canOpen(path: string): string | null {
  try {
    fs.closeSync(fs.openSync(path, 'r'));
    return null;
  } catch (err) {
    return describeOsError(err);
  }
}

export function applyBootSource(vmm: VmmModel, input: BootSourceInput): string | null {
  vmm.bootPathTaken = true; // even when the request fails, as in Firecracker
  const kernelError = canOpen(input.kernel_image_path);
  if (kernelError) return `Boot source error: The kernel file cannot be opened: ${kernelError}`;
  if (input.initrd_path !== null) {
    const initrdError = canOpen(input.initrd_path);
    if (initrdError) {
      return `Boot source error: The initrd file cannot be opened due to invalid path or invalid permissions. ${initrdError}`;
    }
  }
  // The kernel's command line must keep room for its terminating NUL byte.
  if (input.boot_args !== null && Buffer.byteLength(input.boot_args) + 1 > CMDLINE_CAPACITY) {
    return 'Boot source error: The kernel command line is invalid: Invalid cmdline capacity provided.';
  }
  vmm.bootSource = { ...input };
  return null;
}

export function putBootSource({ ctx, body }: RouteRequest): ApiResponse {
  const parsed = parseBody<BootSourceInput>(body, schemas.bootSource);
  if (!parsed.ok) return parsed.response;
  const refused = preBootOnly(ctx);
  if (refused) return refused;
  const error = applyBootSource(ctx.vmm, parsed.value);
  return error ? fault(error) : noContent();
}
