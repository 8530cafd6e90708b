// The VMM use cases: launch, stop, the live view and re-attach after an agent restart.
// The truth about a VM is always read again from the host (its state file and /proc), so a
// restarted agent answers exactly like the one that launched the VM. Launch and stop of one
// VM are serialized inside the agent; the agent is a single process per host.
import { FirecrackerApiError, FirecrackerError } from '@hearth/firecracker';
import {
  CONSOLE_DEFAULT_BYTES,
  type ConsoleQuery,
  type ConsoleSlice,
  type LaunchRequest,
  type LaunchResponse,
  type LiveVmConfig,
  type StopResponse,
  type VmmStatus,
} from '../contract/index.ts';
import { AgentError } from '../errors.ts';
import { devicesToAttach } from '../launch/firecracker-steps.ts';
import type { LaunchContext, LaunchDeps } from '../launch/launch-context.ts';
import { launchFailureError } from '../launch/launch-failure.ts';
import { LAUNCH_STEPS } from '../launch/launch-plan.ts';
import { runSteps, StepFailedError, type StepLogger } from '../launch/step-runner.ts';
import { validateLaunchRequest } from '../launch/validate-launch.ts';
import {
  listVmIdsWithState,
  readVmmState,
  removeVmmState,
  type VmmStateRecord,
  writeVmmState,
} from '../state/vmm-state-file.ts';
import { type VmPaths, vmPaths } from '../storage/vm-paths.ts';
import { readConsoleLog } from './console-log.ts';
import type { ExitStatus, VmmProcess } from './process-supervisor.ts';
import { describeVmm, processOf } from './vmm-status.ts';

export interface VmmServiceOptions {
  storageRoot: string;
  /** bridge used when a launch names none */
  defaultBridge: string;
  /** wait after SendCtrlAltDel before SIGKILL, when a stop names none */
  stopTimeoutMs: number;
  deps: LaunchDeps;
  log: StepLogger;
}

// SendCtrlAltDel is a quick API call; a VMM that cannot answer it in time gets SIGKILL.
const CTRL_ALT_DEL_TIMEOUT_MS = 2000;

export class VmmService {
  readonly #options: VmmServiceOptions;
  readonly #chains = new Map<string, Promise<void>>();

  constructor(options: VmmServiceOptions) {
    this.#options = options;
  }

