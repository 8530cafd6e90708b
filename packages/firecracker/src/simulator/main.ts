// Entry point of Hearth's Firecracker simulator (bin/firecracker-sim.mjs): Firecracker's
// command line and process lifecycle around the API server. SIGTERM/SIGKILL keep their
// default action (immediate exit, API socket file left behind), as with the real binary.
// Fatal errors follow Firecracker's main(): the error is logged, `Error: <debug form>` goes
// to stderr, then "Firecracker exiting with error" is logged and the process exits.
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { debugArgError, displayArgError, parseArgs, type SimulatorArgs } from './cli-args.ts';
import { bootFromConfigFile } from './config-file.ts';
import { Guest } from './guest.ts';
import { type ApiRequest, startApiServer } from './http-server.ts';
import { LogSink } from './log-sink.ts';
import type { SimContext } from './request.ts';
import { FIRECRACKER_VERSION } from './resources/actions.ts';
import { applyMetrics } from './resources/logger-metrics.ts';
import { route } from './router.ts';
import { LOG_LEVELS } from './schemas.ts';
import { VmmModel } from './vmm-model.ts';

/** FcExitCode values. */
const EXIT_GENERIC_ERROR = 1;
const EXIT_BAD_CONFIGURATION = 152;
const EXIT_ARG_PARSING = 153;

const USAGE = `Firecracker v${FIRECRACKER_VERSION} (Hearth simulator)

--api-sock <api-sock>: Path to unix domain socket used by the API.
--id <id>: MicroVM unique identifier.
--config-file <config-file>: Path to a file that contains the microVM configuration in JSON format.
--no-api: Start the microVM from --config-file without an API socket.
--log-path <log-path>: Path to a fifo or a file used for configuring the logger on startup.
--level <level>: Set the logger level.
--metrics-path <metrics-path>: Path to a fifo or a file used for configuring the metrics on startup.
--http-api-max-payload-size <bytes>: Http API request payload max size, in bytes.
--version: Print the binary version number.
`;

function envMs(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(env[name]);
  return env[name] !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** utils::validators::validate_instance_id: 1 to 64 bytes of alphanumerics and hyphens. */
function instanceIdProblem(id: string): string | null {
  const length = Buffer.byteLength(id);
  if (length < 1 || length > 64) return `InvalidLen(${length}, 1, 64)`;
  const chars = [...id];
  const bad = chars.findIndex((c) => c !== '-' && !/^[\p{Alphabetic}\p{N}]$/u.test(c));
  return bad < 0 ? null : `InvalidChar('${chars[bad]}', ${bad})`;
}

function exitWithError(log: LogSink, debug: string, display: string, code: number): never {
  log.write('error', display);
  process.stderr.write(`Error: ${debug}\n`);
  log.write('error', `Firecracker exiting with error. exit_code=${code}`);
  process.exit(code);
}

async function run(args: SimulatorArgs, log: LogSink): Promise<void> {
  const env = process.env;
  const exitProcess = (code: number) => process.exit(code);
  const guest = new Guest({
    log,
    shutdownDelayMs: envMs(env, 'HEARTH_SIM_SHUTDOWN_DELAY_MS', 300),
    ignoreCtrlAltDel: env.HEARTH_SIM_IGNORE_CTRL_ALT_DEL === '1',
    exitProcess,
  });
  const ctx: SimContext = { vmm: new VmmModel(args.id), log, guest, exitProcess, env };
  ctx.vmm.mmdsSizeLimit = args.mmdsSizeLimit;

  const level = args.level?.toLowerCase();
  if (level !== undefined && !LOG_LEVELS.includes(level)) {
    exitWithError(
      log,
      `InvalidLogLevel(InvalidLevel(${JSON.stringify(args.level)}))`,
      `Invalid value for logger level: ${args.level}.Possible values: [Error, Warning, Info, Debug]`,
      EXIT_BAD_CONFIGURATION,
    );
  }
  const loggerError = log.configure(args.logPath, {
    level: level === 'warning' ? 'warn' : level,
    showLevel: args.showLevel || null,
    showOrigin: args.showLogOrigin || null,
  });
  if (loggerError) {
    const text = `Failed to open target file: ${loggerError}`;
    exitWithError(
      log,
      `LoggerInitialization(${JSON.stringify(text)})`,
      `Could not initialize logger: ${text}`,
      EXIT_GENERIC_ERROR,
    );
  }
  log.info(`Running Firecracker v${FIRECRACKER_VERSION}`);
  if (args.metricsPath) {
    const error = applyMetrics(ctx, args.metricsPath);
    if (error) {
      exitWithError(
        log,
        `MetricsInitialization(${JSON.stringify(error)})`,
        `Could not initialize metrics: ${error}`,
        EXIT_GENERIC_ERROR,
      );
    }
  }

  if (!args.noApi && args.apiSock !== null) {
    const socketPath = args.apiSock;
    const bindFailed = (): never =>
      exitWithError(
        log,
        `RunWithApi(FailedToBindSocket(${JSON.stringify(socketPath)}))`,
        `RunWithApiError error: Failed to open the API socket at: ${socketPath}. Check that it is not already used.`,
        EXIT_GENERIC_ERROR,
      );
    await sleep(envMs(env, 'HEARTH_SIM_STARTUP_DELAY_MS', 0));
    if (fs.existsSync(socketPath)) bindFailed();
    await startApiServer({
      socketPath,
      maxPayloadBytes: args.maxPayloadBytes,
      handler: (request) => handle(ctx, request),
      exitProcess,
    }).catch(bindFailed);
    log.info(`Listening on API socket (${JSON.stringify(socketPath)}).`);
  }

  if (args.configFile) {
    const error = await bootFromConfigFile(ctx, args.configFile);
    if (error) {
      const [outer, inner] = args.noApi
        ? ['RunWithoutApiError', 'BuildMicroVMFromJson']
        : ['RunWithApi', 'BuildFromJson'];
      exitWithError(
        log,
        `${outer}(${inner}(${JSON.stringify(error)}))`,
        `${outer} error: Failed to build MicroVM from Json: ${error}`,
        EXIT_GENERIC_ERROR,
      );
    }
    log.info('Successfully started microvm that was configured from one single json');
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
  exitWithError(
    new LogSink('anonymous-instance'),
    `ParseArguments(${debugArgError(parsed.error)})`,
    `Arguments parsing error: ${displayArgError(parsed.error)} \n\nFor more information try --help.`,
    EXIT_ARG_PARSING,
  );
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
const idProblem = instanceIdProblem(parsed.args.id);
if (idProblem) {
  // Firecracker `expect()`s a valid id: a panic, and panics abort the process.
  process.stderr.write(
    `thread 'main' panicked at src/firecracker/src/main.rs:\nInvalid instance ID: ${idProblem}\n`,
  );
  process.kill(process.pid, 'SIGABRT');
}
await run(parsed.args, new LogSink(parsed.args.id));
