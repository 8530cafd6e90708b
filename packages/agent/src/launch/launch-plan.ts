// The launch, in order. Names are part of the API (they appear in step logs and in
// LaunchFailure.step), so they never change once released.
import {
  instanceStart,
  putBootSource,
  putDrives,
  putLogger,
  putMachineConfig,
  putMetrics,
  putNetworkInterfaces,
} from './firecracker-steps.ts';
import {
  createTaps,
  ensureBridge,
  ensureDisks,
  ensureVmDirs,
  spawnVmm,
  waitForSocket,
} from './host-steps.ts';
import type { LaunchContext } from './launch-context.ts';
import type { Step } from './step-runner.ts';

export const LAUNCH_STEPS: readonly Step<LaunchContext>[] = [
  ensureVmDirs,
  ensureDisks,
  ensureBridge,
  createTaps,
  spawnVmm,
  waitForSocket,
  putMachineConfig,
  putBootSource,
  putDrives,
  putNetworkInterfaces,
  putLogger,
  putMetrics,
  instanceStart,
];
