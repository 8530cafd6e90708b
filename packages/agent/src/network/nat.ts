// Optional outbound NAT for the VM bridge: the bridge gets the guests' gateway address and
// an nftables masquerade rule rewrites their traffic leaving through any other interface.
// Everything lives in one nft table of our own (`ip hearth`), replaced atomically on every
// ensure, so other rulesets on the host (Docker's, the distribution's) are never touched.
import { ValidationError } from '../errors.ts';
import { isTapName } from '../validation.ts';
import { HostCommandError, runInNetns, runIp } from './host-command.ts';

export const NAT_TABLE = 'hearth';

export interface NatConfig {
  bridge: string;
  /** the bridge's address with the guests' prefix, e.g. 172.30.0.1/24 (HEARTH_NAT_CIDR) */
  gatewayCidr: string;
}

export interface NftNatOptions {
  netns?: string;
}

export class NftNat {
  readonly #netns: string | undefined;

  constructor(options: NftNatOptions = {}) {
    this.#netns = options.netns;
  }

  async ensure(config: NatConfig): Promise<void> {
    if (!isTapName(config.bridge)) {
      throw new ValidationError(`Bridge name ${JSON.stringify(config.bridge)} is not valid.`);
    }
    const subnet = parseGatewayCidr(config.gatewayCidr);
    await runIp(this.#netns, ['addr', 'replace', config.gatewayCidr, 'dev', config.bridge]);
    await runInNetns(this.#netns, ['sysctl', '-q', '-w', 'net.ipv4.ip_forward=1']);
    // `table` + `delete table` first makes the script idempotent: it works whether or not the
    // table exists, and nft applies the whole file as one transaction.
    const script = [
      `table ip ${NAT_TABLE}`,
      `delete table ip ${NAT_TABLE}`,
      `table ip ${NAT_TABLE} {`,
      '  chain postrouting {',
      '    type nat hook postrouting priority srcnat; policy accept;',
      `    ip saddr ${subnet} oifname != "${config.bridge}" masquerade`,
      '  }',
      '}',
      '',
    ].join('\n');
    await runInNetns(this.#netns, ['nft', '-f', '-'], script);
  }

  /** Removes the masquerade rule; the bridge address and ip_forward are left as they are. */
  async remove(): Promise<void> {
    await runInNetns(this.#netns, ['nft', 'delete', 'table', 'ip', NAT_TABLE]).catch(
      (error: unknown) => {
        if (!(error instanceof HostCommandError && /No such file/.test(error.stderr))) throw error;
      },
    );
  }
}

/** "172.30.0.1/24" -> "172.30.0.0/24"; a host address inside the subnet is required. */
export function parseGatewayCidr(cidr: string): string {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr);
  const octets = match?.slice(1, 5).map(Number) ?? [];
  const prefix = Number(match?.[5]);
  if (!match || octets.some((octet) => octet > 255) || prefix < 8 || prefix > 30) {
    throw new ValidationError(
      `NAT gateway ${JSON.stringify(cidr)} must be an IPv4 address with a prefix of 8 to 30, e.g. 172.30.0.1/24.`,
      { gateway_cidr: cidr },
    );
  }
  const address = octets.reduce((value, octet) => value * 256 + octet, 0);
  const size = 2 ** (32 - prefix);
  const network = address - (address % size);
  if (address === network || address === network + size - 1) {
    throw new ValidationError(`NAT gateway ${cidr} is the network or broadcast address.`, {
      gateway_cidr: cidr,
    });
  }
  const parts = [24, 16, 8, 0].map((shift) => Math.floor(network / 2 ** shift) % 256);
  return `${parts.join('.')}/${prefix}`;
}
