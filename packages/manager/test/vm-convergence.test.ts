// The reconciler's decision for one VM, rule by rule (reconciler/vm-convergence.ts): every
// state, with and without a live VMM, with and without a live transition owner.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { VmmStatus } from '@hearth/agent/contract';
import type { Vm } from '@hearth/api';
import {
  decideConvergence,
  restartBackoffSeconds,
  type VmFacts,
} from '../src/reconciler/vm-convergence.ts';

const vm = (overrides: Partial<Vm> = {}): Vm => ({
  id: '00000000-0000-4000-8000-000000000001',
  name: 'v',
  host_id: '00000000-0000-4000-8000-000000000002',
  state: 'running',
  desired_state: 'running',
  restart_policy: { name: 'no', max_retries: 3 },
  restart_count: 0,
  vcpu: 1,
  mem_mib: 128,
  kernel_image_id: '00000000-0000-4000-8000-000000000003',
  rootfs_image_id: '00000000-0000-4000-8000-000000000004',
  boot_args: '',
  mmds: false,
  last_error: null,
  started_at: null,
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
  ...overrides,
});
const facts = (v: Partial<Vm>, more: Partial<VmFacts> = {}): VmFacts => ({
  vm: vm(v),
  ownerAlive: false,
  restartDue: null,
  ...more,
});
const running: VmmStatus = {
  vm_id: vm().id,
  status: 'running',
  pid: 42,
  started_at: null,
  uptime_s: 3,
  socket_path: '/x.sock',
  exit_code: null,
  last_log_lines: [],
};
const exited = (exit_code: number | null): VmmStatus => ({
  ...running,
  status: 'exited',
  pid: null,
  exit_code,
});
const kind = (f: VmFacts, vmm?: VmmStatus) => decideConvergence(f, vmm).kind;

describe('decideConvergence', () => {
  test('a live owner is never second-guessed, whatever the host shows', () => {
    for (const state of ['starting', 'stopping', 'deleting', 'created'] as const) {
      assert.equal(kind(facts({ state }, { ownerAlive: true })), 'none');
      assert.equal(kind(facts({ state }, { ownerAlive: true }), running), 'none');
    }
  });

  test('interrupted transitions: delete is finished, start/restart redone, stop finished', () => {
    assert.equal(kind(facts({ state: 'deleting' }), running), 'delete');
    assert.equal(kind(facts({ state: 'deleting' })), 'delete');
    assert.equal(kind(facts({ state: 'starting', desired_state: 'running' }), running), 'restart');
    assert.equal(kind(facts({ state: 'starting', desired_state: 'running' })), 'restart');
    assert.equal(kind(facts({ state: 'stopping', desired_state: 'stopped' }), running), 'stop');
    assert.equal(kind(facts({ state: 'stopping', desired_state: 'running' })), 'restart');
  });

  test('running: kept while its VMM lives and is wanted; exits recorded clean or not', () => {
    assert.equal(kind(facts({ state: 'running' }), running), 'none');
    assert.equal(kind(facts({ state: 'running', desired_state: 'stopped' }), running), 'stop');
    assert.deepEqual(decideConvergence(facts({ state: 'running' }), exited(0)), {
      kind: 'exited',
      clean: true,
      vmm: exited(0),
    });
    const crashed = decideConvergence(facts({ state: 'running' }), exited(137));
    assert.equal(crashed.kind === 'exited' && crashed.clean, false);
    const gone = decideConvergence(facts({ state: 'running' }), undefined);
    assert.equal(gone.kind === 'exited' && gone.clean, false);
  });

  test('created/stopped: started when wanted, stray VMMs stopped or replaced', () => {
    for (const state of ['created', 'stopped'] as const) {
      assert.equal(kind(facts({ state, desired_state: 'running' })), 'start');
      assert.equal(kind(facts({ state, desired_state: 'stopped' })), 'none');
      assert.equal(kind(facts({ state, desired_state: 'stopped' }), running), 'halt-stray');
      assert.equal(kind(facts({ state, desired_state: 'running' }), running), 'restart');
      assert.equal(kind(facts({ state, desired_state: 'stopped' }), exited(1)), 'none');
    }
  });

  test('error: a live VMM is stopped or replaced; restart_policy no leaves it', () => {
    assert.equal(kind(facts({ state: 'error', desired_state: 'stopped' }), running), 'stop');
    assert.equal(kind(facts({ state: 'error', desired_state: 'running' }), running), 'restart');
    assert.equal(kind(facts({ state: 'error', desired_state: 'running' })), 'none');
  });

  test('restart_policy on-failure: schedule with backoff, retry when due, up to the limit', () => {
    const policy = { name: 'on-failure' as const, max_retries: 2 };
    const err = {
      state: 'error' as const,
      desired_state: 'running' as const,
      restart_policy: policy,
    };
    assert.deepEqual(decideConvergence(facts(err), undefined), {
      kind: 'schedule-restart',
      delaySeconds: 1,
    });
    assert.deepEqual(decideConvergence(facts({ ...err, restart_count: 1 }), undefined), {
      kind: 'schedule-restart',
      delaySeconds: 2,
    });
    assert.equal(kind(facts(err, { restartDue: false })), 'none');
    assert.deepEqual(
      decideConvergence(facts({ ...err, restart_count: 1 }, { restartDue: true }), undefined),
      {
        kind: 'retry',
        attempt: 2,
      },
    );
    assert.equal(kind(facts({ ...err, restart_count: 2 }, { restartDue: true })), 'none');
    assert.equal(kind(facts({ ...err, desired_state: 'stopped' }, { restartDue: true })), 'none');
    assert.deepEqual([0, 1, 5, 6, 10].map(restartBackoffSeconds), [1, 2, 32, 60, 60]);
  });
});
