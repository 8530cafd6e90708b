// Replays one scenario of the golden Firecracker transcript against a fresh process (the
// simulator, or a real binary) in its own temp dir and network namespace, and lists every
// difference from what the real Firecracker v1.14.2 answered.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, open, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { rawRequest } from './raw-http.ts';
import { canConnect, elfKernelHeader } from './simulator.ts';

const run = promisify(execFile);

// The transcript's own placeholders (literal text, not template strings).
// biome-ignore lint/suspicious/noTemplateCurlyInString: literal transcript placeholder
const TMP_MARK = '${TMP}';
// biome-ignore lint/suspicious/noTemplateCurlyInString: literal transcript placeholder
const COLUMN_MARK = 'column ${COLUMN}';

export interface ContractStep {
  method: string;
  path: string;
  body: unknown;
  rawBody?: string;
  bodyGenerated?: { kind: 'padded-object'; key: string; bytes: number; totalBytes: number };
  status: number | null;
  response: unknown;
  responseText?: string;
  deprecationHeader?: string;
  transportError?: string;
  note?: string;
}

export interface ContractScenario {
  name: string;
  description: string;
  setup?: {
    files?: Record<string, number | { bytes: number; fill: number }>;
    dirs?: string[];
    fifos?: string[];
    remove?: string[];
  };
  launch?: { dropCaps?: string[] };
  steps: ContractStep[];
  processAliveAtEnd: boolean;
}

export interface BinaryUnderTest {
  path: string;
  isSimulator: boolean;
  env: Record<string, string>;
}

async function sparseFile(path: string, bytes: number): Promise<void> {
  const handle = await open(path, 'w');
  await handle.truncate(bytes);
  await handle.close();
}

async function prepareDir(tmp: string, scenario: ContractScenario, bin: BinaryUnderTest) {
  const kernel = process.env.HEARTH_TEST_KERNEL;
  const initrd = process.env.HEARTH_TEST_INITRD;
  if (!bin.isSimulator && kernel && initrd) {
    await symlink(kernel, join(tmp, 'vmlinux'));
    await symlink(initrd, join(tmp, 'initrd.img'));
  } else {
    await writeFile(join(tmp, 'vmlinux'), elfKernelHeader());
    await writeFile(join(tmp, 'initrd.img'), Buffer.alloc(4096));
  }
  await sparseFile(join(tmp, 'rootfs.img'), 64 * 1024 * 1024);
  await sparseFile(join(tmp, 'data1.img'), 16 * 1024 * 1024);
  await sparseFile(join(tmp, 'data2.img'), 32 * 1024 * 1024);
  const setup = scenario.setup ?? {};
  for (const [name, spec] of Object.entries(setup.files ?? {})) {
    if (typeof spec === 'number') await sparseFile(join(tmp, name), spec);
    else await writeFile(join(tmp, name), Buffer.alloc(spec.bytes, spec.fill));
  }
  for (const name of setup.dirs ?? []) await mkdir(join(tmp, name));
  for (const name of setup.fifos ?? []) await run('mkfifo', [join(tmp, name)]);
  for (const name of setup.remove ?? []) await rm(join(tmp, name), { force: true });
}

function requestFor(step: ContractStep, tmp: string) {
  const headers: Record<string, string> = { Host: 'localhost' };
  let body: Buffer | undefined;
  if (step.rawBody !== undefined) {
    body = Buffer.from(step.rawBody.replaceAll(TMP_MARK, tmp), 'utf8');
  } else if (step.bodyGenerated) {
    const g = step.bodyGenerated;
    body = Buffer.from(JSON.stringify({ [g.key]: 'x'.repeat(g.bytes) }), 'utf8');
    if (body.length !== g.totalBytes) throw new Error(`generated body is ${body.length} bytes`);
  } else if (step.body !== null) {
    body = Buffer.from(JSON.stringify(step.body).replaceAll(TMP_MARK, tmp), 'utf8');
  }
  if (body) {
    headers['Content-Type'] = 'application/json';
    headers['Content-Length'] = String(body.length);
  } else if (step.method === 'PUT' || step.method === 'PATCH') {
    headers['Content-Length'] = '0';
  }
  return { method: step.method, path: step.path, headers, body };
}

/** Puts `${TMP}` back, and `${COLUMN}` where the transcript has it (columns depend on TMP's length). */
function normalize(text: string, tmp: string, expected: string): string {
  let out = text.replaceAll(tmp, TMP_MARK);
  if (expected.includes(COLUMN_MARK)) out = out.replace(/column \d+/g, COLUMN_MARK);
  return out;
}

