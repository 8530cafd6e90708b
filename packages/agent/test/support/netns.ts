// A throwaway network namespace per test file: the agent, its bridge, TAPs and VMMs all
// live inside it, so nothing a test does touches the host's own interfaces.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Netns {
  name: string;
  /** `ip -n <name> -j link show` parsed */
  links(): Promise<NetnsLink[]>;
  link(name: string): Promise<NetnsLink | null>;
  remove(): Promise<void>;
}

export interface NetnsLink {
  ifname: string;
  master?: string;
  flags?: string[];
  linkinfo?: { info_kind?: string };
}

export async function createNetns(): Promise<Netns> {
  const name = `hearth-a2-${randomBytes(4).toString('hex')}`;
  await run('ip', ['netns', 'add', name]);
  await run('ip', ['-n', name, 'link', 'set', 'lo', 'up']);
  const links = async () => {
    const { stdout } = await run('ip', ['-n', name, '-j', '-d', 'link', 'show']);
    return JSON.parse(stdout) as NetnsLink[];
  };
  return {
    name,
    links,
    link: async (ifname) => (await links()).find((l) => l.ifname === ifname) ?? null,
    // Deleting the namespace also deletes every bridge and TAP created inside it.
    remove: async () => {
      await run('ip', ['netns', 'delete', name]).catch(() => {});
    },
  };
}

/** For describe() options: tests that need network namespaces skip, saying why, without root. */
export const NEEDS_ROOT =
  process.getuid?.() === 0 ? false : 'needs root (network namespace, TAP devices)';
