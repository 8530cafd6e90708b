// Typed client for a host's agent (/agent/v1). The manager never touches a host's files or
// processes itself: every host-local action goes through here. Addresses are
// `http(s)://host:port` or `unix:/path/agent.sock`.
import type {
  AllocateDiskRequest,
  AllocateDiskResponse,
  CloneImageRequest,
  CloneImageResponse,
  CollectOrphanTapsResponse,
  ConsoleQuery,
  ConsoleSlice,
  DeleteFileResponse,
  ErrorBody,
  ExportImageRequest,
  ExportImageResponse,
  GrowDiskRequest,
  GrowDiskResponse,
  HostInfo,
  LaunchRequest,
  LaunchResponse,
  LiveDrive,
  LiveDriveUpdateRequest,
  LiveVmConfig,
  StatResponse,
  StopResponse,
  StorageInventory,
  UsageResponse,
  VmmMetricsResponse,
  VmmStatus,
} from '@hearth/agent/contract';
import { Agent, type Dispatcher, request } from 'undici';
import type { AgentCallObserver } from '../metrics/manager-metrics.ts';

/** The agent answered with an error body. */
export class AgentRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AgentRequestError';
  }
}

/** The agent could not be reached or did not answer in time. */
export class AgentUnreachableError extends Error {
  constructor(
    readonly addr: string,
    override readonly cause: unknown,
  ) {
    super(`Agent at ${addr} is unreachable: ${(cause as Error)?.message ?? String(cause)}`);
    this.name = 'AgentUnreachableError';
  }
}

export interface AgentTarget {
  addr: string;
  token: string;
}

/** Long enough for a launch (spawn + a dozen API calls) and a graceful stop. */
const DEFAULT_TIMEOUT_MS = 60_000;

export class AgentClient {
  private readonly dispatcher: Dispatcher;
  private readonly origin: string;

  constructor(
    private readonly target: AgentTarget,
    private readonly timeoutMs = DEFAULT_TIMEOUT_MS,
    private readonly observe?: AgentCallObserver,
  ) {
    if (target.addr.startsWith('unix:')) {
      this.dispatcher = new Agent({ connect: { socketPath: target.addr.slice('unix:'.length) } });
      this.origin = 'http://agent';
    } else {
      this.dispatcher = new Agent();
      this.origin = target.addr.replace(/\/+$/, '');
    }
  }

  health = () => this.call<{ status: string }>('GET', '/health');
  hostInfo = () => this.call<HostInfo>('GET', '/host');
  allocateDisk = (vmId: string, body: AllocateDiskRequest) =>
    this.call<AllocateDiskResponse>('POST', `/storage/vms/${vmId}/disks`, body);
  cloneImage = (vmId: string, body: CloneImageRequest) =>
    this.call<CloneImageResponse>('POST', `/storage/vms/${vmId}/clone`, body);
  stat = (path: string) => this.call<StatResponse>('POST', '/storage/stat', { path });
  deleteFile = (vmId: string, path: string) =>
    this.call<DeleteFileResponse>('POST', `/storage/vms/${vmId}/files/delete`, { path });
  deleteVmStorage = (vmId: string) => this.call<void>('DELETE', `/storage/vms/${vmId}`);
  growDisk = (vmId: string, body: GrowDiskRequest) =>
    this.call<GrowDiskResponse>('POST', `/storage/vms/${vmId}/disks/grow`, body);
  inventory = () => this.call<StorageInventory>('GET', '/storage/inventory');
  usage = (paths: readonly string[]) =>
    this.call<UsageResponse>('POST', '/storage/usage', { paths });
  exportImage = (vmId: string, body: ExportImageRequest) =>
    this.call<ExportImageResponse>('POST', `/storage/vms/${vmId}/export-image`, body);
  launch = (vmId: string, body: LaunchRequest) =>
    this.call<LaunchResponse>('POST', `/vms/${vmId}/launch`, body);
  stop = (vmId: string, timeoutMs?: number) =>
    this.call<StopResponse>(
      'POST',
      `/vms/${vmId}/stop`,
      timeoutMs === undefined ? {} : { timeout_ms: timeoutMs },
    );
  listVmms = () => this.call<VmmStatus[]>('GET', '/vms');
  vmmMetrics = () => this.call<VmmMetricsResponse>('GET', '/metrics/vmms');
  collectOrphanTaps = () =>
    this.call<CollectOrphanTapsResponse>('POST', '/network/orphan-taps/collect');
  getVmm = (vmId: string) => this.call<VmmStatus>('GET', `/vms/${vmId}`);
  liveConfig = (vmId: string) => this.call<LiveVmConfig>('GET', `/vms/${vmId}/config`);
  updateLiveDrive = (vmId: string, driveId: string, body: LiveDriveUpdateRequest) =>
    this.call<LiveDrive>('POST', `/vms/${vmId}/drives/${driveId}/update`, body);
  console = (vmId: string, query: ConsoleQuery) => {
    const params = new URLSearchParams();
    if (query.from !== undefined) params.set('from', String(query.from));
    if (query.max_bytes !== undefined) params.set('max_bytes', String(query.max_bytes));
    return this.call<ConsoleSlice>('GET', `/vms/${vmId}/console?${params}`);
  };

  close = () => this.dispatcher.close();

  private async call<T>(method: Dispatcher.HttpMethod, path: string, body?: unknown): Promise<T> {
    if (!this.observe) return this.send<T>(method, path, body);
    const started = performance.now();
    let outcome: 'ok' | 'error' | 'unreachable' = 'ok';
    try {
      return await this.send<T>(method, path, body);
    } catch (err) {
      outcome = err instanceof AgentUnreachableError ? 'unreachable' : 'error';
      throw err;
    } finally {
      this.observe(operationOf(method, path), outcome, (performance.now() - started) / 1000);
    }
  }

  private async send<T>(method: Dispatcher.HttpMethod, path: string, body?: unknown): Promise<T> {
    let res: Dispatcher.ResponseData;
    try {
      res = await request(`${this.origin}/agent/v1${path}`, {
        method,
        dispatcher: this.dispatcher,
        headers: {
          authorization: `Bearer ${this.target.token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        headersTimeout: this.timeoutMs,
        bodyTimeout: this.timeoutMs,
      });
    } catch (err) {
      throw new AgentUnreachableError(this.target.addr, err);
    }
    const text = await res.body.text();
    if (res.statusCode >= 400) {
      let parsed: ErrorBody | null = null;
      try {
        parsed = JSON.parse(text) as ErrorBody;
      } catch {
        // not our error shape: reported below with the raw text
      }
      throw new AgentRequestError(
        res.statusCode,
        parsed?.error?.code ?? 'AGENT_ERROR',
        parsed?.error?.message ?? `Agent answered ${res.statusCode}: ${text.slice(0, 200)}`,
        parsed?.error?.details ?? {},
      );
    }
    return (text ? JSON.parse(text) : undefined) as T;
  }
}

/**
 * The route template of a call, a bounded label: `POST /vms/:vmId/drives/:driveId/update`,
 * never an id or a query string.
 */
export function operationOf(method: string, path: string): string {
  const template = path
    .split('?')[0]
    ?.replace(/\/vms\/[^/]+/, '/vms/:vmId')
    .replace(/\/drives\/[^/]+/, '/drives/:driveId');
  return `${method} ${template}`;
}
