// Runs the real agent (src/main.ts) as a child process inside a network namespace, with
// the simulator as its Firecracker binary, and talks to it over its Unix socket. Killing
// it with SIGKILL is how tests restart an agent under running VMMs.
import { type ChildProcess, spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { SIMULATOR_BIN_PATH } from '@hearth/firecracker';
import { Agent, request } from 'undici';

const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
const START_TIMEOUT_MS = 20_000;

export interface AgentProcessOptions {
  netns: string;
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
  readonly #child: ChildProcess;
  readonly #http: Agent;
  readonly #token: string;
  readonly #exited: Promise<void>;
  #closed = false;

  private constructor(options: AgentProcessOptions) {
    this.socketPath = join(options.dir, 'agent.sock');
    this.logPath = join(options.dir, 'agent.log');
    this.#token = options.token;
    const log = openSync(this.logPath, 'a');
    this.#child = spawn(
      'ip',
      ['netns', 'exec', options.netns, process.execPath, '--import', 'tsx', MAIN],
      {
        env: {
          PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin',
          HEARTH_AGENT_LISTEN: `unix:${this.socketPath}`,
          HEARTH_AGENT_TOKEN: options.token,
          HEARTH_STORAGE_ROOT: join(options.dir, 'vms'),
          HEARTH_ALLOWED_PATHS: join(options.dir, 'images'),
          HEARTH_FIRECRACKER_BIN: SIMULATOR_BIN_PATH,
          HEARTH_BRIDGE: 'hearthbr0',
          ...options.env,
        },
        stdio: ['ignore', log, log],
      },
    );
    this.#exited = new Promise((resolve) => this.#child.once('exit', () => resolve()));
    this.#http = new Agent({ connect: { socketPath: this.socketPath } });
  }

  static async start(options: AgentProcessOptions): Promise<AgentProcess> {
    const agent = new AgentProcess(options);
    await agent.#waitHealthy();
    return agent;
  }

  get pid(): number {
    return this.#child.pid ?? -1;
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

  /** SIGTERM: a clean shutdown; resolves with the exit code. */
  async terminate(): Promise<number | null> {
    this.#child.kill('SIGTERM');
    await this.#exited;
    await this.#closeHttp();
    return this.#child.exitCode;
  }

  /** SIGKILL: the agent gets no chance to clean up, like a crash. */
  async kill(): Promise<void> {
    if (this.#child.exitCode === null && this.#child.signalCode === null) {
      this.#child.kill('SIGKILL');
    }
    await this.#exited;
    await this.#closeHttp();
  }

  async #closeHttp(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#http.close();
  }

  async #waitHealthy(): Promise<void> {
    const deadline = Date.now() + START_TIMEOUT_MS;
    for (;;) {
      if (this.#child.exitCode !== null) {
        throw new Error(`agent exited with ${this.#child.exitCode}:\n${await this.log()}`);
      }
      try {
        const res = await this.call('GET', '/health', undefined, null);
        if (res.status === 200) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        await this.kill();
        throw new Error(`agent did not become healthy:\n${await this.log()}`);
      }
      await sleep(100);
    }
  }
}
