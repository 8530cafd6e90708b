// Runs iproute2's `ip` with an argument array (never a shell), optionally inside a network
// namespace via `ip -n <netns>` so tests can work in a throwaway namespace with the same code.
import { execFile } from 'node:child_process';
import { AgentError } from '../errors.ts';

const IP_TIMEOUT_MS = 10_000;

export class IpCommandError extends AgentError {
  constructor(
    readonly args: readonly string[],
    readonly stderr: string,
  ) {
    super('HOST_COMMAND_FAILED', `ip ${args.join(' ')} failed: ${stderr.trim() || 'no output'}`, {
      command: ['ip', ...args],
      stderr: stderr.trim(),
    });
    this.name = 'IpCommandError';
  }

  /** iproute2 has no error codes: "no such device" is recognised by its two wordings. */
  get isNoSuchDevice(): boolean {
    return /does not exist|Cannot find device/.test(this.stderr);
  }

  get isAlreadyExists(): boolean {
    return /File exists/.test(this.stderr);
  }
}

export function runIp(netns: string | undefined, args: readonly string[]): Promise<string> {
  const fullArgs = netns ? ['-n', netns, ...args] : [...args];
  return new Promise((resolve, reject) => {
    execFile('ip', fullArgs, { timeout: IP_TIMEOUT_MS }, (error, stdout, stderr) => {
      if (error) reject(new IpCommandError(fullArgs, stderr || error.message));
      else resolve(stdout);
    });
  });
}
