// How long a simulator process takes until its API socket answers, as the agent's
// launch.wait-for-api-socket step sees it: spawn, then poll `GET /` on the socket.
// Side by side, interleaved: the simulator's TypeScript sources run through tsx (what every
// spawn cost before the bundle) against the committed plain-JavaScript bundle that
// bin/firecracker-sim.mjs runs now.
//   npx tsx bench/simulator-startup.bench.ts          (BENCH_ROUNDS=30 by default)
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

async function untilAnswering(args: string[]): Promise<number> {
  const socket = join(dir, `api-${process.hrtime.bigint()}.sock`);
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [...args, '--api-sock', socket], {
    stdio: 'ignore',
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
      'tsx + TypeScript sources (before)': () =>
        untilAnswering(['--import', 'tsx', pkg('src/simulator/main.ts')]),
      'plain node + bundle (now)': () => untilAnswering([pkg('bin/firecracker-sim.mjs')]),
      'node -e "" (Node start-up alone, floor)': async () => {
        const started = performance.now();
        const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
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
