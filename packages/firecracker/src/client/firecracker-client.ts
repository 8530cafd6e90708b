// FirecrackerApi over HTTP on the VM's Unix socket (Firecracker's --api-sock).
import { Client } from 'undici';
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
  InstanceActionInfo,
  InstanceInfo,
  Logger,
  MachineConfiguration,
  Metrics,
  MmdsConfig,
  MmdsContentsObject,
  NetworkInterface,
  PartialDrive,
  PartialNetworkInterface,
  Vm,
  Vsock,
} from '../api/types.ts';
import {
  classifyTransportError,
  FirecrackerApiError,
  FirecrackerError,
  type FirecrackerRequestContext,
} from './errors.ts';
import type { FirecrackerApi } from './firecracker-api.ts';

export interface FirecrackerClientOptions {
  /** the path given to Firecracker as --api-sock */
  socketPath: string;
  /** deadline of each call, from queueing the request to the last byte of the answer */
  timeoutMs?: number;
  /** how long an idle kept-alive connection stays open before it is closed */
  keepAliveTimeoutMs?: number;
}

type Method = 'GET' | 'PUT' | 'PATCH';

// Ids go into the path: encoding them keeps an id such as `../actions` from addressing
// another resource. Hearth's ids are ASCII alphanumeric, which encoding leaves as is.
const id = (value: string) => encodeURIComponent(value);

export class FirecrackerClient implements FirecrackerApi {
  readonly socketPath: string;
  readonly timeoutMs: number;
  readonly #keepAliveTimeoutMs: number;
  // One connection, one request at a time: Firecracker's API thread serves requests in
  // order, and its HTTP layer drops every unanswered request when it rejects one.
  #http: Client;

