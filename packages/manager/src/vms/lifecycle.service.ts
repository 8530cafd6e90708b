// Start, stop, restart and delete. One transition at a time per VM: each begins with an
// atomic state change in the database (beginTransition), which every manager replica sees,
// and always ends with finishTransition — also when the agent fails — so a VM never stays
// `starting` or `stopping` because of an error here.

import type { LiveVmConfig } from '@hearth/agent/contract';
import type { Vm, VmState } from '@hearth/api';
import type { AgentClient } from '../agents/agent-client.ts';
import { fromAgentError } from '../agents/agent-errors.ts';
import type { ServiceContext } from '../context.ts';
import type { DriveRecord } from '../drives/drives.repository.ts';
import { recordEvent } from '../events/event-log.ts';
import type { HostRecord } from '../hosts/hosts.repository.ts';
import { refreshBridges } from '../hosts/measured-facts.ts';
import { AppError, notFound } from '../http/errors.ts';
import type { NicRecord } from '../nics/nics.repository.ts';
import { buildLaunchRequest } from './launch-spec.ts';
import { getVmBundleOr404, getVmOr404, hostOf } from './vm-access.ts';
import { ALL_PARTS } from './vm-bundle.repository.ts';
import {
  beginTransition,
  continueTransition,
  deleteVm,
  finishTransition,
  setDesiredState,
  type TransitionEvent,
} from './vms.repository.ts';

/**
 * Who asks: a user (the API) or the reconciler converging on what a user asked. Only a user's
 * start resets the count of automatic restarts.
 */
export type Initiator = 'user' | 'reconciler';

/**
 * The state the reconciler decided on: its transition begins only from that state (or takes
 * over a transition whose owner died), so a decision that went stale between the pass's
 * reads and its action (the user started or stopped the VM meanwhile) changes nothing.
 */
export type SeenState = VmState | undefined;

const STARTABLE: VmState[] = ['created', 'stopped', 'error'];
const STOPPABLE: VmState[] = ['running', 'error'];
const DELETABLE: VmState[] = ['created', 'running', 'stopped', 'error'];
const TRANSITIONAL: VmState[] = ['starting', 'stopping', 'deleting'];

/** The rows a transition read that its answer shows: its host and its device rows. */
export interface TransitionDevices {
  host: HostRecord;
  drives: DriveRecord[];
  nics: NicRecord[];
}

/**
 * A transition's outcome: the VM row, what its VMM has attached when it runs (the devices
 * the launch applied), and the rows the transition read, so the answer needs no second round
 * trip to the VMM and no second read of the database.
 */
export interface Transitioned {
  vm: Vm;
  live: LiveVmConfig | null;
  devices?: TransitionDevices;
}

export class LifecycleService {
  constructor(private readonly ctx: ServiceContext) {}

  /**
   * Starting a running VM is a no-op answered with the VM as it is (and its live devices), as
   * stopping a stopped one is: a lifecycle call whose end state already holds succeeds. Only a
   * transition in progress (VM_BUSY) or a state that forbids it (VM_INVALID_STATE) is a 409.
   * The reconciler (`seen`) is told the truth instead: it acts only on the state it saw.
   */
  async start(id: string, by: Initiator = 'user', seen?: SeenState): Promise<Transitioned> {
    let vm: Vm;
    try {
      vm = await this.lock(id, only(STARTABLE, seen), 'starting', 'start', {
        state: 'running',
        by,
      });
    } catch (err) {
      const state = err instanceof AppError && err.code === 'VM_INVALID_STATE' && err.details.state;
      if (seen !== undefined || state !== 'running') throw err;
      const settled = await setDesiredState(this.ctx.db, id, 'running');
      if (!settled) throw notFound('VM_NOT_FOUND', 'VM', id);
      const read = await this.readForTransition(settled);
      const live = await read.agent.liveConfig(id).catch(() => null);
      return { vm: settled, live, devices: read };
    }
    return this.launch(vm, await this.readForTransition(vm));
  }

