// A throwaway network namespace per test file: the agent, its bridge, TAPs and VMMs all
// live inside it, so nothing a test does touches the host's own interfaces. Making one needs
// root; without root createNetns() gives the test's own namespace instead (name null), where
// the agent runs VMs without NICs and lists links but may create none, so tests that need
// TAPs or bridges skip with NEEDS_ROOT.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const IS_ROOT = process.getuid?.() === 0;

/** For describe()/test() options: what needs network namespaces or TAPs skips, saying why, without root. */
export const NEEDS_ROOT = IS_ROOT ? false : 'needs root (network namespace, TAP devices)';

export interface Netns {
  /** null: the current namespace (no root, so none of our own) */
  name: string | null;
  /** `ip [-n <name>] -j -d link show` parsed */
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

function namespaceOf(name: string | null, remove: () => Promise<void>): Netns {
  const links = async () => {
    const { stdout } = await run('ip', [...(name ? ['-n', name] : []), '-j', '-d', 'link', 'show']);
    return JSON.parse(stdout) as NetnsLink[];
  };
  return {
    name,
    links,
    link: async (ifname) => (await links()).find((l) => l.ifname === ifname) ?? null,
    remove,
  };
}

export async function createNetns(): Promise<Netns> {
  if (!IS_ROOT) return namespaceOf(null, async () => {});
  const name = `hearth-a2-${randomBytes(4).toString('hex')}`;
  await run('ip', ['netns', 'add', name]);
  await run('ip', ['-n', name, 'link', 'set', 'lo', 'up']);
  // Deleting the namespace also deletes every bridge and TAP created inside it.
  return namespaceOf(name, async () => {
    await run('ip', ['netns', 'delete', name]).catch(() => {});
  });
}