  constructor({
    socketPath,
    timeoutMs = 5000,
    keepAliveTimeoutMs = 30_000,
  }: FirecrackerClientOptions) {
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
      throw new RangeError(`timeoutMs must be a positive number of milliseconds, got ${timeoutMs}`);
    }
    this.socketPath = socketPath;
    this.timeoutMs = Math.ceil(timeoutMs);
    this.#keepAliveTimeoutMs = keepAliveTimeoutMs;
    this.#http = this.#connect();
  }

  describeInstance = () => this.#request<InstanceInfo>('GET', '/');
  getVersion = () => this.#request<FirecrackerVersion>('GET', '/version');
  getMachineConfig = () => this.#request<MachineConfiguration>('GET', '/machine-config');
  putMachineConfig = (config: MachineConfiguration) =>
    this.#request<void>('PUT', '/machine-config', config);
  patchMachineConfig = (patch: Partial<MachineConfiguration>) =>
    this.#request<void>('PATCH', '/machine-config', patch);
  putBootSource = (source: BootSource) => this.#request<void>('PUT', '/boot-source', source);
  putDrive = (drive: Drive) => this.#request<void>('PUT', `/drives/${id(drive.drive_id)}`, drive);
  patchDrive = (patch: PartialDrive) =>
    this.#request<void>('PATCH', `/drives/${id(patch.drive_id)}`, patch);
  putNetworkInterface = (iface: NetworkInterface) =>
    this.#request<void>('PUT', `/network-interfaces/${id(iface.iface_id)}`, iface);
  patchNetworkInterface = (patch: PartialNetworkInterface) =>
    this.#request<void>('PATCH', `/network-interfaces/${id(patch.iface_id)}`, patch);
  putLogger = (logger: Logger) => this.#request<void>('PUT', '/logger', logger);
  putMetrics = (metrics: Metrics) => this.#request<void>('PUT', '/metrics', metrics);
  getBalloon = () => this.#request<Balloon>('GET', '/balloon');
  putBalloon = (balloon: Balloon) => this.#request<void>('PUT', '/balloon', balloon);
  patchBalloon = (update: BalloonUpdate) => this.#request<void>('PATCH', '/balloon', update);
  getBalloonStats = () => this.#request<BalloonStats>('GET', '/balloon/statistics');
  patchBalloonStats = (update: BalloonStatsUpdate) =>
    this.#request<void>('PATCH', '/balloon/statistics', update);
  putEntropy = (device: EntropyDevice) => this.#request<void>('PUT', '/entropy', device);
  putVsock = (vsock: Vsock) => this.#request<void>('PUT', '/vsock', vsock);
  getMmds = () => this.#request<MmdsContentsObject>('GET', '/mmds');
  putMmds = (data: MmdsContentsObject) => this.#request<void>('PUT', '/mmds', data);
  patchMmds = (data: MmdsContentsObject) => this.#request<void>('PATCH', '/mmds', data);
  putMmdsConfig = (config: MmdsConfig) => this.#request<void>('PUT', '/mmds/config', config);
  getVmConfig = () => this.#request<FullVmConfiguration>('GET', '/vm/config');
  instanceStart = () => this.#action('InstanceStart');
  sendCtrlAltDel = () => this.#action('SendCtrlAltDel');
  flushMetrics = () => this.#action('FlushMetrics');
  pause = () => this.#request<void>('PATCH', '/vm', { state: 'Paused' } satisfies Vm);
  resume = () => this.#request<void>('PATCH', '/vm', { state: 'Resumed' } satisfies Vm);

  async close(): Promise<void> {
    await this.#http.close();
  }

  #connect(): Client {
    return new Client('http://localhost', {
      connect: { socketPath: this.socketPath },
      pipelining: 1,
      keepAliveTimeout: this.#keepAliveTimeoutMs,
      headersTimeout: this.timeoutMs,
      bodyTimeout: this.timeoutMs,
    });
  }

  // Firecracker closes the connection after an HTTP-layer error although it answered
  // `Connection: keep-alive`; the next call would race that close and fail as if the VMM
  // had gone away. A fresh connection avoids it; calls queued behind fail, as Firecracker
  // would have dropped them.
  #reconnect(): void {
    const closing = this.#http;
    this.#http = this.#connect();
    void closing.destroy();
  }

  #action(action_type: InstanceActionInfo['action_type']): Promise<void> {
    return this.#request<void>('PUT', '/actions', { action_type } satisfies InstanceActionInfo);
  }

  async #request<T>(method: Method, path: string, requestBody?: unknown): Promise<T> {
    const context: FirecrackerRequestContext = { socketPath: this.socketPath, method, path };
    let status: number;
    let text: string;
    try {
      const response = await this.#http.request({
        method,
        path,
        headers: requestBody === undefined ? {} : { 'content-type': 'application/json' },
        body: requestBody === undefined ? undefined : JSON.stringify(requestBody),
        // The client-wide timeouts bound each phase; this bounds the call as a whole,
        // including the wait behind other requests on the same connection.
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      status = response.statusCode;
      text = await response.body.text();
    } catch (cause) {
      throw classifyTransportError(cause, { ...context, timeoutMs: this.timeoutMs });
    }
    if (status < 200 || status > 299) {
      const faultMessage = parseFault(text);
      if (faultMessage === null) this.#reconnect();
      throw new FirecrackerApiError({
        ...context,
        status,
        requestBody,
        faultMessage: faultMessage ?? text,
      });
    }
    if (text === '') return undefined as T;
    try {
      return JSON.parse(text) as T;
    } catch (cause) {
      throw new FirecrackerError(
        `Firecracker answered ${method} ${path} on ${this.socketPath} with HTTP ${status} and a body that is not JSON: ${text.slice(0, 200)}`,
        context,
        { cause },
      );
    }
  }
}

// API errors are {"fault_message": "..."}. The HTTP layer's own errors are not valid JSON (a
// raw newline inside a string): null then, and the caller keeps the text whole.
function parseFault(text: string): string | null {
  try {
    const parsed = JSON.parse(text) as { fault_message?: unknown } | null;
    return typeof parsed?.fault_message === 'string' ? parsed.fault_message : text;
  } catch {
    return null;
  }
}
