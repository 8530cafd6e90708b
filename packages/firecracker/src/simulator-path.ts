import { fileURLToPath } from 'node:url';

/** The simulator executable: same command line as `firecracker`, usable as HEARTH_FIRECRACKER_BIN. */
export const SIMULATOR_BIN_PATH = fileURLToPath(
  new URL('../bin/firecracker-sim.mjs', import.meta.url),
);

/** The Firecracker release whose API the simulator reproduces (see test/fixtures/contract-*.json). */
export const SIMULATED_FIRECRACKER_VERSION = '1.14.2';
