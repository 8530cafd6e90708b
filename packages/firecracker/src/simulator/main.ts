// Entry point of Hearth's Firecracker simulator (bin/firecracker-sim.mjs): Firecracker's
// command line and process lifecycle around the API server. SIGTERM/SIGKILL keep their
// default action (immediate exit, API socket file left behind), as with the real binary.
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { describeArgError, parseArgs, type SimulatorArgs } from './cli-args.ts';
import { bootFromConfigFile } from './config-file.ts';
import { Guest } from './guest.ts';
import { type ApiRequest, startApiServer } from './http-server.ts';
import { LogSink } from './log-sink.ts';
import type { SimContext } from './request.ts';
import { FIRECRACKER_VERSION } from './resources/actions.ts';
import { applyMetrics } from './resources/logger-metrics.ts';
import { route } from './router.ts';
import { VmmModel } from './vmm-model.ts';

const EXIT_GENERIC_ERROR = 1;
const EXIT_BAD_CONFIGURATION = 152;
const EXIT_ARG_PARSING = 153;

const USAGE = `Firecracker v${FIRECRACKER_VERSION} (Hearth simulator)
Usage: firecracker-sim --api-sock <path> [--id <id>] [--config-file <file> [--no-api]]
                       [--log-path <file>] [--level <level>] [--metrics-path <file>] [--version]
`;

function fail(message: string, code: number): never {
  process.stderr.write(`Error: ${message}\n`);
  process.exit(code);
}

function envMs(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(env[name]);
  return env[name] !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback;
}

async function run(args: SimulatorArgs): Promise<void> {
  const env = process.env;
  const log = new LogSink(args.id);
  const exitProcess = (code: number) => process.exit(code);
  const guest = new Guest({
    log,
    shutdownDelayMs: envMs(env, 'HEARTH_SIM_SHUTDOWN_DELAY_MS', 300),
    ignoreCtrlAltDel: env.HEARTH_SIM_IGNORE_CTRL_ALT_DEL === '1',
    exitProcess,
  });
  const ctx: SimContext = { vmm: new VmmModel(args.id), log, guest, exitProcess, env };

  if (args.logPath) {
    const error = log.configure(args.logPath, {
      level: args.level?.toLowerCase(),
      showLevel: args.showLevel,
      showOrigin: args.showLogOrigin,
    });
    if (error) fail(`Logger(Init(OpenFile(${JSON.stringify(error)})))`, EXIT_GENERIC_ERROR);
  }
  if (args.metricsPath) {
    const error = applyMetrics(ctx, args.metricsPath);
    if (error) fail(`Metrics(${JSON.stringify(error)})`, EXIT_GENERIC_ERROR);
  }
  log.info(`Running Firecracker v${FIRECRACKER_VERSION}`);

  if (args.apiSock !== null && !args.noApi) {
    const socketPath = args.apiSock;
    await sleep(envMs(env, 'HEARTH_SIM_STARTUP_DELAY_MS', 0));
    if (fs.existsSync(socketPath)) {
      fail(`RunWithApi(FailedToBindSocket(${JSON.stringify(socketPath)}))`, EXIT_GENERIC_ERROR);
    }
    await startApiServer({
      socketPath,
      maxPayloadBytes: args.maxPayloadBytes,
      handler: (request) => handle(ctx, request),
      exitProcess,
    }).catch(() =>
      fail(`RunWithApi(FailedToBindSocket(${JSON.stringify(socketPath)}))`, EXIT_GENERIC_ERROR),
    );
    log.info(`Listening on API socket (${JSON.stringify(socketPath)}).`);
  }

  if (args.configFile) {
    const error = await bootFromConfigFile(ctx, args.configFile);
    if (error) {
      const wrapper = args.noApi ? 'RunWithoutApiError' : 'RunWithApi';
      fail(`${wrapper}(BuildMicroVMFromJson(${JSON.stringify(error)}))`, EXIT_BAD_CONFIGURATION);
    }
  }
}

/** Firecracker's description of a request in its log (`describe` in parsed_request.rs). */
function describeRequest(request: ApiRequest): string {
  const method = request.method[0] + request.method.slice(1).toLowerCase();
  const head = `${method} request on ${JSON.stringify(request.path)}`;
  if (!request.body || request.path === '/mmds') return head;
  if (request.path === '/cpu-config') {
    return `${head}. To view the CPU template received by the API, configure log-level to DEBUG`;
  }
  return `${head} with body ${JSON.stringify(request.body.toString('utf8'))}`;
}

async function handle(ctx: SimContext, request: ApiRequest) {
  const counts = ctx.vmm.apiRequestCounts;
  counts[request.method] = (counts[request.method] ?? 0) + 1;
  ctx.log.info(`The API server received a ${describeRequest(request)}.`, 'fc_api');
  const response = await route(ctx, request);
  if (response.status >= 400) {
    const message = (response.body as { fault_message?: string } | undefined)?.fault_message;
    ctx.log.write(
      'error',
      `Received Error. Status code: 400 Bad Request. Message: ${message}`,
      'fc_api',
    );
  } else {
    const status = response.status === 204 ? '204 No Content' : '200 OK';
    ctx.log.info(`The request was executed successfully. Status code: ${status}.`, 'fc_api');
  }
  return response;
}

// Like Firecracker (which ignores SIGPIPE), losing the reader of stdout must not kill the VMM.
process.stdout.on('error', () => undefined);
const parsed = parseArgs(process.argv.slice(2));
if (!parsed.ok) {
  process.stderr.write(
    `Arguments parsing error: ${describeArgError(parsed.error)}\n\nFor more information try --help.\n`,
  );
  fail(`ParseArguments(${describeArgError(parsed.error)})`, EXIT_ARG_PARSING);
}
if (parsed.args.version) {
  process.stdout.write(
    `Firecracker v${FIRECRACKER_VERSION}\nHearth Firecracker simulator: same command line and API, no virtualization\n`,
  );
  process.exit(0);
}
if (parsed.args.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
await run(parsed.args);