  /** Stopping a VM that is not running is a no-op answered with the VM as it is. */
  async stop(id: string, by: Initiator = 'user', seen?: SeenState): Promise<Transitioned> {
    let vm: Vm;
    try {
      vm = await this.lock(id, only(STOPPABLE, seen), 'stopping', 'stop', {
        state: 'stopped',
        by,
      });
    } catch (err) {
      const state = err instanceof AppError && err.code === 'VM_INVALID_STATE' && err.details.state;
      if (state !== 'created' && state !== 'stopped') throw err;
      // nothing runs, but the wish is recorded: the reconciler must not start it later
      const settled = await setDesiredState(this.ctx.db, id, 'stopped');
      if (!settled) throw notFound('VM_NOT_FOUND', 'VM', id);
      return { vm: settled, live: null };
    }
    const bundle = await this.readForTransition(vm);
    const result = await this.halt(vm, bundle);
    const stopped = await this.finish(
      vm.id,
      { state: 'stopped', started_at: null, last_error: null },
      stoppedEvent(result),
    );
    return { vm: stopped, live: null, devices: bundle };
  }

  async restart(id: string, by: Initiator = 'user', seen?: SeenState): Promise<Transitioned> {
    const from = only([...STOPPABLE, 'created', 'stopped'], seen);
    const vm = await this.lock(id, from, 'stopping', 'restart', { state: 'running', by });
    const bundle = await this.readForTransition(vm);
    const result = await this.halt(vm, bundle);
    const starting = await continueTransition(
      this.ctx.db,
      vm.id,
      'starting',
      this.ctx.instance.id,
      stoppedEvent(result),
    );
    if (!starting) {
      throw new AppError('VM_BUSY', `VM ${vm.name} was taken over while it restarted.`, {});
    }
    return this.launch(starting, bundle);
  }

  /**
   * Stops a VMM that runs although its VM is `created` or `stopped` (the reconciler found it),
   * as a transition of its own, so no start of the VM can run meanwhile; the VM keeps its
   * state. VM_INVALID_STATE or VM_BUSY when the VM is no longer in the state the reconciler saw.
   */
  async haltStray(id: string, seen: 'created' | 'stopped'): Promise<Vm> {
    const vm = await this.lock(id, [seen], 'stopping', 'halt a stray VMM', {
      state: 'stopped',
      by: 'reconciler',
    });
    const read = await this.readForTransition(vm);
    const result = await this.halt(vm, read);
    return this.finish(
      vm.id,
      { state: seen },
      { level: 'info', message: `Stray VMM stopped; the VM stays ${seen}`, data: { ...result } },
    );
  }

  /** Stop (best effort), remove the VM's directory on its host, then the row (drives, NICs cascade). */
  async delete(id: string): Promise<void> {
    const vm = await this.lock(id, DELETABLE, 'deleting', 'delete');
    const { agent } = await hostOf(this.ctx, vm);
    try {
      await agent.stop(vm.id, this.ctx.config.stopTimeoutMs);
    } catch (err) {
      await recordEvent(this.ctx.db, vm.id, 'warn', 'Stop before delete failed; deleting anyway', {
        error: fromAgentError(err, 'stop the VM').message,
      });
    }
    try {
      await agent.deleteVmStorage(vm.id);
    } catch (err) {
      const error = fromAgentError(err, `delete the storage of VM ${vm.id}`);
      await this.fail(vm.id, error);
      throw error;
    }
    await deleteVm(this.ctx.db, vm.id);
  }

  private async lock(
    id: string,
    from: VmState[],
    to: VmState,
    action: string,
    desired?: { state: 'running' | 'stopped'; by: Initiator },
  ): Promise<Vm> {
    const by = desired?.by ?? 'user';
    const vm = await beginTransition(
      this.ctx.db,
      id,
      from,
      to,
      this.ctx.instance.id,
      desired && { state: desired.state, byUser: desired.by === 'user' },
      {
        level: 'info',
        message:
          by === 'user'
            ? `${capitalize(action)} requested`
            : `${capitalize(action)} by the reconciler`,
        data: { from_states: from, by },
      },
    );
    if (vm) return vm;
    const current = await getVmOr404(this.ctx.db, id);
    if (TRANSITIONAL.includes(current.state)) {
      throw new AppError(
        'VM_BUSY',
        `VM ${current.name} is ${current.state}; try again when it is done.`,
        {
          state: current.state,
        },
      );
    }
    throw new AppError(
      'VM_INVALID_STATE',
      `Cannot ${action} VM ${current.name}: it is ${current.state}.`,
      {
        state: current.state,
        allowed_states: from,
      },
    );
  }

