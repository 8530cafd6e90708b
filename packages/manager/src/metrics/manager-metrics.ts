// The manager's own Prometheus metrics: what happens inside this process (HTTP requests,
// launches, reconcile passes, agent calls), counted as it happens. The fleet's figures
// (VMs by state, hosts, per-VM device counters) are read when scraped: fleet-collectors.ts.
// One registry per manager process, never prom-client's global one, so several apps in one
// test process do not share series. Label values are bounded: route templates (never raw
// URLs), step names, error codes, correction kinds and agent operations are fixed sets.
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** Launches and agent calls last milliseconds to a minute (a graceful stop waits 30 s). */
const SLOW_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
const HTTP_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export type AgentCallOutcome = 'ok' | 'error' | 'unreachable';

/** Told about every agent call (AgentClient); the metrics below are one such observer. */
export type AgentCallObserver = (
  operation: string,
  outcome: AgentCallOutcome,
  seconds: number,
) => void;

export class ManagerMetrics {
  readonly registry = new Registry();

  readonly httpRequestDuration = new Histogram({
    name: 'hearth_http_request_duration_seconds',
    help: 'API requests by route template, method and status code; streams count once they end',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: HTTP_BUCKETS,
    registers: [this.registry],
  });

  readonly launchStepDuration = new Histogram({
    name: 'hearth_launch_step_duration_seconds',
    help: "Each step of a VM launch as the agent timed it (e.g. 'launch.spawn-vmm'), failed steps included",
    labelNames: ['step', 'ok'] as const,
    buckets: SLOW_BUCKETS,
    registers: [this.registry],
  });

  readonly launchFailures = new Counter({
    name: 'hearth_launch_failures_total',
    help: 'VM launches that failed, by error code and the step that failed',
    labelNames: ['code', 'step'] as const,
    registers: [this.registry],
  });

  readonly reconcilePassDuration = new Histogram({
    name: 'hearth_reconcile_pass_duration_seconds',
    help: 'One reconciler pass over every healthy host (only the replica holding the lease runs them)',
    buckets: SLOW_BUCKETS,
    registers: [this.registry],
  });

  readonly reconcileCorrections = new Counter({
    name: 'hearth_reconcile_corrections_total',
    help: 'What the reconciler changed, by kind (start, stop, exited, halt-stray, orphan-vmm, orphan-tap, ...)',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  readonly agentCallDuration = new Histogram({
    name: 'hearth_agent_request_duration_seconds',
    help: "Calls to hosts' agents by operation (route template) and outcome (ok, error, unreachable)",
    labelNames: ['operation', 'outcome'] as const,
    buckets: SLOW_BUCKETS,
    registers: [this.registry],
  });

  /** With `processMetrics`, also Node's own (heap, event loop lag, CPU): main.ts only. */
  constructor(options: { processMetrics?: boolean } = {}) {
    if (options.processMetrics)
      collectDefaultMetrics({ register: this.registry, prefix: 'hearth_manager_' });
  }

  readonly observeAgentCall: AgentCallObserver = (operation, outcome, seconds) => {
    this.agentCallDuration.observe({ operation, outcome }, seconds);
  };

  /** The steps of one launch, successful or not (a failure's steps end with the failed one). */
  observeLaunch(steps: readonly { name: string; duration_ms: number; ok: boolean }[]): void {
    for (const step of steps) {
      this.launchStepDuration.observe(
        { step: step.name, ok: String(step.ok) },
        step.duration_ms / 1000,
      );
    }
  }

  countLaunchFailure(code: string, step: string | null): void {
    this.launchFailures.inc({ code, step: step ?? 'none' });
  }

  /** The Prometheus text exposition of everything registered, collectors run first. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
