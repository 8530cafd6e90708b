#!/usr/bin/env node
// Runs every test file of the repository with Node's built-in test runner (through tsx),
// so CI reads one summary line. Pass file paths or substrings to run a subset:
//   npm test -- agent        npm test -- packages/firecracker/test/contract.test.ts
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ensureWebBuild } from './ensure-web-build.mjs';

const root = new URL('..', import.meta.url).pathname;
const roots = ['packages', 'e2e', 'bench'];

function findTests(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'fixtures' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...findTests(path));
    else if (name.endsWith('.test.ts')) out.push(relative(root, path));
  }
  return out;
}

const filters = process.argv.slice(2);
const all = roots.flatMap((r) => findTests(join(root, r))).sort();
const files = filters.length ? all.filter((f) => filters.some((x) => f.includes(x))) : all;
if (files.length === 0) {
  console.error(`no test files match ${filters.join(' ')}`);
  process.exit(1);
}

// Browser tests serve packages/web/dist: build it once, before any test file runs.
if (files.some((f) => f.startsWith('e2e/browser/'))) await ensureWebBuild();

const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
