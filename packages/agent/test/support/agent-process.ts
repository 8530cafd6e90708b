// Runs the real agent (src/main.ts) as a child process through the agent's launcher
// (src/process), inside a network namespace when given one (root), with the simulator as
// its Firecracker binary and nothing of the test's environment but PATH, and talks to it
// over its Unix socket. Killing it with SIGKILL is how tests restart an agent under running
// VMMs.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SIMULATOR_BIN_PATH } from '@hearth/firecracker';
import { Agent, request } from 'undici';
import { launchAgent, type RunningAgent } from '../../src/process/index.ts';

export interface AgentProcessOptions {
  /** the namespace the agent runs in; null: the test's own (no TAPs without root) */
  netns: string | null;
  /** scratch dir: agent.sock, agent.log; vms/ and images/ are the roots */
  dir: string;
  token: string;
  env?: Record<string, string>;
}

export interface AgentResponse<T = unknown> {
  status: number;
  body: T;
}

export class AgentProcess {
  readonly socketPath: string;
  readonly logPath: string;
  readonly #process: RunningAgent;
  readonly #http: Agent;
  readonly #token: string;
  #closed = false;

  private constructor(running: RunningAgent) {
    this.#process = running;
    this.socketPath = running.socketPath;
    this.logPath = running.logPath;
    this.#token = running.token;
    this.#http = new Agent({ connect: { socketPath: this.socketPath } });
  }

  static async start(options: AgentProcessOptions): Promise<AgentProcess> {
    const running = await launchAgent({
      socketPath: join(options.dir, 'agent.sock'),
      logPath: join(options.dir, 'agent.log'),
      token: options.token,
      storageRoot: join(options.dir, 'vms'),
      allowedPaths: [join(options.dir, 'images')],
      firecrackerBin: SIMULATOR_BIN_PATH,
      bridge: 'hearthbr0',
      netns: options.netns,
      inheritEnv: false,
      ...(options.env ? { env: options.env } : {}),
    });
    return new AgentProcess(running);
  }

  get pid(): number {
    return this.#process.pid;
  }

  async call<T = Record<string, unknown>>(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    body?: unknown,
    token: string | null = this.#token,
  ): Promise<AgentResponse<T>> {
    const res = await this.raw(method, path, body, token);
    return { status: res.status, body: (res.text ? JSON.parse(res.text) : null) as T };
  }

  /** The answer as text, for non-JSON pages (docs) and for bodies that must be sent verbatim. */
  async raw(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    body?: unknown,
    token: string | null = this.#token,
  ): Promise<{ status: number; text: string; contentType: string }> {
    const headers: Record<string, string> = {};
    if (token !== null) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await request(`http://agent/agent/v1${path}`, {
      method,
      dispatcher: this.#http,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const contentType = String(res.headers['content-type'] ?? '');
    return { status: res.statusCode, text: await res.body.text(), contentType };
  }

  async log(): Promise<string> {
    return readFile(this.logPath, 'utf8').catch(() => '');
  }

  /** SIGTERM: a clean shutdown (SIGKILL only if it hangs); resolves with the exit code. */
  async terminate(): Promise<number | null> {
    const exit = await this.#process.stop();
    await this.#closeHttp();
    return exit.code;
  }

  /** SIGKILL: the agent gets no chance to clean up, like a crash. */
  async kill(): Promise<void> {
    await this.#process.kill();
    await this.#closeHttp();
  }

  async #closeHttp(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#http.close();
  }
}
