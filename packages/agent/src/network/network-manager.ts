// Host networking for VMs: one bridge, one TAP per NIC on it. Every call is idempotent so a
// launch can be retried and a stop repeated without checking first. Links that are not
// TAPs are never deleted, whatever name a request uses: a typo must not take down eth0.
import { AgentError, ValidationError } from '../errors.ts';
import { isTapName } from '../validation.ts';
import { HostCommandError, runIp } from './host-command.ts';

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
  /** runs one `ip` process (tests count them); `input` is a batch for `ip -batch -` */
  runIp?: (netns: string | undefined, args: readonly string[], input?: string) => Promise<string>;
}

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
    this.#runIp = options.runIp ?? runIp;
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
    // Two `ip` processes whatever the number of NICs: one read of the links, one batch.
    // Existing TAPs are replaced rather than reused: one left by a crashed VMM may sit on
    // another bridge or carry stale settings.
    const existing = await this.#links(names);
    for (const link of existing) assertIsTap(link);
    const commands = [
      ...existing.map((link) => `link del dev ${link.name}`),
      ...names.flatMap((name) => [
        `tuntap add dev ${name} mode tap`,
        `link set dev ${name} master ${bridge} up`,
      ]),
    ];
    try {
      await this.#batch(commands);
    } catch (error) {
      // no orphan TAP: -force deletes whichever of them the batch got to create
      await this.#batch(
        names.map((name) => `link del dev ${name}`),
        { force: true },
      ).catch(() => {});
      throw error;
    }
  }

  async deleteTap(name: string): Promise<void> {
    assertLinkName(name);
    const existing = await this.link(name);
    if (!existing.exists) return;
    assertIsTap(existing);
    await this.#ip(['link', 'del', 'dev', name]).catch((error: unknown) => {
      if (!(error instanceof HostCommandError && error.isNoSuchDevice)) throw error;
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
      if (error instanceof HostCommandError && error.isNoSuchDevice) return missingLink(name);
      throw error;
    }
    const [info] = JSON.parse(output) as IpLinkJson[];
    return info ? linkInfo(info) : missingLink(name);
  }

  /** Those of `names` that exist, from one read of every link. */
  async #links(names: readonly string[]): Promise<LinkInfo[]> {
    const wanted = new Set(names);
    const all = JSON.parse(await this.#ip(['-j', '-d', 'link', 'show'])) as IpLinkJson[];
    return all.filter((info) => wanted.has(info.ifname)).map(linkInfo);
  }

  /** One `ip -batch -` process; without `force` it stops at the first failing command. */
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
function assertIsTap(link: LinkInfo): void {
  if (link.kind === 'tun') return;
  throw new AgentError(
    'HOST_PRECONDITION_FAILED',
    `Link ${link.name} is not a TAP (kind ${link.kind}); not deleting it.`,
    { name: link.name, kind: link.kind },
  );
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
