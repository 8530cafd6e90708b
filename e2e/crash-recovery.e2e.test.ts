// Crash recovery of the whole all-in-one, as an operator's worst day: VM starts and creates
// are interrupted by kill -9 of the manager, its local agent or both, 0-300 ms after the
// request; Hearth is started again on the same data directory; after it converges, the
// database must equal the host's reality:
//   - no VM in a transitional state (starting, stopping, deleting);
//   - a VM is `running` exactly when its VMM process lives, and every VM whose start was cut
//     off by its manager's death is running;
//   - no VMM without a VM row, no Hearth TAP without a running VMM that names it;
//   - every drive file of every VM still on disk;
//   - the local agent answers again and its host is healthy.
// HEARTH_CRASH_ROUNDS sets the number of interrupted starts (default 6 in `npm test`; the
// closing note of issue 9 reports 100). Figures are printed, not timed assertions.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { isSameProcessAlive } from '../packages/agent/src/state/proc-stat.ts';
import { listVmIdsWithState, readVmmState } from '../packages/agent/src/state/vmm-state-file.ts';
import { databaseKinds, type Hearth, isRoot, startHearth } from './support/hearth.ts';

const run = promisify(execFile);
const ROUNDS = Number(process.env.HEARTH_CRASH_ROUNDS ?? 6);
const TRANSITIONAL = new Set(['starting', 'stopping', 'deleting']);
type Target = 'manager' | 'agent' | 'both';
const TARGETS: Target[] = ['manager', 'agent', 'both'];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

async function liveVmmIds(storageRoot: string): Promise<Set<string>> {
  const live = new Set<string>();
  for (const id of await listVmIdsWithState(storageRoot)) {
    const record = await readVmmState(join(storageRoot, id, 'vmm.json')).catch(() => null);
    if (record && (await isSameProcessAlive(record.pid, record.process_start_time))) live.add(id);
  }
  return live;
}

async function hearthTaps(netns: string | null): Promise<string[]> {
  if (!netns) return [];
  const { stdout } = await run('ip', ['-n', netns, '-j', 'link', 'show', 'type', 'tun']);
  return (JSON.parse(stdout || '[]') as { ifname: string }[])
    .map((l) => l.ifname)
    .filter((n) => /^fc[0-9a-f]{12}$/.test(n));
}

