// Host networking for VMs: one bridge, one TAP per NIC on it. Every call is idempotent so a
// launch can be retried and a stop repeated without checking first. Links that are not
// TAPs are never deleted, whatever name a request uses: a typo must not take down eth0.
import { AgentError, ValidationError } from '../errors.ts';
import { isTapName } from '../validation.ts';
import { HostCommandError, runIp } from './host-command.ts';
import { ipSession } from './ip-session.ts';

export interface LinkInfo {
  name: string;
  exists: boolean;
  /** the bridge this link is enslaved to */
  master: string | null;
  /** administratively up (IFF_UP); a TAP no VMM holds open has no carrier yet still counts */
  up: boolean;
  /** iproute2's kind: 'bridge', 'tun' (TAP and TUN devices), 'veth', ... ; null for plain devices */
  kind: string | null;
}

export interface NetworkManager {
  /** Creates the bridge if missing and sets it up. */
  ensureBridge(name: string): Promise<void>;
  /**
   * Creates TAPs enslaved to `bridge` and up; an existing TAP of one of those names is
   * replaced. All or nothing: on failure none of them is left behind.
   */
  createTaps(names: readonly string[], bridge: string): Promise<void>;
  /** Removes the TAP; no error when it is already gone. */
  deleteTap(name: string): Promise<void>;
  listBridges(): Promise<string[]>;
  /** Every TAP (and TUN) device on the host, by name. */
  listTaps(): Promise<string[]>;
  link(name: string): Promise<LinkInfo>;
}

export interface IpNetworkManagerOptions {
  /** run every command in this network namespace (tests); unset in production */
  netns?: string;
  /** runs `ip` (tests count the calls); `input` is a script for `ip -batch -` */
  runIp?: RunIp;
}

type RunIp = (
  netns: string | undefined,
  args: readonly string[],
  input?: string,
) => Promise<string>;

/**
 * `ip` as the agent runs it: a `-batch -` script through the namespace's long-lived session
 * (ip-session.ts, no process per launch), anything else as a process of its own (reads,
 * whose JSON output a session would have to split).
 */
export const runIpScripts: RunIp = async (netns, args, input) => {
  const force = args.length === 3 && args[0] === '-force';
  const script = force ? args.slice(1) : args;
  if (script.length !== 2 || script[0] !== '-batch' || script[1] !== '-' || input === undefined) {
    return runIp(netns, args, input);
  }
  await ipSession(netns).run(input.split('\n').filter(Boolean), { force });
  return '';
};

interface IpLinkJson {
  ifname: string;
  flags?: string[];
  master?: string;
  linkinfo?: { info_kind?: string };
}

export class IpNetworkManager implements NetworkManager {
  readonly #netns: string | undefined;
  readonly #runIp: NonNullable<IpNetworkManagerOptions['runIp']>;

  constructor(options: IpNetworkManagerOptions = {}) {
    this.#netns = options.netns;
    this.#runIp = options.runIp ?? runIpScripts;
  }

  async ensureBridge(name: string): Promise<void> {
    assertLinkName(name);
    const existing = await this.link(name);
    if (existing.exists && existing.kind !== 'bridge') {
      throw new AgentError(
        'HOST_PRECONDITION_FAILED',
        `Link ${name} exists and is not a bridge (kind ${existing.kind}).`,
        {
          name,
          kind: existing.kind,
        },
      );
    }
    if (existing.exists && existing.up) return; // the usual case: one `ip` process
    const commands = [`link add name ${name} type bridge`, `link set dev ${name} up`];
    try {
      await this.#batch(existing.exists ? commands.slice(1) : commands);
    } catch (error) {
      // another launch created it between the read and the batch: only "up" is left to do
      if (!(error instanceof HostCommandError && error.isAlreadyExists)) throw error;
      await this.#ip(['link', 'set', 'dev', name, 'up']);
    }
  }

  async createTaps(names: readonly string[], bridge: string): Promise<void> {
    for (const name of names) assertLinkName(name);
    assertLinkName(bridge);
    if (names.length === 0) return;
    await this.#createTaps(names, bridge, { bridgeMade: false, replaced: new Set() });
  }

