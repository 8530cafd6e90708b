// Test helper: runs the Firecracker simulator as a real child process on a Unix socket in a
// fresh temp dir, and creates the small image files a VM configuration points at.
//
//   const sim = await startSimulator({ id: 'my-vm' });
//   // talk HTTP to sim.socketPath ...
//   await sim.stop(); // SIGKILL, then removes sim.dir (and the netns, if one was made)
//
// Options: `id` (--id), `args` (extra command-line arguments), `env` (extra environment, e.g.
// HEARTH_SIM_SHUTDOWN_DELAY_MS), `netns: true` (root only: run inside a throwaway network
// namespace holding a TAP named by `tapName`), `startupTimeoutMs` (default 10 s).
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { demoKernelBytes } from '../../src/demo-images.ts';
import { SIMULATOR_BIN_PATH } from '../../src/simulator-path.ts';

const run = promisify(execFile);

export interface StartSimulatorOptions {
  id?: string;
  args?: string[];
  env?: Record<string, string>;
  netns?: boolean;
  startupTimeoutMs?: number;
}

export interface RunningSimulator {
  /** API socket (`<dir>/api.sock`). */
  socketPath: string;
  /** Temp dir owned by this simulator; removed by stop(). */
  dir: string;
  pid: number;
  process: ChildProcess;
  /** stdout and stderr received so far (log lines, guest console). */
  output(): string;
  /** Name of the TAP that exists in the simulator's namespace (only with `netns: true`). */
  tapName?: string;
  /** Kills the process (SIGKILL) and removes the temp dir and namespace. Idempotent. */
  stop(): Promise<void>;
}

/** True once something accepts connections on the socket. */
export function canConnect(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const conn = net.createConnection(socketPath);
    conn.once('connect', () => {
      conn.destroy();
      resolve(true);
    });
    conn.once('error', () => resolve(false));
  });
}

export async function startSimulator(opts: StartSimulatorOptions = {}): Promise<RunningSimulator> {
  const dir = await mkdtemp(join(tmpdir(), 'hearth-fcsim-'));
  const socketPath = join(dir, 'api.sock');
  const simArgs = ['--api-sock', socketPath, '--id', opts.id ?? 'hearth-sim', ...(opts.args ?? [])];
  let netnsName: string | undefined;
  let tapName: string | undefined;
  let command = SIMULATOR_BIN_PATH;
  let commandArgs = simArgs;
  if (opts.netns) {
    netnsName = `hearth-sim-${randomBytes(4).toString('hex')}`;
    tapName = 'tap0';
    await run('ip', ['netns', 'add', netnsName]);
    await run('ip', ['-n', netnsName, 'tuntap', 'add', tapName, 'mode', 'tap']);
    command = 'ip';
    commandArgs = ['netns', 'exec', netnsName, SIMULATOR_BIN_PATH, ...simArgs];
  }
  const child = spawn(command, commandArgs, {
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  let spawnFailed = false;
  child.once('error', (err) => {
    spawnFailed = true;
    output += `${err}\n`;
  });
  const running = () => !spawnFailed && child.exitCode === null && child.signalCode === null;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (running()) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
    if (netnsName) await run('ip', ['netns', 'delete', netnsName]).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + (opts.startupTimeoutMs ?? 10_000);
  while (!(await canConnect(socketPath))) {
    if (!running() || Date.now() > deadline) {
      await stop();
      throw new Error(`simulator did not start listening on ${socketPath}:\n${output}`);
    }
    await sleep(20);
  }
  return {
    socketPath,
    dir,
    pid: child.pid!,
    process: child,
    output: () => output,
    tapName,
    stop,
  };
}

/** The package's demo kernel: passes the simulator's (and linux-loader's) ELF checks. */
export const elfKernelHeader = (): Buffer => demoKernelBytes();

export interface FixtureImages {
  kernel: string;
  initrd: string;
  rootfs: string;
  data1: string;
  data2: string;
}

async function sparseFile(path: string, bytes: number): Promise<void> {
  const handle = await open(path, 'w');
  await handle.truncate(bytes);
  await handle.close();
}

/** Creates vmlinux (ELF header), initrd.img, sparse rootfs.img 64 MiB, data1.img 16 MiB, data2.img 32 MiB. */
export async function fixtureImages(dir: string): Promise<FixtureImages> {
  const files = {
    kernel: join(dir, 'vmlinux'),
    initrd: join(dir, 'initrd.img'),
    rootfs: join(dir, 'rootfs.img'),
    data1: join(dir, 'data1.img'),
    data2: join(dir, 'data2.img'),
  };
  await writeFile(files.kernel, elfKernelHeader());
  await writeFile(files.initrd, Buffer.alloc(4096));
  await sparseFile(files.rootfs, 64 * 1024 * 1024);
  await sparseFile(files.data1, 16 * 1024 * 1024);
  await sparseFile(files.data2, 32 * 1024 * 1024);
  return files;
}
