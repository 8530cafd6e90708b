// Keeps the all-in-one's local agent running: when its process dies (a crash, kill -9, the
// OOM killer) another one is launched after a short backoff, on the same socket and with the
// same token, so the host row registered at start-up stays valid and nothing else needs to
// learn of the restart. VMMs are detached processes: they survive their agent, and the new
// agent re-attaches to them as every agent start does. The backoff doubles while agents keep
// dying soon after their start, so an agent that cannot run does not spin the machine.
import type { LocalAgent } from './local-agent.ts';

export interface SupervisorLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface Backoff {
  initialMs: number;
  maxMs: number;
  /** an agent that ran this long counts as healthy: the next restart waits initialMs again */
  resetAfterMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: 500, maxMs: 30_000, resetAfterMs: 60_000 };

/** launches an agent; with `token`, the one the first agent was given */
export type LaunchLocalAgent = (token?: string) => Promise<LocalAgent>;

export class AgentSupervisor {
  #current: LocalAgent;
  #startedAt = Date.now();
  #failures = 0;
  #stopping = false;
  #timer: NodeJS.Timeout | null = null;
  #launching: Promise<void> | null = null;

  private constructor(
    first: LocalAgent,
    private readonly launch: LaunchLocalAgent,
    private readonly log: SupervisorLog,
    private readonly backoff: Backoff,
  ) {
    this.#current = first;
    this.#watch(first);
  }

  /** Launches the first agent; a failure here is the caller's (the start fails). */
  static async start(
    launch: LaunchLocalAgent,
    log: SupervisorLog,
    backoff: Backoff = DEFAULT_BACKOFF,
  ): Promise<AgentSupervisor> {
    return new AgentSupervisor(await launch(), launch, log, backoff);
  }

  /** The agent process of now: a new one after each restart (exited() while it is down). */
  get current(): LocalAgent {
    return this.#current;
  }

  /**
   * No more restarts: for a shutdown, whose first step must not race an agent that exits
   * because it got the same Ctrl+C (it is in the terminal's process group).
   */
  stopRestarting(): void {
    this.#stopping = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** Stops supervising, then the agent (a restart in flight included). VMMs keep running. */
  async stop(): Promise<void> {
    this.stopRestarting();
    await this.#launching;
    await this.#current.stop();
  }

  #watch(agent: LocalAgent): void {
    void agent.whenExited().then((exit) => {
      if (this.#stopping || agent !== this.#current) return;
      if (Date.now() - this.#startedAt >= this.backoff.resetAfterMs) this.#failures = 0;
      this.#schedule(
        {
          agent_pid: agent.pid,
          exit_code: exit.code,
          exit_signal: exit.signal,
          log: agent.logPath,
        },
        'local agent exited; restarting it',
      );
    });
  }

  #schedule(facts: object, msg: string): void {
    const delay = Math.min(this.backoff.maxMs, this.backoff.initialMs * 2 ** this.#failures);
    this.#failures++;
    this.log.error({ ...facts, backoff_ms: delay }, msg);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#launching = this.#restart().finally(() => {
        this.#launching = null;
      });
    }, delay);
    // a pending restart must not keep a process alive that is otherwise done
    this.#timer.unref();
  }

  async #restart(): Promise<void> {
    if (this.#stopping) return;
    let agent: LocalAgent;
    try {
      agent = await this.launch(this.#current.token);
    } catch (err) {
      if (!this.#stopping) {
        this.#schedule(
          { err: (err as Error).message, log: this.#current.logPath },
          'the local agent did not come back; trying again',
        );
      }
      return;
    }
    this.#current = agent;
    this.#startedAt = Date.now();
    if (this.#stopping) return; // stop() waits for this launch, then stops this agent
    this.log.info({ agent_pid: agent.pid, addr: agent.addr }, 'local agent restarted');
    this.#watch(agent);
  }
}
