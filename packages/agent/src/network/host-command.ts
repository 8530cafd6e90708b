// Runs host networking tools (`ip`, `nft`, `sysctl`) with argument arrays, never a shell.
// With a network namespace set, `ip` gets `-n <netns>` and other tools run under
// `ip netns exec <netns>`, so tests work in a throwaway namespace with the same code.
import { execFile } from 'node:child_process';
import { AgentError } from '../errors.ts';

const COMMAND_TIMEOUT_MS = 10_000;

export class HostCommandError extends AgentError {
  constructor(
    readonly command: readonly string[],
    readonly stderr: string,
  ) {
    super('HOST_COMMAND_FAILED', `${command.join(' ')} failed: ${stderr.trim() || 'no output'}`, {
      command: [...command],
      stderr: stderr.trim(),
    });
    this.name = 'HostCommandError';
  }

  /** iproute2 has no error codes: "no such device" is recognised by its two wordings. */
  get isNoSuchDevice(): boolean {
    return /does not exist|Cannot find device/.test(this.stderr);
  }

  get isAlreadyExists(): boolean {
    return /File exists/.test(this.stderr);
  }
}

/** `input` is written to stdin: the commands of `ip -batch -`, one per line. */
export function runIp(
  netns: string | undefined,
  args: readonly string[],
  input?: string,
): Promise<string> {
  return run(netns ? ['ip', '-n', netns, ...args] : ['ip', ...args], input);
}

/** `input` is written to the tool's stdin (e.g. an nft script for `nft -f -`). */
export function runInNetns(
  netns: string | undefined,
  command: readonly string[],
  input?: string,
): Promise<string> {
  return run(netns ? ['ip', 'netns', 'exec', netns, ...command] : command, input);
}

function run(command: readonly string[], input?: string): Promise<string> {
  const [file, ...args] = command;
  if (!file) throw new Error('empty command');
  return new Promise((resolve, reject) => {
    const child = execFile(file, args, { timeout: COMMAND_TIMEOUT_MS }, (error, stdout, stderr) => {
      if (error) reject(new HostCommandError(command, stderr || error.message));
      else resolve(stdout);
    });
    if (input !== undefined) child.stdin?.end(input);
  });
}
