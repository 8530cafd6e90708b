// A long-lived `ip -force -batch -` process that runs `ip -batch` scripts without a process
// per launch: spawning `ip` costs ~10 ms on a busy host, a command through the running one
// well under a millisecond. It answers exactly as a one-shot `ip -batch -` would:
// - without `force` the script stops at its first failing command, and the error carries
//   that command's stderr and "Command failed -:N" (N counted in the script, from 1);
// - with `force` every command runs and the error carries each failure.
// Commands go one at a time, each followed by a sentinel (`link show dev <name>` of a name
// no link has), whose "does not exist" on stderr tells that the command before it is done;
// `ip` writes a command's errors before it reads the next line, so they come first.
// Scripts are serialised; a session whose process died or stopped answering is replaced.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { HostCommandError } from './host-command.ts';

const ANSWER_TIMEOUT_MS = 10_000;
/** `ip` appends this to each failing command's error, with the line number it counted */
const FAILED = /Command failed -:\d+\n/;

interface Pending {
  sentinel: string;
  resolve: (stderr: string) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export class IpSession {
  readonly #command: string[];
  #child: ChildProcessWithoutNullStreams | null = null;
  #stderr = '';
  #pending: Pending | null = null;
  #serial = 0;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(netns?: string) {
    this.#command = ['ip', ...(netns ? ['-n', netns] : []), '-force', '-batch', '-'];
  }

  /** Runs the script (one command per string); resolves as `ip -batch -` exiting 0 would. */
  run(commands: readonly string[], options: { force?: boolean } = {}): Promise<void> {
    const result = this.#queue.then(() => this.#runScript(commands, options.force ?? false));
    this.#queue = result.catch(() => {});
    return result;
  }

  /** Ends the process (the agent's shutdown); a later run starts a new one. */
  close(): void {
    this.#child?.stdin.end();
    this.#child = null;
  }

  async #runScript(commands: readonly string[], force: boolean): Promise<void> {
    const failures: string[] = [];
    for (const [index, command] of commands.entries()) {
      const stderr = await this.#runCommand(command);
      if (!FAILED.test(stderr)) continue;
      failures.push(`${stderr.replace(FAILED, '')}Command failed -:${index + 1}\n`);
      if (!force) break;
    }
    if (failures.length > 0) {
      throw new HostCommandError(
        [...this.#command.slice(0, -3), ...(force ? ['-force'] : []), '-batch', '-'],
        failures.join(''),
      );
    }
  }

  /** The stderr `ip` wrote for `command` ('' when it succeeded). */
  #runCommand(command: string): Promise<string> {
    if (/[\r\n]/.test(command)) throw new Error('an ip batch command is one line');
    const child = this.#process();
    // 15 characters at most, as every link name: "hxs" and a base-36 serial
    const sentinel = `hxs${(this.#serial++ % 36 ** 12).toString(36)}`;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#fail(new Error(`ip did not answer within ${ANSWER_TIMEOUT_MS} ms`));
      }, ANSWER_TIMEOUT_MS);
      this.#pending = { sentinel, resolve, reject, timer };
      child.stdin.write(`${command}\nlink show dev ${sentinel}\n`);
    });
  }

  #process(): ChildProcessWithoutNullStreams {
    if (this.#child) return this.#child;
    const [file, ...args] = this.#command as [string, ...string[]];
    const child = spawn(file, args, { stdio: 'pipe' });
    // an idle session must not keep the agent (or a test) alive; a command waiting keeps its timer
    child.unref();
    for (const stream of [child.stdin, child.stdout, child.stderr]) {
      (stream as unknown as { unref?: () => void }).unref?.();
    }
    child.stdout.resume(); // the commands Hearth batches print nothing it needs
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (child !== this.#child) return;
      this.#stderr += chunk;
      this.#settle();
    });
    const gone = (reason: string) => {
      if (child !== this.#child) return;
      this.#fail(new Error(`the ip session ended: ${reason}`));
    };
    child.on('error', (error) => gone(error.message));
    child.on('exit', (code, signal) => gone(`exit ${signal ?? code}`));
    child.stdin.on('error', (error) => gone(error.message));
    this.#child = child;
    this.#stderr = '';
    return child;
  }

  #settle(): void {
    const pending = this.#pending;
    if (!pending) return;
    const marker = `Device "${pending.sentinel}" does not exist.\n`;
    const at = this.#stderr.indexOf(marker);
    if (at < 0) return;
    // the sentinel's own "Command failed" line follows its message
    const rest = this.#stderr.slice(at + marker.length);
    const failedLine = FAILED.exec(rest);
    if (failedLine?.index !== 0) return;
    const stderr = this.#stderr.slice(0, at);
    this.#stderr = rest.slice(failedLine[0].length);
    this.#pending = null;
    clearTimeout(pending.timer);
    pending.resolve(stderr);
  }

  /** The process is unusable: the command waiting fails and the next one starts anew. */
  #fail(error: Error): void {
    const child = this.#child;
    this.#child = null;
    child?.kill('SIGKILL');
    const pending = this.#pending;
    this.#pending = null;
    if (pending) {
      clearTimeout(pending.timer);
      pending.reject(error);
    }
  }
}

/** One session per network namespace (undefined: the agent's own), for the process's life. */
const sessions = new Map<string | undefined, IpSession>();

export function ipSession(netns: string | undefined): IpSession {
  let session = sessions.get(netns);
  if (!session) {
    session = new IpSession(netns);
    sessions.set(netns, session);
  }
  return session;
}

/** Closes every session: the agent's shutdown, and tests. */
export function closeIpSessions(): void {
  for (const session of sessions.values()) session.close();
  sessions.clear();
}
