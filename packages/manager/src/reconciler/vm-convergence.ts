// What the reconciler does about one VM, given its row and what its host's agent reports.
// A pure function of both, so every rule is tested on its own (test/vm-convergence.test.ts)
// and the reconciler only carries the decision out. Level-based, like a Kubernetes
// controller: the decision depends on the current facts only, never on what happened before,
// so a missed pass, a crash or a restart of anything loses nothing.
import type { VmmStatus } from '@hearth/agent/contract';
import type { Vm } from '@hearth/api';

export type Convergence =
  /** nothing to do: the row matches the host, or a live manager is changing it */
  | { kind: 'none' }
  /** the row says running, the VMM is gone: record how it ended */
  | { kind: 'exited'; clean: boolean; vmm: VmmStatus | undefined }
  /** a VMM runs that should not: stop it through the lifecycle (the row ends `stopped`) */
  | { kind: 'stop'; reason: string }
  /** a VMM runs while the row is created/stopped and nobody wants it: stop the VMM only */
  | { kind: 'halt-stray'; reason: string }
  /** the VM should run and does not, or runs from an interrupted start: (re)start it */
  | { kind: 'start'; reason: string }
  | { kind: 'restart'; reason: string }
  /** a delete whose manager died: finish it */
  | { kind: 'delete'; reason: string }
  /** restart_policy on-failure: the next attempt is scheduled, or due now */
  | { kind: 'schedule-restart'; delaySeconds: number }
  | { kind: 'retry'; attempt: number };

export interface VmFacts {
  vm: Vm;
  /** a live manager instance owns the VM's current transition (or its pending first start) */
  ownerAlive: boolean;
  /** restart_policy bookkeeping: null = no attempt scheduled, true = the scheduled one is due */
  restartDue: boolean | null;
}

/** 1 s, 2 s, 4 s ... at most a minute, like docker's restart backoff. */
export const restartBackoffSeconds = (restartsSoFar: number): number =>
  Math.min(60, 2 ** restartsSoFar);

export function decideConvergence(facts: VmFacts, vmm: VmmStatus | undefined): Convergence {
  const { vm, ownerAlive, restartDue } = facts;
  if (ownerAlive) return { kind: 'none' };
  const alive = vmm?.status === 'running';
  const wantsToRun = vm.desired_state === 'running';

  switch (vm.state) {
    case 'deleting':
      return { kind: 'delete', reason: 'the delete was interrupted (its manager is gone)' };
    case 'starting':
    case 'stopping':
      // An interrupted start may have left a VMM that never got InstanceStart or all of its
      // devices: adopting it would show devices Firecracker does not have. It is replaced.
      return wantsToRun
        ? {
            kind: 'restart',
            reason: `the ${vm.state === 'starting' ? 'start' : 'restart'} was interrupted (its manager is gone)`,
          }
        : { kind: 'stop', reason: 'the stop was interrupted (its manager is gone)' };
    case 'running':
      if (!alive) return { kind: 'exited', clean: vmm?.exit_code === 0, vmm };
      return wantsToRun ? { kind: 'none' } : { kind: 'stop', reason: 'the VM was asked to stop' };
    case 'created':
    case 'stopped':
      if (alive) {
        return wantsToRun
          ? { kind: 'restart', reason: `a VMM runs although the VM is ${vm.state}` }
          : { kind: 'halt-stray', reason: `a VMM runs although the VM is ${vm.state}` };
      }
      return wantsToRun
        ? { kind: 'start', reason: 'the VM was asked to run (its start never happened)' }
        : { kind: 'none' };
    case 'error': {
      if (alive) {
        return wantsToRun
          ? { kind: 'restart', reason: 'a VMM runs although the VM is in error' }
          : { kind: 'stop', reason: 'a VMM runs although the VM was asked to stop' };
      }
      const policy = vm.restart_policy;
      if (!wantsToRun || policy.name !== 'on-failure') return { kind: 'none' };
      if (vm.restart_count >= policy.max_retries) return { kind: 'none' };
      if (restartDue === null) {
        return { kind: 'schedule-restart', delaySeconds: restartBackoffSeconds(vm.restart_count) };
      }
      return restartDue ? { kind: 'retry', attempt: vm.restart_count + 1 } : { kind: 'none' };
    }
  }
}
