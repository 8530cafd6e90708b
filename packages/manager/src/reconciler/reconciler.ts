// Level-based reconciliation between what users asked for (vm.desired_state), what the
// rows say (vm.state) and what each host really runs (its agent's live view of its VMMs).
// Every pass re-reads all sides, so a missed pass or a restart of the manager or an agent
// loses nothing. Each pass, for every host with a fresh heartbeat:
//   - asks the agent for its VMMs; a host whose agent does not answer turns unhealthy;
//   - converges every VM of the host, in every state (vm-convergence.ts decides, the
//     lifecycle carries it out, so every correction is a normal, owned, evented transition);
//   - stops VMMs that have no row after a grace period, and removes Hearth-named TAPs that no
//     VMM uses, recording both as host events.
// One manager replica reconciles at a time (a lease in the database, held by its instance).
import type { VmmStatus } from '@hearth/agent/contract';
import type { AgentClient } from '../agents/agent-client.ts';
import { fromAgentError } from '../agents/agent-errors.ts';
import type { ServiceContext } from '../context.ts';
import { recordEvent } from '../events/event-log.ts';
import { recordHostEvent } from '../hosts/host-events.ts';
import { markReachable, markUnreachable } from '../hosts/host-reachability.ts';
import { type HostRecord, listHosts } from '../hosts/hosts.repository.ts';
import { AppError } from '../http/errors.ts';
import { pruneExpiredInstances } from '../instances/manager-instance.ts';
import type { StorageService } from '../storage/host-storage.service.ts';
import { pruneDeletedVms } from '../vms/deleted-vms.repository.ts';
import type { LifecycleService } from '../vms/lifecycle.service.ts';
import {
  finishTransition,
  listVmsForReconcile,
  type ReconcileRow,
  scheduleRestart,
  setDesiredState,
  takeRestartAttempt,
} from '../vms/vms.repository.ts';
import { acquireLease } from './lease.repository.ts';
import { type Convergence, decideConvergence } from './vm-convergence.ts';

const LEASE = 'reconciler';
const PRUNE_INTERVAL_MS = 60_000;
/** VMs of one host converged at once (each may be a launch: bounded, not serial) */
const PARALLEL_PER_HOST = 8;

/** Hosts one pass visits at once. */
const HOSTS_AT_ONCE = 4;

export interface ReconcileReport {
  checked: number;
  /** VM ids whose row or VMM was changed */
  corrected: string[];
  unreachableHosts: string[];
  /** vm ids of VMMs without a row, stopped */
  orphanVmmsStopped: string[];
  orphanTapsRemoved: string[];
}

