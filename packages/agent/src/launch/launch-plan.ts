// The launch, in order. Names are part of the API (they appear in step logs and in
// LaunchFailure.step): a change is listed in packages/agent/docs/api.md. A step with
// `shouldRun` (launch.mmds) runs only for the launches that ask for it. (launch.ensure-bridge
// was folded into launch.create-taps in issue 11: one `ip` process sets up both.)
import {
  instanceStart,
  putBootSource,
  putDrives,
  putLogger,
  putMachineConfig,
  putMetrics,
  putMmds,
  putNetworkInterfaces,
} from './firecracker-steps.ts';
import { createTaps, ensureDisks, ensureVmDirs, spawnVmm, waitForSocket } from './host-steps.ts';
import type { LaunchContext } from './launch-context.ts';
import type { Step } from './step-runner.ts';

export const LAUNCH_STEPS: readonly Step<LaunchContext>[] = [
  ensureVmDirs,
  ensureDisks,
  createTaps,
  spawnVmm,
  waitForSocket,
  putMachineConfig,
  putBootSource,
  putDrives,
  putNetworkInterfaces,
  putMmds,
  putLogger,
  putMetrics,
  instanceStart,
];