  /**
   * One `ip -batch` script for the whole launch, whatever the number of NICs (a process costs
   * milliseconds; a launch used to spawn 6-7): the bridge set up, each TAP made and enslaved.
   * The batch stops at the first failing command, and the rare cases are handled then:
   * - no bridge (first launch, deleted by hand): created, and the batch runs again;
   * - a TAP of that name exists (left by a crashed VMM, possibly on another bridge or with
   *   stale settings): it is deleted and made anew, never reused;
   * - a link of another kind has the name: refused, and that link is left alone.
   * On any failure the TAPs this batch made are deleted again: all or nothing.
   */
  async #createTaps(
    names: readonly string[],
    bridge: string,
    retry: { bridgeMade: boolean; replaced: Set<string> },
  ): Promise<void> {
    const commands = [
      `link set dev ${bridge} up`,
      ...names.flatMap((name) => [
        `tuntap add dev ${name} mode tap`,
        `link set dev ${name} master ${bridge} up`,
      ]),
    ];
    try {
      await this.#batch(commands);
      return;
    } catch (error) {
      const failed = failedLine(error, commands);
      // TAP i is added on line 1 + 2i: those added before the failing line exist now
      const made = failed === null ? names : names.slice(0, Math.ceil((failed - 1) / 2));
      const taken = failed !== null && failed % 2 === 1 ? names[(failed - 1) / 2] : undefined;
      if (made.length > 0) {
        await this.#batch(
          made.map((name) => `tuntap del dev ${name} mode tap`),
          { force: true },
        ).catch(() => {});
      }
      if (failed === 0 && isNoSuchDevice(error) && !retry.bridgeMade) {
        await this.ensureBridge(bridge);
        return this.#createTaps(names, bridge, { ...retry, bridgeMade: true });
      }
      if (taken && isTunsetiffError(error, 'EBUSY')) {
        if (retry.replaced.has(taken) || !(await this.listTaps()).includes(taken)) {
          throw notATap(taken);
        }
        await this.deleteTap(taken);
        retry.replaced.add(taken);
        return this.#createTaps(names, bridge, retry);
      }
      throw error;
    }
  }

  async deleteTap(name: string): Promise<void> {
    assertLinkName(name);
    // one command; `tuntap del` refuses every link that is not a TAP (see createTaps)
    await this.#batch([`tuntap del dev ${name} mode tap`]).catch((error: unknown) => {
      if (isTunsetiffError(error, 'EINVAL')) throw notATap(name);
      throw error;
    });
  }

  async listBridges(): Promise<string[]> {
    const links = JSON.parse(
      await this.#ip(['-j', 'link', 'show', 'type', 'bridge']),
    ) as IpLinkJson[];
    return links.map((link) => link.ifname).sort();
  }

  async listTaps(): Promise<string[]> {
    const links = JSON.parse(await this.#ip(['-j', 'link', 'show', 'type', 'tun'])) as IpLinkJson[];
    return links.map((link) => link.ifname).sort();
  }

  async link(name: string): Promise<LinkInfo> {
    assertLinkName(name);
    let output: string;
    try {
      output = await this.#ip(['-j', '-d', 'link', 'show', 'dev', name]);
    } catch (error) {
      if (isNoSuchDevice(error)) return missingLink(name);
      throw error;
    }
    const [info] = JSON.parse(output) as IpLinkJson[];
    return info ? linkInfo(info) : missingLink(name);
  }

  /** One `ip -batch -` script; without `force` it stops at the first failing command. */
  #batch(commands: readonly string[], options: { force?: boolean } = {}): Promise<string> {
    const args = options.force ? ['-force', '-batch', '-'] : ['-batch', '-'];
    return this.#runIp(this.#netns, args, `${commands.join('\n')}\n`);
  }

  #ip(args: readonly string[]): Promise<string> {
    return this.#runIp(this.#netns, args);
  }
}

const missingLink = (name: string): LinkInfo => ({
  name,
  exists: false,
  master: null,
  up: false,
  kind: null,
});

const linkInfo = (info: IpLinkJson): LinkInfo => ({
  name: info.ifname,
  exists: true,
  master: info.master ?? null,
  up: info.flags?.includes('UP') ?? false,
  kind: info.linkinfo?.info_kind ?? null,
});

/** Links that are not TAPs are never deleted, whatever name a request uses. */
const notATap = (name: string) =>
  new AgentError(
    'HOST_PRECONDITION_FAILED',
    `Link ${name} exists and is not a TAP: Hearth never deletes or reuses it.`,
    {
      name,
    },
  );

const isNoSuchDevice = (error: unknown) =>
  error instanceof HostCommandError && error.isNoSuchDevice;

/**
 * `ioctl(TUNSETIFF)` refused the name. For a name that is no TAP, `tuntap del` gets EINVAL
 * and `tuntap add` EBUSY: the link belongs to another kind of device.
 */
const TUNSETIFF_ERRORS = { EINVAL: 'Invalid argument', EBUSY: 'Device or resource busy' };
const isTunsetiffError = (error: unknown, errno: keyof typeof TUNSETIFF_ERRORS) =>
  error instanceof HostCommandError &&
  error.stderr.includes(`TUNSETIFF): ${TUNSETIFF_ERRORS[errno]}`);

/** The index in `commands` of the line `ip -batch` stopped at ("Command failed -:N"). */
function failedLine(error: unknown, commands: readonly string[]): number | null {
  if (!(error instanceof HostCommandError)) return null;
  const line = /Command failed -:(\d+)/.exec(error.stderr)?.[1];
  const index = line ? Number(line) - 1 : -1;
  return index >= 0 && index < commands.length ? index : null;
}

function assertLinkName(name: string): void {
  if (typeof name !== 'string' || !isTapName(name)) {
    throw new ValidationError(
      `Interface name ${JSON.stringify(name)} is not valid (1-15 of A-Z a-z 0-9 _ -).`,
      {
        name,
      },
    );
  }
}
