// Firecracker API types Hearth uses, named after the official spec's definitions.
// They come from firecracker-api.generated.ts (regenerate with `npm run gen:types`);
// never edit field names here: they must stay identical to Firecracker's.
import type { definitions } from './firecracker-api.generated.ts';

export type InstanceInfo = definitions['InstanceInfo'];
export type FirecrackerVersion = definitions['FirecrackerVersion'];
export type MachineConfiguration = definitions['MachineConfiguration'];
export type BootSource = definitions['BootSource'];
export type Drive = definitions['Drive'];
export type PartialDrive = definitions['PartialDrive'];
export type NetworkInterface = definitions['NetworkInterface'];
export type PartialNetworkInterface = definitions['PartialNetworkInterface'];
export type Logger = definitions['Logger'];
export type Metrics = definitions['Metrics'];
export type Balloon = definitions['Balloon'];
export type BalloonUpdate = definitions['BalloonUpdate'];
export type BalloonStats = definitions['BalloonStats'];
export type BalloonStatsUpdate = definitions['BalloonStatsUpdate'];
export type EntropyDevice = definitions['EntropyDevice'];
export type Vsock = definitions['Vsock'];
export type MmdsConfig = definitions['MmdsConfig'];
export type MmdsContentsObject = definitions['MmdsContentsObject'];
export type FullVmConfiguration = definitions['FullVmConfiguration'];
export type InstanceActionInfo = definitions['InstanceActionInfo'];
export type Vm = definitions['Vm'];
export type RateLimiter = definitions['RateLimiter'];
export type TokenBucket = definitions['TokenBucket'];
/** The spec's Error body ({fault_message}); named apart from the FirecrackerError class. */
export type FirecrackerFault = definitions['Error'];
