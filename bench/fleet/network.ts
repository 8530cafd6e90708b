// The fleet's network, all in throwaway namespaces: a hub namespace with a bridge, one
// namespace per manager replica and one per agent, each joined to the bridge by a veth pair,
// and one veth pair between the bench's own namespace and the hub (which routes) so the bench
// can call the managers. The host's own interfaces are never touched: the only link in the bench's
// namespace is the one created here, and it goes away with the hub namespace.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface FleetNetwork {
  hub: string;
  /** one namespace per manager replica on the hub bridge (its own address, so an agent's
   * request log says which replica called) */
  managers: { netns: string; addr: string }[];
  agents: { netns: string; addr: string }[];
  /** every namespace created so far, hub last; for cleanup */
  namespaces: string[];
}

async function ip(args: string[]): Promise<void> {
  await run('ip', args);
}

/** `ip -batch` of `commands` inside namespace `netns` (one process for many commands). */
async function batch(netns: string, commands: string[]): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const child = execFile('ip', ['-n', netns, '-batch', '-'], (err) =>
      err ? reject(err) : resolve(),
    );
    child.stdin?.end(`${commands.join('\n')}\n`);
  });
}

/** Agent i's address: 10.<net>.<1 + i/250>.<1 + i%250>. */
const agentAddr = (net: number, i: number) =>
  `10.${net}.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`;

/**
 * Creates the hub and `hosts` agent namespaces. `id` (4 hex digits) names everything;
 * `net` picks the 10.<net>.0.0/16 of the hub (10.<net+1>.x for the bench's link).
 * `created` receives every namespace as soon as it exists, so a failure midway leaves nothing
 * the caller cannot remove.
 */
export async function createFleetNetwork(
  id: string,
  hosts: number,
  managers: number,
  net: number,
  created: string[],
): Promise<FleetNetwork> {
  const hub = `hfleet-${id}-hub`;
  await ip(['netns', 'add', hub]);
  created.push(hub);
  const bridge = 'fleetbr0';
  const hubAddr = `10.${net}.0.1`;
  const benchSide = `hf${id}b`;
  await batch(hub, [
    'link set lo up',
    `link add ${bridge} type bridge`,
    `addr add ${hubAddr}/16 dev ${bridge}`,
    `link set ${bridge} up`,
    // the bench's link: created in the hub, its peer put in the bench's own namespace
    `link add hub0 type veth peer name ${benchSide} netns ${process.pid}`,
    `addr add 10.${net + 1}.0.2/30 dev hub0`,
    'link set hub0 up',
  ]);
  await ip(['addr', 'add', `10.${net + 1}.0.1/30`, 'dev', benchSide]);
  await ip(['link', 'set', benchSide, 'up']);
  // the bench reaches the managers through the hub, which routes between its two links
  await ip(['route', 'add', `10.${net}.0.0/16`, 'via', `10.${net + 1}.0.2`, 'dev', benchSide]);
  await run('ip', ['netns', 'exec', hub, 'sysctl', '-qw', 'net.ipv4.ip_forward=1']);

  const managerNets: FleetNetwork['managers'] = [];
  for (let j = 0; j < managers; j++) {
    const netns = `hfleet-${id}-m${j}`;
    await ip(['netns', 'add', netns]);
    created.push(netns);
    const addr = `10.${net}.0.${11 + j}`;
    await batch(hub, [
      `link add m${j} type veth peer name eth0 netns ${netns}`,
      `link set m${j} master ${bridge}`,
      `link set m${j} up`,
    ]);
    await batch(netns, [
      'link set lo up',
      `addr add ${addr}/16 dev eth0`,
      'link set eth0 up',
      `route add default via ${hubAddr}`,
    ]);
    managerNets.push({ netns, addr });
  }

  const agents: FleetNetwork['agents'] = [];
  for (let i = 0; i < hosts; i++) {
    const netns = `hfleet-${id}-a${i}`;
    await ip(['netns', 'add', netns]);
    created.push(netns);
    const addr = agentAddr(net, i);
    await batch(hub, [
      `link add a${i} type veth peer name eth0 netns ${netns}`,
      `link set a${i} master ${bridge}`,
      `link set a${i} up`,
    ]);
    await batch(netns, ['link set lo up', `addr add ${addr}/16 dev eth0`, 'link set eth0 up']);
    agents.push({ netns, addr });
  }
  return {
    hub,
    managers: managerNets,
    agents,
    namespaces: created,
  };
}

/** pids of every process inside `netns` (ours: the namespace is). */
export async function pidsIn(netns: string): Promise<number[]> {
  const { stdout } = await run('ip', ['netns', 'pids', netns]).catch(() => ({ stdout: '' }));
  return stdout
    .split('\n')
    .map((s) => Number(s.trim()))
    .filter((n) => n > 0);
}

/** Kills what still runs in each namespace (by pid), then deletes the namespaces. */
export async function destroyNamespaces(namespaces: string[]): Promise<void> {
  for (const netns of namespaces) {
    for (const pid of await pidsIn(netns)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {}
    }
  }
  // agents first, the hub (and the bench's veth with it) last
  for (const netns of [...namespaces].reverse()) {
    await run('ip', ['netns', 'del', netns]).catch(() => {});
  }
}

/** A free 10.<net>.0.0/16 (and 10.<net+1>) for this run: not routed anywhere here yet. */
export async function pickNet(seed: number): Promise<number> {
  const { stdout } = await run('ip', ['-4', 'route', 'show', 'table', 'all']);
  for (let k = 0; k < 50; k++) {
    const net = 100 + ((seed + 2 * k) % 100);
    const even = net - (net % 2);
    if (!stdout.includes(`10.${even}.`) && !stdout.includes(`10.${even + 1}.`)) return even;
  }
  throw new Error('no free 10.x.0.0/16 pair for the fleet network');
}
