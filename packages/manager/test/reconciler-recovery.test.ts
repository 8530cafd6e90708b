// Crash recovery, one case at a time, with a real agent (simulator as VMM) and a real
// reconciler: transitions whose manager died are resolved from the host's view within one
// pass, a live manager's transition is never stolen, VMs that should run are started, stray
// and orphan VMMs are stopped, orphan TAPs removed, restart_policy on-failure applied, and a
// host whose agent does not answer turns unhealthy. Both databases.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { touchHost } from '../src/hosts/hosts.repository.ts';
import { Reconciler, renewedEvery } from '../src/reconciler/reconciler.ts';
import { forEachDatabase } from './support/databases.ts';
import { needsRoot, type Stack, startStack } from './support/stack.ts';

const run = promisify(execFile);
const quietLog = { warn() {}, info() {} };
const DEAD_OWNER = 'dead-manager-instance';

forEachDatabase((kind) => {
  describe('reconciler: crash recovery', () => {
    let stack: Stack;
    let reconciler: Reconciler;
    before(async () => {
      stack = await startStack(kind);
      reconciler = new Reconciler(stack.ctx, stack.services.lifecycle, quietLog, {
        orphanGraceSeconds: 0,
      });
      // a manager that died: its lease ran out a minute ago
      await stack.ctx.db
        .insertInto('manager_instance')
        .values({
          id: DEAD_OWNER,
          pid: 1,
          hostname: 'gone',
          expires_at: sql`now() - interval '1 minute'` as never,
        })
        .execute();
    });
    after(async () => {
      await stack?.close();
    });

    /** One pass, with the host's heartbeat fresh (the stack's agent does not heartbeat). */
    const pass = async () => {
      await touchHost(stack.ctx.db, stack.hostId, undefined);
      return reconciler.reconcileOnce();
    };
    const get = async (id: string) => (await stack.request('GET', `/v1/vms/${id}`)).body;
    const vmmOf = (id: string) => stack.agent.getVmm(id).catch(() => null);
    /** Puts the VM into `state`, as a manager that then died (kill -9) would have left it. */
    const interrupt = (id: string, state: string, desired: 'running' | 'stopped') =>
      stack.ctx.db
        .updateTable('vm')
        .set({
          state: state as never,
          desired_state: desired,
          transition_owner: DEAD_OWNER,
          transition_at: sql`now()` as never,
        })
        .where('id', '=', id)
        .execute();

    test('an interrupted start with a live VMM: replaced by a clean start within one pass', async () => {
      const vm = (await stack.createVm()).body;
      const before = await vmmOf(vm.id);
      await interrupt(vm.id, 'starting', 'running');
      await pass();
      const after = await get(vm.id);
      assert.equal(after.state, 'running');
      const vmm = await vmmOf(vm.id);
      assert.equal(vmm?.status, 'running');
      assert.notEqual(vmm?.pid, before?.pid, 'the half-launched VMM was replaced');
    });

    test('a VM stuck by a dead manager can be deleted at once (it waited 600 s for a 409 before)', async () => {
      const vm = (await stack.createVm()).body;
      await interrupt(vm.id, 'starting', 'running');
      assert.equal((await stack.request('DELETE', `/v1/vms/${vm.id}`)).status, 204);
      assert.equal(existsSync(stack.vmDir(vm.id)), false);
      assert.equal(await vmmOf(vm.id), null);
    });

    test('an interrupted stop: the VMM is stopped and the VM is stopped', async () => {
      const vm = (await stack.createVm()).body;
      await interrupt(vm.id, 'stopping', 'stopped');
      await pass();
      assert.equal((await get(vm.id)).state, 'stopped');
      assert.notEqual((await vmmOf(vm.id))?.status, 'running');
    });

    test('an interrupted delete is finished: row and storage gone', async () => {
      const vm = (await stack.createVm()).body;
      await interrupt(vm.id, 'deleting', 'running');
      await pass();
      assert.equal((await stack.request('GET', `/v1/vms/${vm.id}`)).status, 404);
      assert.equal(existsSync(stack.vmDir(vm.id)), false);
    });

    test('a create whose start never happened (its manager died) is started', async () => {
      const vm = (await stack.createVm({ start: false })).body;
      assert.equal(vm.desired_state, 'stopped');
      await interrupt(vm.id, 'created', 'running');
      await pass();
      assert.equal((await get(vm.id)).state, 'running');
      assert.equal((await vmmOf(vm.id))?.status, 'running');
    });

    test('a pass that no longer holds the lease stops before the next host; renewal is throttled', async () => {
      const vm = (await stack.createVm({ start: false })).body;
      await interrupt(vm.id, 'created', 'running');
      await touchHost(stack.ctx.db, stack.hostId, undefined);
      let asked = 0;
      const lost = await reconciler.reconcileOnce(async () => {
        asked++;
        return false;
      });
      assert.equal(asked, 1);
      assert.equal(lost.checked, 0, 'no VM was looked at');
      assert.equal((await get(vm.id)).state, 'created', 'nothing was corrected');

      let renewals = 0;
      const renew = async () => ++renewals < 2;
      const throttled = renewedEvery(60_000, renew);
      assert.equal(await throttled(), true);
      assert.equal(renewals, 0, 'just taken: not renewed again');
      const eager = renewedEvery(0, renew);
      assert.equal(await eager(), true);
      assert.equal(await eager(), false, 'the second renewal failed: the lease is gone');
      assert.equal(await eager(), false, 'and stays gone for the pass');
      assert.equal(renewals, 2);

      await pass();
      assert.equal((await get(vm.id)).state, 'running');
    });

    test('a start that finished after the pass listed the VMMs is not taken for an exit', async () => {
      const vm = (await stack.createVm({})).body;
      assert.equal(vm.state, 'running');
      // the pass's VMM list as it was read just before the launch
      const agent = stack.ctx.agents.forHost({
        id: stack.hostId,
        ...(await stack.ctx.db
          .selectFrom('host')
          .select(['addr', 'agent_token'])
          .where('id', '=', stack.hostId)
          .executeTakeFirstOrThrow()),
      });
      const listVmms = agent.listVmms;
      agent.listVmms = async () => (await listVmms()).filter((v) => v.vm_id !== vm.id);
      try {
        await pass();
      } finally {
        agent.listVmms = listVmms;
      }
      assert.equal((await get(vm.id)).state, 'running');
      assert.equal((await vmmOf(vm.id))?.status, 'running');
    });

    test('a decision gone stale (the user started the VM after the pass read it) changes nothing', async () => {
      const vm = (await stack.createVm({})).body;
      assert.equal(vm.state, 'running');
      const pid = (await vmmOf(vm.id))?.pid;
      // what a pass decides from a row read while the VM was stopped, a VMM listed before:
      // the running VMM looks stray, or like one to replace
      const staleRow = {
        vm: { ...vm, state: 'stopped' as const, desired_state: 'stopped' as const },
        ownerAlive: false,
        nextRestartDue: false,
      };
      const carryOut = (decision: unknown) =>
        (
          reconciler as unknown as { carryOut(row: unknown, d: unknown): Promise<boolean> }
        ).carryOut(staleRow, decision);
      for (const decision of [
        { kind: 'halt-stray', reason: 'a VMM runs although the VM is stopped' },
        { kind: 'restart', reason: 'a VMM runs although the VM is stopped' },
        { kind: 'start', reason: 'the VM was asked to run' },
      ]) {
        await assert.rejects(carryOut(decision), { code: 'VM_INVALID_STATE' }, decision.kind);
      }
      assert.equal((await get(vm.id)).state, 'running');
      assert.equal((await vmmOf(vm.id))?.pid, pid, 'the same VMM runs on');
    });

    test("a live manager's slow start is never stolen; once it dies, it is resolved", async () => {
      const vm = (await stack.createVm({ start: false })).body;
      const slow = 'slow-but-alive-manager';
      await stack.ctx.db
        .insertInto('manager_instance')
        .values({
          id: slow,
          pid: 2,
          hostname: 'busy',
          expires_at: sql`now() + interval '1 minute'` as never,
        })
        .execute();
      await stack.ctx.db
        .updateTable('vm')
        .set({ state: 'starting', desired_state: 'running', transition_owner: slow })
        .where('id', '=', vm.id)
        .execute();
      await pass();
      assert.equal((await get(vm.id)).state, 'starting');
      const res = await stack.request('POST', `/v1/vms/${vm.id}/start`);
      assert.equal(res.status, 409);
      assert.equal(res.body.error.code, 'VM_BUSY');
      // the owner's lease runs out (kill -9): the next pass resolves it
      await stack.ctx.db
        .updateTable('manager_instance')
        .set({ expires_at: sql`now() - interval '1 second'` as never })
        .where('id', '=', slow)
        .execute();
      await pass();
      assert.equal((await get(vm.id)).state, 'running');
    });

    test("a restart stays its manager's between the stop and the new start (the reconciler restarted it too, and a delete then met a VMM it had launched)", async () => {
      const vm = (await stack.createVm()).body;
      const restart = stack.request('POST', `/v1/vms/${vm.id}/restart`);
      // the window between the stop and the new VMM (spawning one takes a few hundred ms)
      let midway: { state: string; transition_owner: string | null } | undefined;
      for (let i = 0; i < 500 && !midway; i++) {
        const row = await stack.ctx.db
          .selectFrom('vm')
          .select(['state', 'transition_owner'])
          .where('id', '=', vm.id)
          .executeTakeFirstOrThrow();
        if (row.state === 'starting') midway = row;
        else await new Promise((resolve) => setTimeout(resolve, 5));
      }
      assert.ok(midway, 'the restart was seen between its stop and its start');
      assert.equal(midway.transition_owner, stack.ctx.instance.id);
      await pass();
      const res = await restart;
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const events = (await stack.request('GET', `/v1/vms/${vm.id}/events?limit=50`)).body.items;
      const byReconciler = events.filter((e: { message: string }) => /reconciler/i.test(e.message));
      assert.deepEqual(byReconciler, []);
      const vmm = await vmmOf(vm.id);
      assert.equal(vmm?.status, 'running');
      assert.equal((await stack.request('DELETE', `/v1/vms/${vm.id}`)).status, 204);
    });

    test('a stop that failed (VM in error, VMM alive) is finished by the reconciler', async () => {
      const vm = (await stack.createVm()).body;
      await stack.ctx.db
        .updateTable('vm')
        .set({ state: 'error', desired_state: 'stopped', transition_owner: null })
        .where('id', '=', vm.id)
        .execute();
      await pass();
      assert.equal((await get(vm.id)).state, 'stopped');
      assert.notEqual((await vmmOf(vm.id))?.status, 'running');
    });

    test('restart_policy on-failure restarts a crashed VMM with backoff, up to its limit', async () => {
      const vm = (await stack.createVm({ restart_policy: { name: 'on-failure', max_retries: 1 } }))
        .body;
      assert.deepEqual(vm.restart_policy, { name: 'on-failure', max_retries: 1 });
      const crash = async () => {
        const vmm = await vmmOf(vm.id);
        assert.ok(vmm?.pid);
        process.kill(vmm.pid, 'SIGKILL');
        for (let i = 0; i < 50 && (await vmmOf(vm.id))?.status === 'running'; i++) {
          await new Promise((r) => setTimeout(r, 50));
        }
      };
      await crash();
      await pass(); // running -> error
      assert.equal((await get(vm.id)).state, 'error');
      await pass(); // schedules the restart in 1 s
      await new Promise((r) => setTimeout(r, 1100));
      await pass(); // due: restart 1 of 1
      const restarted = await get(vm.id);
      assert.equal(restarted.state, 'running');
      assert.equal(restarted.restart_count, 1);
      await crash();
      for (let i = 0; i < 3; i++) await pass();
      await new Promise((r) => setTimeout(r, 1100));
      await pass();
      const given = await get(vm.id);
      assert.equal(given.state, 'error', 'the limit is reached: it stays in error');
      assert.equal(given.restart_count, 1);
      // a user's start resets the count
      const started = await stack.request('POST', `/v1/vms/${vm.id}/start`);
      assert.equal(started.body.restart_count, 0);
    });

    test('PATCH /v1/vms/{id} sets the restart policy; a bad one is a 400 and changes nothing', async () => {
      const vm = (await stack.createVm({ start: false })).body;
      assert.deepEqual(vm.restart_policy, { name: 'no', max_retries: 3 });
      const set = await stack.request('PATCH', `/v1/vms/${vm.id}`, {
        restart_policy: { name: 'on-failure', max_retries: 5 },
      });
      assert.equal(set.status, 200, JSON.stringify(set.body));
      assert.deepEqual(set.body.restart_policy, { name: 'on-failure', max_retries: 5 });
      for (const bad of [
        { restart_policy: { name: 'always' } },
        { restart_policy: { name: 'on-failure', max_retries: -1 } },
        { name: 'renamed' },
      ]) {
        const res = await stack.request('PATCH', `/v1/vms/${vm.id}`, bad);
        assert.equal(res.status, 400, JSON.stringify(bad));
        assert.equal(res.body.error.code, 'VALIDATION_FAILED');
      }
      assert.deepEqual((await get(vm.id)).restart_policy, { name: 'on-failure', max_retries: 5 });
      const missing = await stack.request(
        'PATCH',
        '/v1/vms/00000000-0000-4000-8000-000000000000',
        {},
      );
      assert.equal(missing.status, 404);
    });

    test('a VMM with no VM row is stopped and recorded as a host event', async () => {
      const vm = (await stack.createVm()).body;
      await stack.ctx.db.deleteFrom('vm').where('id', '=', vm.id).execute();
      const report = await pass();
      assert.ok(report.orphanVmmsStopped.includes(vm.id));
      assert.notEqual((await vmmOf(vm.id))?.status, 'running');
      const events = await stack.request('GET', `/v1/hosts/${stack.hostId}/events?limit=20`);
      assert.equal(events.status, 200);
      assert.ok(
        events.body.items.some(
          (e: { data: { vm_id?: string }; message: string; level: string }) =>
            e.data.vm_id === vm.id && /belongs to no VM/.test(e.message) && e.level === 'warn',
        ),
      );
      const unknown = '00000000-0000-4000-8000-000000000000';
      assert.equal((await stack.request('GET', `/v1/hosts/${unknown}/events`)).status, 404);
    });

    test('a Hearth-named TAP that no VMM uses is removed; others are left', {
      skip: needsRoot,
    }, async () => {
      const netns = stack.netns ?? '';
      const ip = (...args: string[]) => run('ip', ['netns', 'exec', netns, 'ip', ...args]);
      await ip('tuntap', 'add', 'dev', 'fc0123456789ab', 'mode', 'tap');
      await ip('tuntap', 'add', 'dev', 'mytap0', 'mode', 'tap');
      try {
        const report = await pass();
        assert.deepEqual(report.orphanTapsRemoved, ['fc0123456789ab']);
        const { stdout } = await ip('-j', 'link', 'show', 'type', 'tun');
        const names = (JSON.parse(stdout) as { ifname: string }[]).map((l) => l.ifname);
        assert.ok(!names.includes('fc0123456789ab'));
        assert.ok(names.includes('mytap0'), 'a TAP Hearth did not name is never touched');
      } finally {
        await ip('link', 'del', 'mytap0').catch(() => {});
      }
    });

    test('a host whose agent does not answer turns unhealthy at once, and back', async () => {
      const { addr } = (await stack.request('GET', `/v1/hosts/${stack.hostId}`)).body;
      await stack.ctx.db
        .updateTable('host')
        .set({ addr: 'unix:/nonexistent/agent.sock' })
        .where('id', '=', stack.hostId)
        .execute();
      try {
        const report = await pass();
        assert.equal(report.unreachableHosts.length, 1);
        assert.equal((await stack.request('GET', `/v1/hosts/${stack.hostId}`)).body.healthy, false);
      } finally {
        await stack.ctx.db
          .updateTable('host')
          .set({ addr })
          .where('id', '=', stack.hostId)
          .execute();
      }
      await pass();
      assert.equal((await stack.request('GET', `/v1/hosts/${stack.hostId}`)).body.healthy, true);
    });
  });
});
