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
  mmdsSizeLimit: number;
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

/** The `{:?}` rendering Firecracker prints on stderr (`Error: ParseArguments(<this>)`). */
export function debugArgError(err: ArgError): string {
  return `${err.kind}(${JSON.stringify(err.arg)})`;
}

/** The `Display` text Firecracker logs for the same error. */
export function displayArgError(err: ArgError): string {
  switch (err.kind) {
    case 'MissingArgument':
      return `Argument '${err.arg}' required, but not found.`;
    case 'MissingValue':
      return `The argument '${err.arg}' requires a value, but none was supplied.`;
    case 'UnexpectedArgument':
      return `Found argument '${err.arg}' which wasn't expected, or isn't valid in this context.`;
    case 'DuplicateArgument':
      return `The argument '${err.arg}' was provided more than once.`;
  }
}

const fail = (kind: ArgError['kind'], arg: string) => ({
  ok: false as const,
  error: { kind, arg },
});

export function parseArgs(
  argv: string[],
): { ok: true; args: SimulatorArgs } | { ok: false; error: ArgError } {
  // Everything after `--` is left to the program; --help and --version win over the rest.
  const separator = argv.indexOf('--');
  const own = separator < 0 ? argv : argv.slice(0, separator);
  const values = new Map<string, string>();
  const flags = new Set<string>();
  if (own.includes('--help')) flags.add('help');
  else if (own.includes('--version')) flags.add('version');
  for (let i = 0; i < own.length && flags.size === 0; i++) {
    const raw = own[i] ?? '';
    if (!raw.startsWith('--')) return fail('UnexpectedArgument', raw);
    const name = raw.slice(2);
    if (!WITH_VALUE.has(name) && !FLAGS.has(name)) return fail('UnexpectedArgument', name);
    if (values.has(name)) return fail('DuplicateArgument', name);
    if (FLAGS.has(name)) {
      values.set(name, 'true');
      continue;
    }
    const value = own[i + 1];
    if (value === undefined || value.startsWith('--')) return fail('MissingValue', name);
    values.set(name, value);
    i++;
  }
  const args: SimulatorArgs = {
    apiSock: values.get('api-sock') ?? null,
    id: values.get('id') ?? 'anonymous-instance',
    configFile: values.get('config-file') ?? null,
    noApi: values.has('no-api'),
    logPath: values.get('log-path') ?? null,
    level: values.get('level') ?? null,
    showLevel: values.has('show-level'),
    showLogOrigin: values.has('show-log-origin'),
    metricsPath: values.get('metrics-path') ?? null,
    maxPayloadBytes: Number(values.get('http-api-max-payload-size') ?? 51200),
    mmdsSizeLimit: Number(
      values.get('mmds-size-limit') ?? values.get('http-api-max-payload-size') ?? 51200,
    ),
    version: flags.has('version'),
    help: flags.has('help'),
  };
  if (args.version || args.help) return { ok: true, args };
  if (args.noApi && !args.configFile) return fail('MissingArgument', 'config-file');
  // Firecracker defaults to /run/firecracker.socket; the simulator insists on an explicit
  // path so a test can never collide with a real VMM's socket.
  if (!args.noApi && !args.apiSock) return fail('MissingArgument', 'api-sock');
  return { ok: true, args };
}
