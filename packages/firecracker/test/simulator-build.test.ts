// The simulator runs from its committed bundle (dist/firecracker-sim.mjs, plain JavaScript,
// no tsx at spawn). This test keeps that bundle honest: it must be exactly what the build
// script makes from today's src/simulator/, so a change to the sources without
// `npm run build:sim -w @hearth/firecracker` fails here instead of testing stale code.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const script = fileURLToPath(new URL('../scripts/build-simulator.mjs', import.meta.url));
const bin = fileURLToPath(new URL('../bin/firecracker-sim.mjs', import.meta.url));

test('the committed simulator bundle is current with src/simulator/', async () => {
  const { stderr } = await run(process.execPath, [script, '--check']).catch((err) => {
    assert.fail(`${err.stderr || err.message}`);
  });
  assert.equal(stderr, '');
});

test('the simulator binary needs no TypeScript loader: plain node runs it', async () => {
  assert.doesNotMatch(readFileSync(bin, 'utf8'), /import .*tsx|register\(/);
  // --version without any loader on the command line or in NODE_OPTIONS
  const { stdout } = await run(process.execPath, [bin, '--version'], {
    env: { PATH: process.env.PATH ?? '' },
  });
  assert.match(stdout, /^Firecracker v1\.14\.2/);
});
