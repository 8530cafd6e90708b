// The subset of Firecracker's command line the simulator understands, parsed the way
// Firecracker's own arg_parser does (`--name value`, flags without value, no positionals).

export interface SimulatorArgs {
  apiSock: string | null;
  id: string;
  configFile: string | null;
  noApi: boolean;
  logPath: string | null;
  level: string | null;
  showLevel: boolean;
  showLogOrigin: boolean;
  metricsPath: string | null;
  maxPayloadBytes: number;
  version: boolean;
  help: boolean;
}

const WITH_VALUE = new Set([
  'api-sock',
  'id',
  'config-file',
  'log-path',
  'level',
  'metrics-path',
  'http-api-max-payload-size',
  'mmds-size-limit',
  'seccomp-filter',
  'start-time-us',
  'start-time-cpu-us',
  'parent-cpu-time-us',
  'module',
]);
const FLAGS = new Set([
  'no-api',
  'no-seccomp',
  'boot-timer',
  'show-level',
  'show-log-origin',
  'version',
  'help',
  'enable-pci',
]);

/** Mirrors Firecracker's `UtilsArgParserError` variants, rendered with `{:?}`. */
export type ArgError =
  | { kind: 'UnexpectedArgument'; arg: string }
  | { kind: 'MissingValue'; arg: string }
  | { kind: 'DuplicateArgument'; arg: string }
  | { kind: 'MissingArgument'; arg: string };

export function describeArgError(err: ArgError): string {
  return `${err.kind}(${JSON.stringify(err.arg)})`;
}

export function parseArgs(
  argv: string[],
): { ok: true; args: SimulatorArgs } | { ok: false; error: ArgError } {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    const name = raw.startsWith('--') ? raw.slice(2) : null;
    if (name === null || (!WITH_VALUE.has(name) && !FLAGS.has(name))) {
      return { ok: false, error: { kind: 'UnexpectedArgument', arg: raw.replace(/^--/, '') } };
    }
    if (values.has(name) || flags.has(name))
      return { ok: false, error: { kind: 'DuplicateArgument', arg: name } };
    if (FLAGS.has(name)) {
      flags.add(name);
      continue;
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--'))
      return { ok: false, error: { kind: 'MissingValue', arg: name } };
    values.set(name, value);
    i++;
  }
  const args: SimulatorArgs = {
    apiSock: values.get('api-sock') ?? null,
    id: values.get('id') ?? 'anonymous-instance',
    configFile: values.get('config-file') ?? null,
    noApi: flags.has('no-api'),
    logPath: values.get('log-path') ?? null,
    level: values.get('level') ?? null,
    showLevel: flags.has('show-level'),
    showLogOrigin: flags.has('show-log-origin'),
    metricsPath: values.get('metrics-path') ?? null,
    maxPayloadBytes: Number(values.get('http-api-max-payload-size') ?? 51200),
    version: flags.has('version'),
    help: flags.has('help'),
  };
  if (args.version || args.help) return { ok: true, args };
  if (args.noApi && !args.configFile)
    return { ok: false, error: { kind: 'MissingArgument', arg: 'config-file' } };
  if (!args.noApi && !args.apiSock)
    return { ok: false, error: { kind: 'MissingArgument', arg: 'api-sock' } };
  return { ok: true, args };
}