  /**
   * Everything the transition and its answer need, in one read: the host and its agent, the
   * device rows, the kernel image and the host's image paths. The VM's devices cannot change
   * while it is in a transition, so a restart uses the same rows for its stop and its start.
   * A failed read ends the transition in `error`, like any other failure of it.
   */
  private async readForTransition(vm: Vm): Promise<TransitionRead> {
    try {
      return await getVmBundleOr404(this.ctx, vm.id, ALL_PARTS);
    } catch (err) {
      const error = err instanceof AppError ? err : fromAgentError(err, `read VM ${vm.name}`);
      await this.fail(vm.id, error);
      throw error;
    }
  }

  private async halt(vm: Vm, { agent }: TransitionRead): Promise<StopResult> {
    try {
      return await agent.stop(vm.id, this.ctx.config.stopTimeoutMs);
    } catch (err) {
      const error = fromAgentError(err, `stop VM ${vm.name}`);
      await this.fail(vm.id, error);
      throw error;
    }
  }

  private async launch(vm: Vm, read: TransitionRead): Promise<Transitioned> {
    try {
      const kernel = read.launch?.kernel;
      if (!kernel) throw notFound('IMAGE_NOT_FOUND', 'Kernel image', vm.kernel_image_id);
      const request = buildLaunchRequest(
        vm,
        kernel,
        read.drives,
        read.nics,
        read.launch?.hostImagePaths ?? [],
      );
      const result = await read.agent.launch(vm.id, request);
      this.ctx.metrics.observeLaunch(result.steps);
      // the first launch with a NIC creates the host's bridge: the host's facts follow
      if (read.nics.length > 0) {
        await refreshBridges(this.ctx.db, read.host, read.agent).catch(() => false);
      }
      const live: LiveVmConfig = {
        drives: result.applied.drives,
        'network-interfaces': result.applied['network-interfaces'],
      };
      // the outcome and its event in one statement (finishTransition with an event)
      const started = await this.finish(
        vm.id,
        { state: 'running', started_at: 'now', last_error: null },
        {
          level: 'info',
          message: 'VM started',
          data: {
            pid: result.pid,
            // in the order Firecracker got them, as the agent decided it
            drives: result.applied.drives.map((d) => d.drive_id),
            nics: result.applied['network-interfaces'].map((n) => n.iface_id),
            steps: result.steps,
          },
        },
      );
      return { vm: started, live, devices: read };
    } catch (err) {
      // the one place a launch failure becomes the API's error (AppErrors pass unchanged)
      const error = fromAgentError(err, `start VM ${vm.name}`);
      const { steps, step } = error.details;
      if (Array.isArray(steps)) this.ctx.metrics.observeLaunch(steps);
      this.ctx.metrics.countLaunchFailure(error.code, typeof step === 'string' ? step : null);
      await this.fail(vm.id, error);
      throw error;
    }
  }

  /** Records the failure on the VM (state `error`, last_error, an event) without throwing. */
  private async fail(vmId: string, error: AppError): Promise<void> {
    const details = error.details;
    const lastError = {
      code: error.code,
      message: error.message,
      ...(typeof details.step === 'string' ? { step: details.step } : {}),
      ...(typeof details.firecracker_fault === 'string'
        ? { firecracker_fault: details.firecracker_fault }
        : {}),
      ...(typeof details.drive_id === 'string' ? { drive_id: details.drive_id } : {}),
      at: new Date().toISOString(),
    };
    await this.finish(
      vmId,
      { state: 'error', last_error: lastError },
      { level: 'error', message: error.message, data: lastError },
    );
  }

  private async finish(
    vmId: string,
    outcome: Parameters<typeof finishTransition>[2],
    event?: TransitionEvent,
  ): Promise<Vm> {
    const vm = await finishTransition(this.ctx.db, vmId, outcome, undefined, event);
    if (!vm) throw notFound('VM_NOT_FOUND', 'VM', vmId);
    return vm;
  }
}

/** `states`, or only `seen` of them when the reconciler saw one (see SeenState). */
const only = (states: VmState[], seen: SeenState): VmState[] =>
  seen === undefined ? states : states.filter((state) => state === seen);

type TransitionRead = Awaited<ReturnType<typeof getVmBundleOr404>>;
type StopResult = Awaited<ReturnType<AgentClient['stop']>>;

const stoppedEvent = (result: StopResult): TransitionEvent => ({
  level: 'info',
  message: 'VM stopped; storage kept',
  data: { ...result },
});

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
