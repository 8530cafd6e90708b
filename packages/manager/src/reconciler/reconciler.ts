// Level-based reconciliation between desired state (rows) and actual state (each agent's
// live view of its VMMs). Every pass re-reads both sides, so a missed pass or a restart of
// the manager or an agent loses nothing. Today it corrects one drift: a VM recorded as
// `running` whose VMM has exited (guest shutdown, crash, host reboot) becomes `stopped` (clean
// exit) or `error` (anything else), with an event carrying the exit code and the last log lines.
// One manager replica reconciles at a time (a lease in the database).
import { randomUUID } from 'node:crypto';
import type { VmmStatus } from '@hearth/agent/contract';
import type { ServiceContext } from '../context.ts';
import { recordEvent } from '../events/event-log.ts';
import { listHosts } from '../hosts/hosts.repository.ts';
import { finishTransition, listVms } from '../vms/vms.repository.ts';
import { acquireLease } from './lease.repository.ts';

const LEASE = 'reconciler';

export interface ReconcileReport {
  checked: number;
  corrected: string[];
  unreachableHosts: string[];
}

export class Reconciler {
  private readonly holder = randomUUID();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly log: {
      warn(obj: object, msg: string): void;
      info(obj: object, msg: string): void;
    },
  ) {}

  /** One pass over every healthy host. Safe to call at any time. */
  async reconcileOnce(): Promise<ReconcileReport> {
    const report: ReconcileReport = { checked: 0, corrected: [], unreachableHosts: [] };
    for (const host of await listHosts(this.ctx.db, this.ctx.config.hostStaleSeconds)) {
      if (!host.healthy) continue;
      const vms = await listVms(this.ctx.db, { host_id: host.id, state: 'running', limit: 10_000 });
      if (vms.length === 0) continue;
      let live: Map<string, VmmStatus>;
      try {
        live = new Map((await this.ctx.agents.forHost(host).listVmms()).map((v) => [v.vm_id, v]));
      } catch (err) {
        report.unreachableHosts.push(host.name);
        this.log.warn({ host: host.name, err }, 'reconciler: agent unreachable');
        continue;
      }
      for (const vm of vms) {
        report.checked++;
        const vmm = live.get(vm.id);
        if (vmm?.status === 'running') continue;
        const clean = vmm?.exit_code === 0;
        const message = vmm
          ? `VMM exited on its own (exit code ${vmm.exit_code ?? 'unknown'})`
          : 'VMM is not running on its host';
        // only a VM still `running` is corrected: a concurrent stop or start wins
        const corrected = await finishTransition(
          this.ctx.db,
          vm.id,
          {
            state: clean ? 'stopped' : 'error',
            started_at: null,
            ...(clean
              ? {}
              : { last_error: { code: 'VMM_EXITED', message, at: new Date().toISOString() } }),
          },
          'running',
        );
        if (!corrected) continue;
        await recordEvent(this.ctx.db, vm.id, clean ? 'info' : 'error', message, {
          exit_code: vmm?.exit_code ?? null,
          last_log_lines: vmm?.last_log_lines ?? [],
        });
        report.corrected.push(vm.id);
        this.log.info({ vm: vm.name, message }, 'reconciler: corrected VM state');
      }
    }
    return report;
  }

  /** Runs a pass every `intervalMs` while this replica holds the lease. */
  start(intervalMs: number): void {
    const tick = async () => {
      try {
        const leaseSeconds = Math.ceil((intervalMs * 3) / 1000);
        if (await acquireLease(this.ctx.db, LEASE, this.holder, leaseSeconds)) {
          await this.reconcileOnce();
        }
      } catch (err) {
        this.log.warn({ err }, 'reconciler pass failed');
      }
    };
    this.timer = setInterval(() => {
      if (!this.running) this.running = tick().finally(() => (this.running = null));
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
