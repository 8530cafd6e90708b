// Bridge and TAP set-up for one launch with one NIC (IpNetworkManager.createTaps: bridge up,
// TAP made, enslaved and up), then its removal (deleteTap), in a throwaway network namespace:
// the script run by one `ip -batch` process per call (as before) against the agent's
// long-lived `ip` session (ip-session.ts). Interleaved, BENCH_ROUNDS (default 200) rounds.
//   npx tsx bench/tap-setup.bench.ts          (root)
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { runIp } from '../packages/agent/src/network/host-command.ts';
import { closeIpSessions } from '../packages/agent/src/network/ip-session.ts';
import { IpNetworkManager } from '../packages/agent/src/network/network-manager.ts';
import { interleaved, ratioTable } from './support/stats.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
if (process.getuid?.() !== 0)
  throw new Error('run as root: the bench works in a network namespace');
const run = promisify(execFile);
const suffix = randomBytes(3).toString('hex');
const netns = `hearth-tb-${suffix}`;
const bridge = `htb${suffix}`;
await run('ip', ['netns', 'add', netns]);
try {
  const perProcess = new IpNetworkManager({ netns, runIp });
  const session = new IpNetworkManager({ netns });
  await session.ensureBridge(bridge);
  const measure = (network: IpNetworkManager, tap: string) => async () => {
    const started = performance.now();
    await network.createTaps([tap], bridge);
    const made = performance.now() - started;
    await network.deleteTap(tap);
    return made;
  };
  const removal = (network: IpNetworkManager, tap: string) => async () => {
    await network.createTaps([tap], bridge);
    const started = performance.now();
    await network.deleteTap(tap);
    return performance.now() - started;
  };
  console.log(`createTaps (1 TAP on its bridge), ${ROUNDS} interleaved rounds`);
  console.log(
    ratioTable(
      await interleaved(
        {
          'ip process per script': measure(perProcess, `hta${suffix}`),
          'long-lived ip session': measure(session, `htc${suffix}`),
        },
        ROUNDS,
      ),
    ),
  );
  console.log('\ndeleteTap');
  console.log(
    ratioTable(
      await interleaved(
        {
          'ip process per script': removal(perProcess, `htd${suffix}`),
          'long-lived ip session': removal(session, `hte${suffix}`),
        },
        ROUNDS,
      ),
    ),
  );
} finally {
  closeIpSessions();
  await run('ip', ['netns', 'del', netns]);
}
