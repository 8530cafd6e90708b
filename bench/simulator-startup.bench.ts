// How long a simulator process takes until its API socket answers, as the agent's
// launch.wait-for-api-socket step sees it: spawn, then poll `GET /` on the socket.
// Side by side, interleaved: the simulator's TypeScript sources run through tsx with the
// agent's whole environment (every spawn before issue 11), against the committed
// plain-JavaScript bundle that bin/firecracker-sim.mjs runs now, with the environment the
// agent gives a VMM now (vmmEnvironment: PATH and HEARTH_SIM_*; a Node variable such as
// NODE_EXTRA_CA_CERTS makes every Node start read a CA bundle).
//   npx tsx bench/simulator-startup.bench.ts          (BENCH_ROUNDS=30 by default)
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vmmEnvironment } from '../packages/agent/src/vmm/process-supervisor.ts';
import { interleaved, ratioTable } from './support/stats.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const pkg = (path: string) =>
  fileURLToPath(new URL(`../packages/firecracker/${path}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'hearth-bench-sim-'));

function answers(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ socketPath, path: '/', method: 'GET' }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('error', () => resolve(false));
    req.end();
  });
}

async function untilAnswering(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const socket = join(dir, `api-${process.hrtime.bigint()}.sock`);
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [...args, '--api-sock', socket], {
    stdio: 'ignore',
    env,
  });
  try {
    while (!(await answers(socket))) {
      if (child.exitCode !== null) throw new Error(`simulator exited ${child.exitCode}`);
      await new Promise((r) => setTimeout(r, 1));
    }
    return performance.now() - started;
  } finally {
    child.kill('SIGKILL');
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    rmSync(socket, { force: true });
  }
}

try {
  const samples = await interleaved(
    {
      'tsx + sources, agent env (before)': () =>
        untilAnswering(['--import', 'tsx', pkg('src/simulator/main.ts')], process.env),
      'bundle, agent env': () => untilAnswering([pkg('bin/firecracker-sim.mjs')], process.env),
      'bundle, VMM env (now)': () =>
        untilAnswering([pkg('bin/firecracker-sim.mjs')], vmmEnvironment(process.env)),
      'node -e "", VMM env (floor)': async () => {
        const started = performance.now();
        const child = spawn(process.execPath, ['-e', ''], {
          stdio: 'ignore',
          env: vmmEnvironment(process.env),
        });
        await new Promise((r) => child.once('exit', r));
        return performance.now() - started;
      },
    },
    ROUNDS,
  );
  console.log(`simulator spawn until its API socket answers, ${ROUNDS} interleaved rounds`);
  console.log(ratioTable(samples));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