  async launch(vmId: string, request: LaunchRequest, log?: StepLogger): Promise<LaunchResponse> {
    const paths = this.#paths(vmId);
    const bridge = request.bridge ?? this.#options.defaultBridge;
    validateLaunchRequest(request, bridge);
    return this.#serialize(vmId, async () => {
      const previous = await readVmmState(paths.stateFile);
      if (previous) await this.#clearExited(previous, paths);
      await this.#assertTapsFree(vmId, request);
      const ctx: LaunchContext = {
        vmId,
        request,
        bridge,
        paths,
        deps: this.#options.deps,
        vmm: null,
        client: null,
      };
      try {
        const steps = await runSteps(LAUNCH_STEPS, ctx, log ?? this.#options.log, { vm_id: vmId });
        if (!ctx.vmm)
          throw new Error('the launch ended without a VMM (launch.spawn-vmm did not run)');
        const devices = devicesToAttach(request);
        return {
          vm_id: vmId,
          pid: ctx.vmm.pid,
          socket_path: paths.apiSocket,
          steps,
          applied: { drives: devices.drives, 'network-interfaces': devices.nics },
        };
      } catch (err) {
        throw err instanceof StepFailedError ? launchFailureError(err) : err;
      } finally {
        await ctx.client?.close().catch(() => {});
      }
    });
  }

  async stop(vmId: string, timeoutMs?: number): Promise<StopResponse> {
    const paths = this.#paths(vmId);
    return this.#serialize(vmId, async () => {
      const record = await readVmmState(paths.stateFile);
      if (!record) return { vm_id: vmId, was_running: false, method: 'not-running' };
      const { supervisor } = this.#options.deps;
      const proc = processOf(record);
      const wasRunning = await supervisor.isAlive(proc);
      let method: StopResponse['method'] = 'not-running';
      if (wasRunning) {
        const graceful = await this.#askGuestToReboot(
          record,
          timeoutMs ?? this.#options.stopTimeoutMs,
        );
        method = graceful ? 'ctrl-alt-del' : 'sigkill';
        if (!graceful) await supervisor.kill(proc);
      }
      await this.#releaseHostResources(record, paths);
      this.#options.log.info({ vm_id: vmId, pid: record.pid, method }, 'VMM stopped');
      return { vm_id: vmId, was_running: wasRunning, method };
    });
  }

  async list(): Promise<VmmStatus[]> {
    const ids = await listVmIdsWithState(this.#options.storageRoot);
    // One unreadable record must not hide every other VM from the manager.
    const statuses = await Promise.all(
      ids.map((id) =>
        this.#status(id).catch((err) => {
          this.#options.log.error({ vm_id: id, err }, 'unreadable VMM state record');
          return null;
        }),
      ),
    );
    return statuses.filter((status): status is VmmStatus => status !== null);
  }

  async get(vmId: string): Promise<VmmStatus> {
    const status = await this.#status(vmId);
    if (!status)
      throw new AgentError('NOT_FOUND', `VM ${vmId} has no VMM on this host.`, { vm_id: vmId });
    return status;
  }

  /** A slice of the VM's serial console log; empty for a VM that never started. */
  async console(vmId: string, query: ConsoleQuery): Promise<ConsoleSlice> {
    return readConsoleLog(this.#paths(vmId).consoleLog, {
      ...(query.from === undefined ? {} : { from: query.from }),
      maxBytes: query.max_bytes ?? CONSOLE_DEFAULT_BYTES,
    });
  }

  async isRunning(vmId: string): Promise<boolean> {
    return (await this.#status(vmId))?.status === 'running';
  }

  /** GET /vm/config of the running VMM: what is really attached right now. */
  async liveConfig(vmId: string): Promise<LiveVmConfig> {
    const status = await this.get(vmId);
    if (status.status !== 'running') {
      throw new AgentError('NOT_FOUND', `The VMM of VM ${vmId} is not running (it exited).`, {
        vm_id: vmId,
        status: status.status,
      });
    }
    const client = this.#options.deps.createClient(status.socket_path);
    try {
      return await client.getVmConfig();
    } catch (err) {
      if (err instanceof FirecrackerError) {
        throw firecrackerError(err, `GET /vm/config of VM ${vmId} failed`);
      }
      throw err;
    } finally {
      await client.close().catch(() => {});
    }
  }

  /** On agent start: find the VMMs earlier agent processes launched and report on them. */
  async reattach(): Promise<{ running: string[]; exited: string[] }> {
    const running: string[] = [];
    const exited: string[] = [];
    for (const vmId of await listVmIdsWithState(this.#options.storageRoot)) {
      await this.#serialize(vmId, async () => {
        const paths = this.#paths(vmId);
        const record = await readVmmState(paths.stateFile);
        if (!record) return;
        if (await this.#options.deps.supervisor.isAlive(processOf(record))) {
          running.push(vmId);
          this.#options.log.info({ vm_id: vmId, pid: record.pid }, 'VMM re-attached');
          return;
        }
        exited.push(vmId);
        if (!record.exited_at) {
          await writeVmmState(paths.stateFile, { ...record, exited_at: new Date().toISOString() });
        }
        this.#options.log.warn(
          { vm_id: vmId, pid: record.pid },
          'VMM exited while no agent watched it',
        );
      });
    }
    return { running, exited };
  }

  /** Called by the supervisor when a VMM this agent spawned exits, however it ended. */
  recordExit(vmId: string, proc: VmmProcess, exit: ExitStatus): void {
    const paths = this.#paths(vmId);
    void this.#serialize(vmId, async () => {
      const record = await readVmmState(paths.stateFile);
      // A stop (or a failed launch's undo) already removed the record: the exit was asked for.
      if (!record || record.pid !== proc.pid || record.process_start_time !== proc.startTime)
        return;
      if (record.exited_at) return;
      await writeVmmState(paths.stateFile, {
        ...record,
        exited_at: new Date().toISOString(),
        exit_code: exit.code,
        exit_signal: exit.signal,
      });
      this.#options.log.warn({ vm_id: vmId, pid: proc.pid, ...exit }, 'VMM exited on its own');
    }).catch((err) => this.#options.log.error({ vm_id: vmId, err }, 'recording a VMM exit failed'));
  }

  async #status(vmId: string): Promise<VmmStatus | null> {
    const paths = this.#paths(vmId);
    const record = await readVmmState(paths.stateFile);
    return record && describeVmm(record, paths.consoleLog, this.#options.deps.supervisor);
  }

  /** True when the VMM exited within timeoutMs of SendCtrlAltDel. */
  async #askGuestToReboot(record: VmmStateRecord, timeoutMs: number): Promise<boolean> {
    const client = this.#options.deps.createClient(record.socket_path, CTRL_ALT_DEL_TIMEOUT_MS);
    try {
      await client.sendCtrlAltDel();
    } catch (err) {
      // Not booted yet (Firecracker refuses the action pre-boot) or the API is gone: only a
      // signal will end it.
      this.#options.log.info({ vm_id: record.vm_id, err }, 'SendCtrlAltDel refused');
      return false;
    } finally {
      await client.close().catch(() => {});
    }
    return this.#options.deps.supervisor.waitForExit(processOf(record), timeoutMs);
  }

  /** The VMM is gone: its TAPs, socket and record go too. Disk files always stay. */
  async #releaseHostResources(record: VmmStateRecord, paths: VmPaths): Promise<void> {
    for (const tap of record.tap_names) await this.#options.deps.network.deleteTap(tap);
    await this.#options.deps.supervisor.removeStaleSocket(paths.apiSocket);
    await removeVmmState(paths.stateFile);
  }

  /** A launch over a record: refused while that VMM lives, else its leftovers are cleared. */
  async #clearExited(record: VmmStateRecord, paths: VmPaths): Promise<void> {
    if (await this.#options.deps.supervisor.isAlive(processOf(record))) {
      throw new AgentError(
        'VMM_ALREADY_RUNNING',
        `VM ${record.vm_id} already has a running VMM (pid ${record.pid}); stop it first.`,
        { vm_id: record.vm_id, pid: record.pid },
      );
    }
    await this.#releaseHostResources(record, paths);
  }

  /** create-taps replaces a TAP of the same name: never one a running VM still uses. */
  async #assertTapsFree(vmId: string, request: LaunchRequest): Promise<void> {
    const wanted = new Set(request.nics.map((nic) => nic.host_dev_name));
    if (wanted.size === 0) return;
    for (const otherId of await listVmIdsWithState(this.#options.storageRoot)) {
      if (otherId === vmId) continue;
      const other = await readVmmState(this.#paths(otherId).stateFile).catch(() => null);
      const tap = other?.tap_names.find((name) => wanted.has(name));
      if (!other || !tap || !(await this.#options.deps.supervisor.isAlive(processOf(other)))) {
        continue;
      }
      throw new AgentError('TAP_IN_USE', `TAP ${tap} belongs to the running VM ${otherId}.`, {
        tap,
        vm_id: otherId,
      });
    }
  }

  #paths(vmId: string): VmPaths {
    return vmPaths(this.#options.storageRoot, vmId);
  }

  #serialize<T>(vmId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#chains.get(vmId) ?? Promise.resolve();
    const result = previous.then(task);
    const settled = result.then(
      () => {},
      () => {},
    );
    this.#chains.set(vmId, settled);
    void settled.then(() => {
      if (this.#chains.get(vmId) === settled) this.#chains.delete(vmId);
    });
    return result;
  }
}

function firecrackerError(err: FirecrackerError, what: string): AgentError {
  const details: Record<string, unknown> = {};
  if (err instanceof FirecrackerApiError) details.firecracker_fault = err.faultMessage;
  return new AgentError('FIRECRACKER_ERROR', `${what}: ${err.message}`, details);
}
