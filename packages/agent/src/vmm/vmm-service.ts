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
  type LiveDrive,
  type LiveDriveUpdateRequest,
  type LiveVmConfig,
  type StopResponse,
  type VmmDeviceMetrics,
  type VmmStatus,
} from '../contract/index.ts';
import { AgentError } from '../errors.ts';
import { DriveClaims } from '../launch/drive-claims.ts';
import type { HeldDrive } from '../launch/drive-isolation.ts';
import { devicesToAttach } from '../launch/firecracker-steps.ts';
import type { LaunchContext, LaunchDeps, LaunchIsolation } from '../launch/launch-context.ts';
import { launchFailureError } from '../launch/launch-failure.ts';
import { LAUNCH_STEPS } from '../launch/launch-plan.ts';
import { runSteps, StepFailedError, type StepLogger } from '../launch/step-runner.ts';
import { validateLaunchRequest } from '../launch/validate-launch.ts';
import { isHearthTapName } from '../network/tap-name.ts';
import { findProcessesByApiSocket } from '../state/vmm-processes.ts';
import {
  listVmIdsWithState,
  readVmmState,
  removeVmmState,
  type VmmStateRecord,
  writeVmmState,
} from '../state/vmm-state-file.ts';
import { type VmPaths, vmPaths } from '../storage/vm-paths.ts';
import { isVmId } from '../validation.ts';
import { readConsoleLog } from './console-log.ts';
import { updateLiveDrive } from './live-drive-update.ts';
import { inManagerTerms } from './live-paths.ts';
import { acceptsConnections, type ExitStatus, type VmmProcess } from './process-supervisor.ts';
import { VmmMetricsReader } from './vmm-metrics.ts';
import { describeVmm, processOf } from './vmm-status.ts';

export interface VmmServiceOptions {
  /** the real path (resolved once at agent start): every isolation check compares with it */
  storageRoot: string;
  /** real paths of the agent's own runtime files, which no drive may name */
  agentFiles?: () => Promise<ReadonlySet<string>>;
  /** bridge used when a launch names none */
  defaultBridge: string;
  /** wait after SendCtrlAltDel before SIGKILL, when a stop names none */
  stopTimeoutMs: number;
  deps: LaunchDeps;
  log: StepLogger;
}

// SendCtrlAltDel is a quick API call; a VMM that cannot answer it in time gets SIGKILL.
const CTRL_ALT_DEL_TIMEOUT_MS = 2000;
/** A scrape must not wait on one stuck VMM: its last flush is used instead. */
const METRICS_FLUSH_TIMEOUT_MS = 1000;

export class VmmService {
  readonly #options: VmmServiceOptions;
  readonly #chains = new Map<string, Promise<void>>();
  /** TAPs of launches in progress: created before their VMM's record exists */
  readonly #launchingTaps = new Map<string, number>();
  /** which files running VMMs and launches in progress hold (launch/drive-claims.ts) */
  readonly #claims: DriveClaims;
  readonly #metrics = new VmmMetricsReader();

  constructor(options: VmmServiceOptions) {
    this.#options = options;
    this.#claims = new DriveClaims((exceptVmId) => this.#runningDrives(exceptVmId));
  }