interface Log {
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

export interface ReconcilerOptions {
  /** a VMM without a row is stopped once it has run this long (a create in flight has a row) */
  orphanGraceSeconds?: number;
  /** re-measures the allocated bytes of each visited host's drives (at its own pace) */
  storage?: Pick<StorageService, 'refreshAllocated'>;
}

export class Reconciler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private readonly orphanGraceSeconds: number;
  private readonly storage: Pick<StorageService, 'refreshAllocated'> | null;
  private lastPruneMs = 0;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly lifecycle: LifecycleService,
    private readonly log: Log,
    options: ReconcilerOptions = {},
  ) {
    this.orphanGraceSeconds = options.orphanGraceSeconds ?? 10;
    this.storage = options.storage ?? null;
  }

  /**
   * One pass over every host with a fresh heartbeat, a few hosts at a time. Safe to call at
   * any time. With `keepLease`, it is asked before each host whether this replica still holds
   * the reconciler's lease (renewing it); once it does not, the pass ends there.
   */
  async reconcileOnce(keepLease?: () => Promise<boolean>): Promise<ReconcileReport> {
    const endTimer = this.ctx.metrics.reconcilePassDuration.startTimer();
    try {
      return await this.pass(keepLease);
    } finally {
      endTimer();
    }
  }

  private async pass(keepLease?: () => Promise<boolean>): Promise<ReconcileReport> {
    const report: ReconcileReport = {
      checked: 0,
      corrected: [],
      unreachableHosts: [],
      orphanVmmsStopped: [],
      orphanTapsRemoved: [],
    };
    const staleMs = this.ctx.config.hostStaleSeconds * 1000;
    const hosts = (await listHosts(this.ctx.db, this.ctx.config.hostStaleSeconds)).filter(
      (host) => host.last_seen_at !== null && Date.now() - Date.parse(host.last_seen_at) < staleMs,
    );
    let leaseLost = false;
    // a host's visit waits on its agent; visiting them one by one made a pass over 20 busy
    // hosts outlast the lease (bench/fleet), so another replica took over mid-pass
    const next = hosts[Symbol.iterator]();
    const visitor = async () => {
      for (const host of next) {
        if (leaseLost || (keepLease && !(await keepLease()))) {
          leaseLost = true;
          return;
        }
        await this.reconcileHost(host, report);
      }
    };
    await Promise.all(Array.from({ length: Math.min(HOSTS_AT_ONCE, hosts.length) }, visitor));
    if (!leaseLost) {
      await pruneExpiredInstances(this.ctx.db);
      await this.pruneDeletedVms();
    }
    return report;
  }

  /** At most once a minute: the stray-event part of the prune reads the whole event table. */
  private async pruneDeletedVms(): Promise<void> {
    if (Date.now() - this.lastPruneMs < PRUNE_INTERVAL_MS) return;
    this.lastPruneMs = Date.now();
    const removed = await pruneDeletedVms(this.ctx.db, this.ctx.config.deletedVmRetentionHours);
    if (removed > 0)
      this.log.info({ events: removed }, 'pruned the events of VMs deleted long ago');
  }

  private async reconcileHost(host: HostRecord, report: ReconcileReport): Promise<void> {
    const agent = this.ctx.agents.forHost(host);
    let live: Map<string, VmmStatus>;
    try {
      live = new Map((await agent.listVmms()).map((v) => [v.vm_id, v]));
    } catch (err) {
      report.unreachableHosts.push(host.name);
      if (await markUnreachable(this.ctx.db, host.id)) {
        const error = fromAgentError(err, `reach the agent of host ${host.name}`).message;
        this.log.warn({ host: host.name, err: error }, 'reconciler: agent unreachable');
        await recordHostEvent(this.ctx.db, host.id, 'error', 'Agent does not answer', { error });
      }
      return;
    }
    if (await markReachable(this.ctx.db, host.id)) {
      await recordHostEvent(this.ctx.db, host.id, 'info', 'Agent answers again');
    }

    const rows = await listVmsForReconcile(this.ctx.db, host.id);
    for (let i = 0; i < rows.length; i += PARALLEL_PER_HOST) {
      await Promise.all(
        rows.slice(i, i + PARALLEL_PER_HOST).map(async (row) => {
          report.checked++;
          const decision = decideConvergence(
            { vm: row.vm, ownerAlive: row.ownerAlive, restartDue: row.nextRestartDue },
            live.get(row.vm.id),
          );
          if (decision.kind === 'none') return;
          try {
            if (await this.carryOut(row, decision, agent)) {
              report.corrected.push(row.vm.id);
              this.ctx.metrics.reconcileCorrections.inc({ kind: decision.kind });
            }
          } catch (err) {
            // the VM moved on since the pass read it (a user's start or stop): nothing to do
            if (isStaleDecision(err)) return;
            // the lifecycle has recorded the failure on the VM; the next pass looks again
            this.log.warn(
              { vm_id: row.vm.id, action: decision.kind, err: (err as Error).message },
              'reconciler: correction failed',
            );
          }
        }),
      );
    }

    const known = new Set(rows.map((r) => r.vm.id));
    for (const vmm of live.values()) {
      if (known.has(vmm.vm_id) || vmm.status !== 'running') continue;
      if ((vmm.uptime_s ?? 0) < this.orphanGraceSeconds) continue;
      await this.stopOrphanVmm(host, agent, vmm, report);
    }
    await this.collectOrphanTaps(host, agent, report);
    // a measurement, never a correction: a failure only leaves the figures as they were
    await this.storage?.refreshAllocated(host, agent).catch((err: unknown) => {
      this.log.warn(
        { host: host.name, err: (err as Error)?.message ?? String(err) },
        'reconciler: could not measure drive files',
      );
    });
  }

  /** Returns true when something changed. */
  private async carryOut(
    row: ReconcileRow,
    decision: Convergence,
    agent: AgentClient,
  ): Promise<boolean> {
    const { vm } = row;
    switch (decision.kind) {
      case 'none':
        return false;
      case 'exited': {
        // the host's VMM list was read before the rows: a start that finished in between
        // looks like a VMM that exited, so the VMM is asked for again before anything changes
        const now = await agent.getVmm(vm.id).catch(() => null);
        if (now?.status === 'running') return false;
        return this.recordExit(vm.id, decision.clean, now ?? decision.vmm);
      }
      case 'stop':
        await this.note(vm.id, `Reconciler: ${decision.reason}; stopping it`);
        await this.lifecycle.stop(vm.id, 'reconciler', vm.state);
        return true;
      case 'halt-stray': {
        if (vm.state !== 'created' && vm.state !== 'stopped') return false;
        await this.note(vm.id, `Reconciler: ${decision.reason}; stopping the VMM`);
        await this.lifecycle.haltStray(vm.id, vm.state);
        return true;
      }
      case 'start':
        await this.note(vm.id, `Reconciler: ${decision.reason}; starting it`);
        await this.lifecycle.start(vm.id, 'reconciler', vm.state);
        return true;
      case 'restart':
        await this.note(vm.id, `Reconciler: ${decision.reason}; restarting it`);
        await this.lifecycle.restart(vm.id, 'reconciler', vm.state);
        return true;
      case 'delete':
        await this.note(vm.id, `Reconciler: ${decision.reason}; finishing it`);
        await this.lifecycle.delete(vm.id);
        return true;
      case 'schedule-restart':
        await scheduleRestart(this.ctx.db, vm.id, decision.delaySeconds);
        await this.note(
          vm.id,
          `Restart policy on-failure: restart ${vm.restart_count + 1} of ${vm.restart_policy.max_retries} in ${decision.delaySeconds} s`,
        );
        return false;
      case 'retry':
        if (!(await takeRestartAttempt(this.ctx.db, vm.id))) return false;
        await this.note(vm.id, `Restart policy on-failure: restart ${decision.attempt}`);
        await this.lifecycle.start(vm.id, 'reconciler', vm.state);
        return true;
    }
  }

  /**
   * A VM recorded as `running` whose VMM has exited (guest shutdown, crash, host reboot)
   * becomes `stopped` (clean exit: the guest powered off, so it is not started again) or
   * `error`, with an event carrying the exit code and the last log lines. Only a VM still
   * `running` is corrected: a concurrent stop or start wins.
   */
  private async recordExit(
    vmId: string,
    clean: boolean,
    vmm: VmmStatus | undefined,
  ): Promise<boolean> {
    const message = vmm
      ? `VMM exited on its own (exit code ${vmm.exit_code ?? 'unknown'})`
      : 'VMM is not running on its host';
    const corrected = await finishTransition(
      this.ctx.db,
      vmId,
      {
        state: clean ? 'stopped' : 'error',
        started_at: null,
        ...(clean
          ? {}
          : { last_error: { code: 'VMM_EXITED', message, at: new Date().toISOString() } }),
      },
      'running',
    );
    if (!corrected) return false;
    if (clean) await setDesiredState(this.ctx.db, vmId, 'stopped');
    await recordEvent(this.ctx.db, vmId, clean ? 'info' : 'error', message, {
      exit_code: vmm?.exit_code ?? null,
      last_log_lines: vmm?.last_log_lines ?? [],
    });
    this.log.info({ vm_id: vmId, message }, 'reconciler: corrected VM state');
    return true;
  }

  private async stopOrphanVmm(
    host: HostRecord,
    agent: AgentClient,
    vmm: VmmStatus,
    report: ReconcileReport,
  ): Promise<void> {
    try {
      const result = await agent.stop(vmm.vm_id, this.ctx.config.stopTimeoutMs);
      report.orphanVmmsStopped.push(vmm.vm_id);
      this.ctx.metrics.reconcileCorrections.inc({ kind: 'orphan-vmm' });
      this.log.warn({ host: host.name, vm_id: vmm.vm_id }, 'reconciler: stopped a VMM with no VM');
      await recordHostEvent(this.ctx.db, host.id, 'warn', 'Stopped a VMM that belongs to no VM', {
        vm_id: vmm.vm_id,
        pid: vmm.pid,
        uptime_s: vmm.uptime_s,
        method: result.method,
      });
    } catch (err) {
      this.log.warn(
        { host: host.name, vm_id: vmm.vm_id, err },
        'reconciler: orphan VMM stop failed',
      );
    }
  }

  private async collectOrphanTaps(
    host: HostRecord,
    agent: AgentClient,
    report: ReconcileReport,
  ): Promise<void> {
    try {
      const { removed } = await agent.collectOrphanTaps();
      if (removed.length === 0) return;
      report.orphanTapsRemoved.push(...removed);
      this.ctx.metrics.reconcileCorrections.inc({ kind: 'orphan-tap' }, removed.length);
      await recordHostEvent(this.ctx.db, host.id, 'warn', 'Removed TAPs that no VMM uses', {
        taps: removed,
      });
    } catch (err) {
      this.log.warn({ host: host.name, err }, 'reconciler: orphan TAP collection failed');
    }
  }

  private note(vmId: string, message: string): Promise<void> {
    return recordEvent(this.ctx.db, vmId, 'warn', message);
  }

  /** Runs a pass at once, then every `intervalMs`, while this replica holds the lease. */
  start(intervalMs: number): void {
    const tick = async () => {
      try {
        const leaseSeconds = Math.ceil((intervalMs * 3) / 1000);
        const holdLease = () =>
          acquireLease(this.ctx.db, LEASE, this.ctx.instance.id, leaseSeconds);
        if (await holdLease()) await this.reconcileOnce(renewedEvery(intervalMs, holdLease));
      } catch (err) {
        this.log.warn({ err }, 'reconciler pass failed');
      }
    };
    const schedule = () => {
      if (!this.running) this.running = tick().finally(() => (this.running = null));
    };
    schedule();
    this.timer = setInterval(schedule, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}

const isStaleDecision = (err: unknown) =>
  err instanceof AppError && (err.code === 'VM_BUSY' || err.code === 'VM_INVALID_STATE');

/**
 * A lease check for a pass: renews the lease at most every `everyMs` (it was just taken when
 * the pass began), so a long pass keeps it without a statement per host.
 */
export function renewedEvery(
  everyMs: number,
  renew: () => Promise<boolean>,
): () => Promise<boolean> {
  let renewedAt = Date.now();
  let held = true;
  return async () => {
    if (held && Date.now() - renewedAt >= everyMs) {
      renewedAt = Date.now();
      held = await renew();
    }
    return held;
  };
}
