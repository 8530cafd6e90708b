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
  /** Creates a TAP enslaved to `bridge` and up; an existing TAP of that name is replaced. */
  createTap(name: string, bridge: string): Promise<void>;
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
}

interface IpLinkJson {
  ifname: string;
  flags?: string[];
  master?: string;
  linkinfo?: { info_kind?: string };
}

export class IpNetworkManager implements NetworkManager {
  readonly #netns: string | undefined;

  constructor(options: IpNetworkManagerOptions = {}) {
    this.#netns = options.netns;
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
    if (!existing.exists) {
      await this.#ip(['link', 'add', 'name', name, 'type', 'bridge']).catch((error: unknown) => {
        if (!(error instanceof HostCommandError && error.isAlreadyExists)) throw error;
      });
    }
    await this.#ip(['link', 'set', 'dev', name, 'up']);
  }

  async createTap(name: string, bridge: string): Promise<void> {
    assertLinkName(name);
    assertLinkName(bridge);
    // Replaced rather than reused: a TAP left by a crashed VMM may sit on another bridge or
    // carry stale settings, and recreating it costs a millisecond.
    await this.deleteTap(name);
    await this.#ip(['tuntap', 'add', 'dev', name, 'mode', 'tap']);
    try {
      await this.#ip(['link', 'set', 'dev', name, 'master', bridge]);
      await this.#ip(['link', 'set', 'dev', name, 'up']);
    } catch (error) {
      await this.#ip(['link', 'del', 'dev', name]).catch(() => {}); // no orphan TAP
      throw error;
    }
  }

  async deleteTap(name: string): Promise<void> {
    assertLinkName(name);
    const existing = await this.link(name);
    if (!existing.exists) return;
    if (existing.kind !== 'tun') {
      throw new AgentError(
        'HOST_PRECONDITION_FAILED',
        `Link ${name} is not a TAP (kind ${existing.kind}); not deleting it.`,
        {
          name,
          kind: existing.kind,
        },
      );
    }
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
      if (error instanceof HostCommandError && error.isNoSuchDevice) {
        return { name, exists: false, master: null, up: false, kind: null };
      }
      throw error;
    }
    const [info] = JSON.parse(output) as IpLinkJson[];
    return {
      name,
      exists: true,
      master: info?.master ?? null,
      up: info?.flags?.includes('UP') ?? false,
      kind: info?.linkinfo?.info_kind ?? null,
    };
  }

  #ip(args: readonly string[]): Promise<string> {
    return runIp(this.#netns, args);
  }
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