/** Whether the local agent answers its health check (the all-in-one restarts a killed one). */
function agentAnswers(h: Hearth): Promise<boolean> {
  return new Promise((resolve) => {
    const req = httpRequest(
      { socketPath: join(h.dataDir, 'agent.sock'), path: '/agent/v1/health', timeout: 2000 },
      (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      },
    );
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

/** Everything that differs between the database and the host; empty when they agree. */
async function differences(h: Hearth, wantRunning: Set<string>): Promise<string[]> {
  const problems: string[] = [];
  if (!(await agentAnswers(h))) return ['the local agent does not answer (yet)'];
  const hosts = (await h.api('GET', '/v1/hosts')).body.items as {
    name: string;
    healthy: boolean;
  }[];
  for (const host of hosts) if (!host.healthy) problems.push(`host ${host.name} is unhealthy`);
  const res = await h.api('GET', '/v1/vms?limit=500');
  if (res.status !== 200) return [`GET /v1/vms answered ${res.status}`];
  const vms = res.body.items as Array<{
    id: string;
    name: string;
    state: string;
    last_error: unknown;
  }>;
  const live = await liveVmmIds(h.storageRoot);
  const ids = new Set(vms.map((v) => v.id));
  const runningTaps = new Set<string>();
  for (const vm of vms) {
    if (TRANSITIONAL.has(vm.state)) problems.push(`${vm.name} is ${vm.state}`);
    if ((vm.state === 'running') !== live.has(vm.id)) {
      problems.push(
        `${vm.name} is ${vm.state} but its VMM ${live.has(vm.id) ? 'runs' : 'does not run'}`,
      );
    }
    if (wantRunning.has(vm.id) && vm.state !== 'running') {
      const why = vm.state === 'error' ? ` (${JSON.stringify(vm.last_error)})` : '';
      problems.push(`${vm.name} was asked to start and is ${vm.state}${why}`);
    }
    const detail = (await h.api('GET', `/v1/vms/${vm.id}`)).body;
    for (const d of detail.drives ?? []) {
      if (!existsSync(d.path_on_host))
        problems.push(`${vm.name}: drive ${d.drive_id} file is gone`);
    }
    if (vm.state === 'running') for (const n of detail.nics ?? []) runningTaps.add(n.host_dev_name);
  }
  for (const id of live) if (!ids.has(id)) problems.push(`VMM ${id} runs with no VM row`);
  for (const tap of await hearthTaps(h.netns)) {
    if (!runningTaps.has(tap)) problems.push(`TAP ${tap} has no running VMM`);
  }
  return problems;
}

for (const kind of databaseKinds()) {
  describe(`crash recovery: kill -9 during starts (${kind})`, () => {
    let h: Hearth;
    before(async () => {
      h = await startHearth(kind);
    });
    after(async () => {
      await h?.close();
    });

    test(`${ROUNDS} interrupted starts converge to the truth after a restart`, async () => {
      const images = await h.images();
      const wantRunning = new Set<string>();
      const converge: number[] = [];
      const kills: Record<Target, number> = { manager: 0, agent: 0, both: 0 };
      let lastProblems: string[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const target = TARGETS[round % TARGETS.length] ?? 'both';
        // half the rounds create a VM (with a data drive, and a NIC as root), half start one
        const stopped = (await h.api('GET', '/v1/vms?state=stopped&limit=1')).body.items?.[0];
        const request =
          round % 2 === 1 && stopped
            ? h.api('POST', `/v1/vms/${stopped.id}/start`)
            : h.api('POST', '/v1/vms', {
                name: `crash-${round}`,
                vcpu: 1,
                mem_mib: 128,
                kernel_image_id: images.kernel,
                rootfs_image_id: images.rootfs,
                drives: [{ drive_id: 'data', size_bytes: 16 * 1024 * 1024 }],
                ...(isRoot ? { nics: [{ iface_id: 'eth0' }] } : {}),
              });
        const answered = request.catch(() => null);
        await sleep(Math.floor(Math.random() * 300));
        const agentPid = await h.agentPid();
        if (target !== 'agent') h.killManager();
        if (target !== 'manager' && agentPid) process.kill(agentPid, 'SIGKILL');
        kills[target]++;
        await answered;
        const restartedAt = Date.now();
        if (target !== 'agent') await h.restart();
        // A start whose manager died is the reconciler's to finish: the VM must end up
        // running. A start the manager saw fail (its agent died under it) may end in
        // `error`, with last_error saying so: true, and the user's to retry.
        if (target !== 'agent') {
          if (stopped && round % 2 === 1) wantRunning.add(stopped.id);
          for (const vm of (await h.api('GET', '/v1/vms?limit=500')).body.items ?? []) {
            if (vm.name === `crash-${round}`) wantRunning.add(vm.id);
          }
        }
        for (;;) {
          lastProblems = await differences(h, wantRunning);
          if (lastProblems.length === 0) break;
          if (Date.now() - restartedAt > 60_000) break;
          await sleep(250);
        }
        assert.deepEqual(lastProblems, [], `round ${round} (kill ${target}) did not converge`);
        converge.push(Date.now() - restartedAt);
        // stop one running VM now and then, so later rounds have starts to interrupt
        if (round % 2 === 0) {
          const running = (await h.api('GET', '/v1/vms?state=running&limit=1')).body.items?.[0];
          if (running) {
            const stop = await h.api('POST', `/v1/vms/${running.id}/stop`);
            assert.equal(stop.status, 200, `round ${round}: ${JSON.stringify(stop.body)}`);
            wantRunning.delete(running.id);
          }
        }
      }
      const vms = (await h.api('GET', '/v1/vms?limit=500')).body.items.length;
      console.log(
        `crash recovery (${kind}): ${ROUNDS} interrupted starts ` +
          `(kill -9 manager ${kills.manager}, agent ${kills.agent}, both ${kills.both}), ${vms} VMs; ` +
          `converged every time; time to converge after restart: median ${percentile(converge, 50)} ms, ` +
          `p99 ${percentile(converge, 99)} ms, max ${Math.max(...converge)} ms`,
      );
    });
  });
}
