// The agent's own runtime files, which no drive may name: its API socket, the files its
// launcher keeps beside it under the same stem (agent.sock -> agent.pid, agent.log), and the
// files its stdout and stderr go to. Real paths, read at each launch (a log may be rotated).
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { ListenTarget } from '../config.ts';

export async function agentRuntimeFiles(listen: ListenTarget): Promise<ReadonlySet<string>> {
  const candidates: string[] = ['/proc/self/fd/1', '/proc/self/fd/2'];
  if (listen.kind === 'unix') {
    const dir = dirname(listen.path);
    const name = basename(listen.path);
    const stem = name.slice(0, name.length - extname(name).length);
    candidates.push(listen.path);
    const siblings = await readdir(dir).catch(() => [] as string[]);
    for (const sibling of siblings) {
      if (sibling.startsWith(`${stem}.`)) candidates.push(join(dir, sibling));
    }
  }
  const files = new Set<string>();
  for (const candidate of candidates) {
    const real = await realpath(candidate).catch(() => null);
    if (real === null) continue;
    // stdout may be a pipe or a terminal: only files on disk can be attached as drives
    if (real.startsWith('/') && (await stat(real).catch(() => null))) files.add(real);
  }
  return files;
}
