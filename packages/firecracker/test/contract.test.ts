// The contract test: every scenario of the golden transcript recorded against a real
// Firecracker v1.14.2 (test/fixtures/contract-v1.14.2.json) is replayed against a fresh
// process. By default the process is Hearth's simulator; set HEARTH_TEST_FIRECRACKER_BIN to
// check a real binary instead (with HEARTH_TEST_KERNEL / HEARTH_TEST_INITRD for booting).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { SIMULATOR_BIN_PATH } from '../src/simulator-path.ts';
import {
  type BinaryUnderTest,
  type ContractScenario,
  needsRoot,
  replayScenario,
} from './support/contract-scenario.ts';

const scenarios: ContractScenario[] = JSON.parse(
  readFileSync(new URL('./fixtures/contract-v1.14.2.json', import.meta.url), 'utf8'),
);

const realBinary = process.env.HEARTH_TEST_FIRECRACKER_BIN;
const bin: BinaryUnderTest = realBinary
  ? { path: realBinary, isSimulator: false, env: {} }
  : {
      path: SIMULATOR_BIN_PATH,
      isSimulator: true,
      // The recorded guest never got far enough to act on Ctrl+Alt+Del, so the process
      // outlived every scenario: give the simulated guest the same (long) reaction time.
      env: { HEARTH_SIM_SHUTDOWN_DELAY_MS: '10000' },
    };
const isRoot = process.getuid?.() === 0;
const rootReason = 'needs root: network namespace with TAP devices, or dropped capabilities';

console.log(
  `contract test: binary under test is ${bin.path}${bin.isSimulator ? ' (Hearth simulator)' : ''}`,
);
if (!isRoot) {
  const skipped = scenarios.filter(needsRoot).map((s) => s.name);
  console.log(
    `contract test: not root, skipping ${skipped.length} scenarios (${rootReason}): ${skipped.join(', ')}`,
  );
}

describe(`Firecracker v1.14.2 contract (${bin.isSimulator ? 'simulator' : realBinary})`, {
  concurrency: 4,
}, () => {
  for (const scenario of scenarios) {
    it(scenario.name, {
      skip: isRoot || !needsRoot(scenario) ? false : rootReason,
      timeout: 60_000,
    }, async () => {
      const mismatches = await replayScenario(scenario, bin, isRoot);
      assert.deepEqual(mismatches, [], `${scenario.description}\n  ${mismatches.join('\n  ')}`);
    });
  }
});
