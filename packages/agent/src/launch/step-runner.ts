// Runs a list of named steps in order, like firecracker-go-sdk's handler chain. Each step
// may register undo actions as it creates things; when a step fails, every registered undo
// runs in reverse order so a failed launch leaves nothing behind that it created. Undo
// failures are logged and never hide the original error.
import type { LaunchStepReport } from '../contract/index.ts';

export interface StepLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface Step<C> {
  /** constant, e.g. 'launch.spawn-vmm' */
  readonly name: string;
  /**
   * false: this run has nothing for the step to do (an optional feature not asked for); it
   * is skipped and not reported, so the reports list the steps that ran. Default: true.
   */
  shouldRun?(ctx: C): boolean;
  run(ctx: C, undo: UndoRegistry): Promise<void>;
}

export interface UndoRegistry {
  /** `what` names the undo in logs, e.g. 'delete TAP fc-1a2b-0' */
  add(what: string, action: () => Promise<void>): void;
}

export class StepFailedError extends Error {
  constructor(
    readonly step: string,
    override readonly cause: unknown,
    readonly reports: LaunchStepReport[],
  ) {
    super(`Step ${step} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'StepFailedError';
  }
}

export async function runSteps<C>(
  steps: readonly Step<C>[],
  ctx: C,
  log: StepLogger,
  logFields: object = {},
): Promise<LaunchStepReport[]> {
  const reports: LaunchStepReport[] = [];
  const undos: { step: string; what: string; action: () => Promise<void> }[] = [];
  for (const step of steps) {
    if (step.shouldRun && !step.shouldRun(ctx)) continue;
    const registry: UndoRegistry = {
      add: (what, action) => undos.push({ step: step.name, what, action }),
    };
    const started = performance.now();
    try {
      await step.run(ctx, registry);
    } catch (err) {
      const report = { name: step.name, duration_ms: elapsed(started), ok: false };
      reports.push(report);
      log.warn({ ...logFields, ...report, err }, `${step.name} failed`);
      await undoAll(undos, log, logFields);
      throw new StepFailedError(step.name, err, reports);
    }
    const report = { name: step.name, duration_ms: elapsed(started), ok: true };
    reports.push(report);
    log.info({ ...logFields, ...report }, `${step.name} done`);
  }
  return reports;
}

async function undoAll(
  undos: { step: string; what: string; action: () => Promise<void> }[],
  log: StepLogger,
  logFields: object,
): Promise<void> {
  for (const undo of undos.reverse()) {
    try {
      await undo.action();
      log.info({ ...logFields, step: undo.step, undo: undo.what }, 'undone');
    } catch (err) {
      log.error({ ...logFields, step: undo.step, undo: undo.what, err }, 'undo failed');
    }
  }
}

/** milliseconds with 0.1 ms resolution: a step against a local socket often takes < 1 ms */
function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}