  async launch(vmId: string, request: LaunchRequest, log?: StepLogger): Promise<LaunchResponse> {
    const paths = this.#paths(vmId);
    const bridge = request.bridge ?? this.#options.defaultBridge;
    validateLaunchRequest(request, bridge);
    return this.#serialize(vmId, async () => {
      const taps = request.nics.map((nic) => nic.host_dev_name);
      for (const tap of taps) this.#launchingTaps.set(tap, (this.#launchingTaps.get(tap) ?? 0) + 1);
      try {
        return await this.#launchSerialized(vmId, request, bridge, paths, log);
      } finally {
        for (const tap of taps) {
          const n = (this.#launchingTaps.get(tap) ?? 1) - 1;
          if (n > 0) this.#launchingTaps.set(tap, n);
          else this.#launchingTaps.delete(tap);
        }
      }
    });
  }

  /**
   * Deletes the Hearth-named TAPs that neither a running VMM (its record names them) nor a
   * launch in progress uses: left by an agent killed between create-taps and spawn-vmm, or by
   * a VMM that died without a stop. Returns the names deleted.
   */
  async collectOrphanTaps(): Promise<string[]> {
    const { network, supervisor } = this.#options.deps;
    const inUse = new Set(this.#launchingTaps.keys());
    for (const vmId of await listVmIdsWithState(this.#options.storageRoot)) {
      const record = await readVmmState(this.#paths(vmId).stateFile).catch(() => null);
      if (record && (await supervisor.isAlive(processOf(record)))) {
        for (const tap of record.tap_names) inUse.add(tap);
      }
    }
    // read after the records: a launch that spawned meanwhile is in #launchingTaps
    for (const tap of this.#launchingTaps.keys()) inUse.add(tap);
    const removed: string[] = [];
    for (const tap of await network.listTaps()) {
      if (!isHearthTapName(tap) || inUse.has(tap) || this.#launchingTaps.has(tap)) continue;
      await network.deleteTap(tap);
      removed.push(tap);
    }
    if (removed.length > 0) this.#options.log.info({ taps: removed }, 'orphan TAPs removed');
    return removed;
  }

  async #launchSerialized(
    vmId: string,
    request: LaunchRequest,
    bridge: string,
    paths: VmPaths,
    log: StepLogger | undefined,
  ): Promise<LaunchResponse> {
    const previous = await readVmmState(paths.stateFile);
    if (previous) await this.#clearExited(previous, paths);
    // No live record names a VMM of this VM now; one still serving its socket was spawned by
    // an agent that died before recording it, and would make Firecracker refuse the socket.
    // Only then is /proc scanned: a launch with no one on the socket pays nothing for it.
    if (await acceptsConnections(paths.apiSocket)) {
      await this.#killUnrecordedVmms((socket) => socket === paths.apiSocket);
    }
    await this.#assertTapsFree(vmId, request);
    const ctx: LaunchContext = {
      vmId,
      request,
      bridge,
      paths,
      deps: this.#options.deps,
      isolation: this.#isolation(),
      files: null,
      releaseClaim: null,
      vmm: null,
      record: null,
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
      // launched or not, the claim ends: a running VMM's record now lists its drives
      ctx.releaseClaim?.();
      await ctx.client?.close().catch(() => {});
    }
  }

  /** The drives the running VMMs of this host (but `exceptVmId`'s) hold, from their records. */
  async #runningDrives(exceptVmId: string): Promise<HeldDrive[]> {
    const held: HeldDrive[] = [];
    for (const vmId of await listVmIdsWithState(this.#options.storageRoot)) {
      if (vmId === exceptVmId) continue;
      const record = await readVmmState(this.#paths(vmId).stateFile).catch(() => null);
      if (!record || !(await this.#options.deps.supervisor.isAlive(processOf(record)))) continue;
      for (const drive of record.drives ?? []) held.push({ ...drive, vm_id: vmId });
    }
    return held;
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

  /**
   * Runs `task` in the VM's queue, after any launch, stop or exit record already asked for and
   * before the next: what it sees of the VMM (running or not) stays true while it runs.
   */
  whileIdle<T>(vmId: string, task: (running: boolean) => Promise<T>): Promise<T> {
    return this.#serialize(vmId, async () => task(await this.isRunning(vmId)));
  }

  /**
   * The device counters of every running VMM (GET /metrics/vmms). Each VMM is asked to flush
   * first, so the totals are current; a VMM that does not answer in time still counts what its
   * last flush wrote. One whose file cannot be read is left out and logged.
   */
  async deviceMetrics(): Promise<VmmDeviceMetrics[]> {
    const running = (await this.list()).filter((vmm) => vmm.status === 'running');
    const files = new Set(running.map((vmm) => this.#paths(vmm.vm_id).metricsFile));
    this.#metrics.keepOnly(files);
    const read = await Promise.all(
      running.map(async (vmm) => {
        const client = this.#options.deps.createClient(vmm.socket_path, METRICS_FLUSH_TIMEOUT_MS);
        await client
          .flushMetrics()
          .catch(() => {})
          .finally(() => client.close().catch(() => {}));
        try {
          const totals = await this.#metrics.read(this.#paths(vmm.vm_id).metricsFile);
          return { vm_id: vmm.vm_id, ...totals };
        } catch (err) {
          this.#options.log.warn({ vm_id: vmm.vm_id, err }, 'unreadable VMM metrics file');
          return null;
        }
      }),
    );
    return read.filter((entry): entry is VmmDeviceMetrics => entry !== null);
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
      const record = await readVmmState(this.#paths(vmId).stateFile).catch(() => null);
      return inManagerTerms(await client.getVmConfig(), record?.drives ?? []);
    } catch (err) {
      if (err instanceof FirecrackerError) {
        throw firecrackerError(err, `GET /vm/config of VM ${vmId} failed`);
      }
      throw err;
    } finally {
      await client.close().catch(() => {});
    }
  }

  /**
   * A live change of one drive of the running VMM (Firecracker's PATCH /drives/{id}), held
   * in the VM's queue like a launch or a stop, so that neither can happen half-way through.
   * 409 VMM_NOT_RUNNING without a running VMM; see live-drive-update.ts for the rest.
   */
  async updateLiveDrive(
    vmId: string,
    driveId: string,
    request: LiveDriveUpdateRequest,
  ): Promise<LiveDrive> {
    const paths = this.#paths(vmId);
    return this.#serialize(vmId, async () => {
      const record = await readVmmState(paths.stateFile);
      if (!record || !(await this.#options.deps.supervisor.isAlive(processOf(record)))) {
        throw new AgentError('VMM_NOT_RUNNING', `VM ${vmId} has no running VMM on this host.`, {
          vm_id: vmId,
        });
      }
      const client = this.#options.deps.createClient(record.socket_path);
      try {
        return await updateLiveDrive({
          vmId,
          driveId,
          request,
          record,
          stateFile: paths.stateFile,
          client,
          policy: this.#options.deps.policy,
          isolation: this.#isolation(),
        });
      } catch (err) {
        if (err instanceof FirecrackerError) {
          throw firecrackerError(err, `The live update of drive ${driveId} of VM ${vmId} failed`);
        }
        throw err;
      } finally {
        await client.close().catch(() => {});
      }
    });
  }

  /**
   * On agent start: find the VMMs earlier agent processes launched and report on them, and
   * kill those that no record names (spawned by an agent that died before writing the
   * record): nothing else would ever see, stop or account for them.
   */
  async reattach(): Promise<{ running: string[]; exited: string[]; unrecorded_killed: string[] }> {
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
    const killed = await this.#killUnrecordedVmms((socket) => this.#vmIdOfSocket(socket) !== null);
    return { running, exited, unrecorded_killed: killed };
  }

  /**
   * Kills the processes serving a VM API socket under this storage root (chosen by
   * `wanted`) that the VM's record does not name. Returns the VM ids concerned.
   */
  async #killUnrecordedVmms(wanted: (apiSocket: string) => boolean): Promise<string[]> {
    const killed: string[] = [];
    for (const proc of await findProcessesByApiSocket(wanted)) {
      const vmId = this.#vmIdOfSocket(proc.apiSocket);
      if (vmId === null) continue;
      const record = await readVmmState(this.#paths(vmId).stateFile).catch(() => null);
      if (record?.pid === proc.pid && record.process_start_time === proc.startTime) continue;
      await this.#options.deps.supervisor.kill(proc);
      killed.push(vmId);
      this.#options.log.warn(
        { vm_id: vmId, pid: proc.pid },
        'killed a VMM that no record names (its agent died between spawning and recording it)',
      );
    }
    return killed;
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

  /** The VM whose API socket this path is under this storage root; null for any other path. */
  #vmIdOfSocket(socketPath: string): string | null {
    const root = `${this.#options.storageRoot}/`;
    if (!socketPath.startsWith(root)) return null;
    const vmId = socketPath.slice(root.length).split('/')[0] ?? '';
    return isVmId(vmId) && this.#paths(vmId).apiSocket === socketPath ? vmId : null;
  }

  #isolation(): LaunchIsolation {
    return {
      storageRoot: this.#options.storageRoot,
      claims: this.#claims,
      agentFiles: this.#options.agentFiles ?? (async () => new Set<string>()),
    };
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
