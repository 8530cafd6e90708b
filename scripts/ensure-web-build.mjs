#!/usr/bin/env node
// Builds the web UI (packages/web -> packages/web/dist) when the build is missing or older
// than any of its sources, so `npm start` alone serves an up-to-date UI. Importable too:
// browser tests call ensureWebBuild() before starting Hearth. Concurrent callers (test files
// running in parallel) share one build through a lock directory.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const web = join(root, 'packages', 'web');
const dist = join(web, 'dist');
const builtIndex = join(dist, 'index.html');
const lock = join(web, '.build-lock');
// what ends up in the bundle: the UI's own files and the API client it imports
const sources = [
  join(web, 'src'),
  join(web, 'public'),
  join(web, 'index.html'),
  join(web, 'vite.config.ts'),
  join(web, 'package.json'),
  join(root, 'packages', 'api', 'src'),
];
const LOCK_STALE_MS = 5 * 60_000;

function newestMtime(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

function builtAt() {
  try {
    return statSync(builtIndex).mtimeMs;
  } catch {
    return null;
  }
}

export function webBuildIsFresh() {
  const at = builtAt();
  return at !== null && Math.max(...sources.map(newestMtime)) <= at;
}

function takeLock() {
  try {
    mkdirSync(lock);
    return true;
  } catch (err) {
    if (err.code !== 'EEXIST') throw err;
    if (Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS) {
      rmSync(lock, { recursive: true, force: true });
      return takeLock();
    }
    return false;
  }
}

/** Resolves when packages/web/dist is at least as new as its sources. */
export async function ensureWebBuild({ quiet = false } = {}) {
  for (;;) {
    if (webBuildIsFresh()) return { built: false };
    if (takeLock()) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  try {
    if (webBuildIsFresh()) return { built: false };
    if (!quiet) process.stderr.write('Building the web UI (packages/web)...\n');
    // built beside dist and swapped in, so a running manager never serves a half-written UI
    const next = join(web, `dist.next-${process.pid}`);
    const result = spawnSync(
      'npm',
      ['run', 'build', '-w', '@hearth/web', '--', '--outDir', next, '--emptyOutDir'],
      { cwd: root, stdio: quiet ? 'pipe' : ['ignore', 'inherit', 'inherit'], encoding: 'utf8' },
    );
    if (result.status !== 0) {
      rmSync(next, { recursive: true, force: true });
      throw new Error(
        `web UI build failed (${result.status}):\n${result.stdout ?? ''}${result.stderr ?? ''}`,
      );
    }
    const old = join(web, `dist.old-${process.pid}`);
    try {
      renameSync(dist, old);
    } catch (err) {
      if (err.code !== 'ENOENT') throw err;
    }
    renameSync(next, dist);
    rmSync(old, { recursive: true, force: true });
    return { built: true };
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  ensureWebBuild().catch((err) => {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  });
}