async function compareStep(socketPath: string, tmp: string, step: ContractStep): Promise<string[]> {
  const result = await rawRequest(socketPath, requestFor(step, tmp));
  if (step.transportError) {
    return result.ok
      ? [`expected transport error ${step.transportError}, got HTTP ${result.response.status}`]
      : result.code === step.transportError
        ? []
        : [`expected transport error ${step.transportError}, got ${result.code}`];
  }
  if (!result.ok) return [`transport error ${result.code}`];
  const { response } = result;
  const problems: string[] = [];
  if (response.status !== step.status)
    problems.push(`status ${response.status}, expected ${step.status}`);
  const text = response.body.toString('utf8');
  if (step.responseText !== undefined) {
    const actual = normalize(text, tmp, step.responseText);
    if (actual !== step.responseText) {
      problems.push(
        `body ${JSON.stringify(actual)}, expected ${JSON.stringify(step.responseText)}`,
      );
    }
  } else if (step.response === null) {
    if (text !== '') problems.push(`body ${text}, expected none`);
  } else {
    const expectedText = JSON.stringify(step.response);
    let actual: string;
    try {
      actual = normalize(JSON.stringify(JSON.parse(text)), tmp, expectedText);
    } catch {
      actual = `(not JSON) ${text}`;
    }
    if (actual !== expectedText) problems.push(`body ${actual}\n      expected ${expectedText}`);
  }
  const deprecation = response.headers.deprecation;
  if (deprecation !== step.deprecationHeader) {
    problems.push(`Deprecation header ${deprecation}, expected ${step.deprecationHeader}`);
  }
  if (
    !response.statusLine.startsWith(`HTTP/1.1 ${response.status} `) ||
    response.statusLine.length !== 13
  ) {
    problems.push(`status line ${JSON.stringify(response.statusLine)} has a reason phrase`);
  }
  // The raw HTTP details the recorder checked with `curl -i` (README "HTTP details").
  if (response.headers.server !== 'Firecracker API') {
    problems.push('missing Server: Firecracker API');
  }
  if (response.headers.connection !== 'keep-alive') problems.push('missing Connection: keep-alive');
  const contentType = response.headers['content-type'];
  if (text === '' && contentType !== undefined) {
    problems.push(`Content-Type ${contentType} without a body`);
  }
  if (text !== '' && contentType !== 'application/json') {
    problems.push(`Content-Type ${contentType}, expected application/json`);
  }
  return problems;
}

function alive(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/**
 * Whether the scenario needs root: network interfaces need the TAPs of a private network
 * namespace, and dropping a capability needs one to drop. The others can run as any user.
 */
export function needsRoot(scenario: ContractScenario): boolean {
  return (
    (scenario.launch?.dropCaps?.length ?? 0) > 0 ||
    scenario.steps.some(
      (s) => s.path.startsWith('/network-interfaces') || s.path === '/mmds/config',
    )
  );
}

/**
 * Runs the scenario; returns human-readable mismatches (empty when it matches the transcript).
 * As root every scenario gets its own network namespace; otherwise only `needsRoot() === false`
 * scenarios can run, directly in the caller's namespace.
 */
export async function replayScenario(
  scenario: ContractScenario,
  bin: BinaryUnderTest,
  useNetns: boolean,
): Promise<string[]> {
  const tmp = await mkdtemp(join(tmpdir(), 'hearth-contract-'));
  const netns = useNetns ? `hearth-ct-${randomBytes(5).toString('hex')}` : null;
  let child: ChildProcess | undefined;
  let output = '';
  try {
    await prepareDir(tmp, scenario, bin);
    if (netns) {
      await run('ip', ['netns', 'add', netns]);
      for (const tap of ['tap0', 'tap1']) {
        await run('ip', ['-n', netns, 'tuntap', 'add', tap, 'mode', 'tap']);
      }
    }
    const socketPath = join(tmp, 'api.sock');
    const fcArgs = [bin.path, '--api-sock', socketPath, '--id', 'fc-contract'];
    const drop = (scenario.launch?.dropCaps ?? []).map((c) => `-${c}`).join(',');
    const capsArgs = drop ? ['setpriv', `--inh-caps=${drop}`, `--bounding-set=${drop}`] : [];
    const command = [...(netns ? ['ip', 'netns', 'exec', netns] : []), ...capsArgs, ...fcArgs];
    child = spawn(command[0]!, command.slice(1), {
      env: { ...process.env, ...bin.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    const deadline = Date.now() + 10_000;
    while (!(await canConnect(socketPath))) {
      if (!alive(child) || Date.now() > deadline)
        return [`process did not start listening:\n${output}`];
      await sleep(10);
    }
    const mismatches: string[] = [];
    for (const [index, step] of scenario.steps.entries()) {
      const problems = await compareStep(socketPath, tmp, step);
      for (const problem of problems) {
        mismatches.push(`${scenario.name} step ${index} ${step.method} ${step.path}: ${problem}`);
      }
    }
    if (!scenario.processAliveAtEnd) {
      for (let i = 0; i < 100 && alive(child); i++) await sleep(20);
    }
    if (alive(child) !== scenario.processAliveAtEnd) {
      mismatches.push(
        `${scenario.name}: process alive at end is ${alive(child)}, expected ${scenario.processAliveAtEnd}`,
      );
    }
    return mismatches;
  } finally {
    if (child && alive(child)) {
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
    if (netns) await run('ip', ['netns', 'delete', netns]).catch(() => undefined);
    await rm(tmp, { recursive: true, force: true });
  }
}
