// The agent's HTTP contract (/agent/v1): request and response bodies exchanged with the
// manager. The manager imports these types only, never the agent's internals.
// Every error body is {"error": {"code", "message", "details"}} (see ErrorBody).
import type {
  BootSource,
  Drive,
  FullVmConfiguration,
  MachineConfiguration,
  NetworkInterface,
} from '@hearth/firecracker';

export const AGENT_API_PREFIX = '/agent/v1';

export interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

/** Error codes the agent answers with (status in parentheses). */
export type AgentErrorCode =
  | 'VALIDATION_FAILED' // 400 bad body or parameter
  | 'UNAUTHORIZED' // 401 missing or wrong bearer token
  | 'PATH_NOT_ALLOWED' // 403 a path outside the storage root and allowed roots; details.path
  | 'NOT_FOUND' // 404 unknown VM (no VMM, no directory) or file
  | 'VMM_ALREADY_RUNNING' // 409 launch of a VM whose VMM is alive
  | 'FILE_EXISTS' // 409 allocate/clone onto a file that already exists; details.path
  | 'TAP_IN_USE' // 409 launch naming a TAP another running VM holds; details.tap, details.vm_id
  | 'HOST_PRECONDITION_FAILED' // 422 e.g. a missing host_path drive file; details.drive_id, details.path
  | 'LAUNCH_FAILED' // 502 a launch step failed; details is LaunchFailure
  | 'FIRECRACKER_ERROR' // 502 Firecracker refused or did not answer; details.firecracker_fault
  | 'HOST_COMMAND_FAILED' // 502 a host tool (e.g. `ip`) failed; details.command, details.stderr
  | 'INTERNAL'; // 500

// ---- host ----

export interface HostInfo {
  hostname: string;
  cpus: number;
  memory_bytes: number;
  storage_root: string;
  storage_free_bytes: number;
  allowed_roots: string[];
  bridges: string[];
  /** null when no binary was found (HEARTH_FIRECRACKER_BIN, else `firecracker` on PATH) */
  firecracker: {
    path: string;
    version: string; // first line of `--version`; '' when it could not be run
    simulator: boolean; // true when the binary is Hearth's simulator
    error?: string; // why `--version` failed
  } | null;
  kvm: { usable: boolean; reason?: string };
  agent_version: string;
}

// ---- storage ----

/** POST /storage/vms/:vmId/disks: allocate a sparse data disk in the VM's storage dir. */
export interface AllocateDiskRequest {
  size_bytes: number;
  /** file name inside storage/, default `disk-<uuid>.img`; [A-Za-z0-9._-]+ */
  file_name?: string;
}
export interface AllocateDiskResponse {
  path: string;
  size_bytes: number;
  allocated_bytes: number;
}

/** POST /storage/vms/:vmId/clone: copy an image (reflink when possible) into storage/. */
export interface CloneImageRequest {
  source_path: string;
  file_name: string;
}
export interface CloneImageResponse {
  path: string;
  size_bytes: number;
  method: 'reflink' | 'copy';
}

/** POST /storage/stat */
export interface StatRequest {
  path: string;
}
export interface StatResponse {
  path: string; // as asked
  real_path: string | null; // resolved, null when missing
  exists: boolean;
  is_file: boolean;
  size_bytes: number | null;
  allocated_bytes: number | null;
  allowed: boolean; // inside the storage root or an allowed root
}

/** POST /storage/vms/:vmId/files/delete: delete one file inside the VM's storage dir. */
export interface DeleteFileRequest {
  path: string;
}
export interface DeleteFileResponse {
  path: string;
  deleted: boolean; // false when it did not exist
}
// DELETE /storage/vms/:vmId: remove <storage root>/<vm-id>/ entirely -> 204 (also when absent)

// ---- VMs (Firecracker processes) ----

export type DriveSource = 'provisioned' | 'host_path' | 'image';

/** One drive of a launch: Firecracker's Drive plus what the agent needs to ensure its file. */
export interface LaunchDrive extends Drive {
  path_on_host: string;
  source: DriveSource;
  /** for `provisioned`: recreate a missing file sparse with this size */
  size_bytes: number | null;
}

/** One NIC of a launch. host_dev_name is the TAP name the agent creates on the bridge. */
export type LaunchNic = NetworkInterface;

/** POST /vms/:vmId/launch */
export interface LaunchRequest {
  machine: MachineConfiguration;
  boot_source: BootSource;
  drives: LaunchDrive[];
  nics: LaunchNic[];
  /** bridge the TAPs join; default the agent's configured bridge */
  bridge?: string;
}

export interface LaunchStepReport {
  name: string; // e.g. 'launch.spawn-vmm'
  duration_ms: number;
  ok: boolean;
}

export interface LaunchResponse {
  vm_id: string;
  pid: number;
  socket_path: string;
  steps: LaunchStepReport[];
}

/** details of a LAUNCH_FAILED (502) or HOST_PRECONDITION_FAILED (422) launch error */
export interface LaunchFailure {
  step: string;
  message: string;
  firecracker_fault?: string;
  drive_id?: string;
  path?: string;
  steps: LaunchStepReport[];
}

/** POST /vms/:vmId/stop */
export interface StopRequest {
  /** how long to wait for the guest after SendCtrlAltDel before SIGKILL */
  timeout_ms?: number;
}
export interface StopResponse {
  vm_id: string;
  was_running: boolean;
  method: 'ctrl-alt-del' | 'sigkill' | 'not-running';
}

/** GET /vms (list) and GET /vms/:vmId */
export interface VmmStatus {
  vm_id: string;
  status: 'running' | 'exited';
  pid: number | null;
  started_at: string | null; // ISO
  uptime_s: number | null;
  socket_path: string;
  exit_code: number | null; // when known
  last_log_lines: string[]; // for exited VMMs
}

/** GET /vms/:vmId/config: the live Firecracker GET /vm/config */
export type LiveVmConfig = FullVmConfiguration;

/** GET /vms/:vmId/console?from=&max_bytes=: a slice of the VM's serial console log */
export interface ConsoleQuery {
  /** byte offset to read from; omitted: the last max_bytes */
  from?: number;
  max_bytes?: number;
}
export interface ConsoleSlice {
  /** UTF-8; a character cut by the slice's edges is left for the next read */
  text: string;
  start: number;
  end: number;
  /** the log's size now: `end < size` means there is more to read */
  size: number;
}
