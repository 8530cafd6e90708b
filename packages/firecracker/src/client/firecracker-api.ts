// The contract of the Firecracker API client: what the agent depends on. The real
// implementation is FirecrackerClient (HTTP over the VM's Unix socket); tests use it
// against the simulator, never a fake of this interface.
import type {
  Balloon,
  BalloonStats,
  BalloonStatsUpdate,
  BalloonUpdate,
  BootSource,
  Drive,
  EntropyDevice,
  FirecrackerVersion,
  FullVmConfiguration,
  InstanceInfo,
  Logger,
  MachineConfiguration,
  Metrics,
  MmdsConfig,
  MmdsContentsObject,
  NetworkInterface,
  PartialDrive,
  PartialNetworkInterface,
  Vsock,
} from '../api/types.ts';

export interface FirecrackerApi {
  /** GET / */
  describeInstance(): Promise<InstanceInfo>;
  /** GET /version */
  getVersion(): Promise<FirecrackerVersion>;
  /** GET /machine-config */
  getMachineConfig(): Promise<MachineConfiguration>;
  /** PUT /machine-config (replaces: omitted optional fields return to defaults) */
  putMachineConfig(config: MachineConfiguration): Promise<void>;
  /** PATCH /machine-config (merges) */
  patchMachineConfig(patch: Partial<MachineConfiguration>): Promise<void>;
  /** PUT /boot-source */
  putBootSource(source: BootSource): Promise<void>;
  /** PUT /drives/{drive_id} (pre-boot; replaces an existing drive with that id) */
  putDrive(drive: Drive): Promise<void>;
  /** PATCH /drives/{drive_id} (post-boot only) */
  patchDrive(patch: PartialDrive): Promise<void>;
  /** PUT /network-interfaces/{iface_id} (pre-boot) */
  putNetworkInterface(iface: NetworkInterface): Promise<void>;
  /** PATCH /network-interfaces/{iface_id} (post-boot only) */
  patchNetworkInterface(patch: PartialNetworkInterface): Promise<void>;
  /** PUT /logger */
  putLogger(logger: Logger): Promise<void>;
  /** PUT /metrics (once per process) */
  putMetrics(metrics: Metrics): Promise<void>;
  /** GET /balloon, PUT /balloon, PATCH /balloon */
  getBalloon(): Promise<Balloon>;
  putBalloon(balloon: Balloon): Promise<void>;
  patchBalloon(update: BalloonUpdate): Promise<void>;
  /** GET /balloon/statistics, PATCH /balloon/statistics */
  getBalloonStats(): Promise<BalloonStats>;
  patchBalloonStats(update: BalloonStatsUpdate): Promise<void>;
  /** PUT /entropy */
  putEntropy(device: EntropyDevice): Promise<void>;
  /** PUT /vsock */
  putVsock(vsock: Vsock): Promise<void>;
  /** GET /mmds, PUT /mmds, PATCH /mmds, PUT /mmds/config */
  getMmds(): Promise<MmdsContentsObject>;
  putMmds(data: MmdsContentsObject): Promise<void>;
  patchMmds(data: MmdsContentsObject): Promise<void>;
  putMmdsConfig(config: MmdsConfig): Promise<void>;
  /** GET /vm/config: the full configuration as Firecracker holds it */
  getVmConfig(): Promise<FullVmConfiguration>;
  /** PUT /actions {action_type} */
  instanceStart(): Promise<void>;
  sendCtrlAltDel(): Promise<void>;
  flushMetrics(): Promise<void>;
  /** PATCH /vm {state: Paused|Resumed} */
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Closes kept-alive connections. */
  close(): Promise<void>;
}
