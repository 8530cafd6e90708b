// What every command gets: the API client for --url/--token, how to print (table, json,
// yaml or ids only) and the colours of each stream.
import { createHearthClient, type HearthClient } from '@hearth/api/client';
import { call } from './api.ts';
import { colourWanted, type Palette, palette } from './output/colour.ts';
import { toYaml } from './output/yaml.ts';

export const DEFAULT_URL = 'http://127.0.0.1:8080';
export type OutputFormat = 'table' | 'json' | 'yaml';

export interface GlobalOptions {
  url?: string;
  token?: string;
  output?: OutputFormat;
  quiet?: boolean;
}

export interface Context {
  client: HearthClient;
  baseUrl: string;
  token: string | null;
  format: OutputFormat;
  quiet: boolean;
  /** true for table output without -q: notes and progress are for people */
  human: boolean;
  colour: Palette;
  errColour: Palette;
  /** stderr is a terminal (spinner) */
  interactive: boolean;
  /** `client.GET(...)` and friends as values; API errors thrown as CliError */
  call<T>(request: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T>;
  /** writes to stdout */
  print(text: string): void;
  /** a note for people on stderr (silent with -q and -o json/yaml) */
  note(text: string): void;
  /** the API's objects for -o json / -o yaml */
  printData(value: unknown): void;
}

export function createContext(options: GlobalOptions, env: NodeJS.ProcessEnv): Context {
  const baseUrl = (options.url ?? env.HEARTH_URL ?? DEFAULT_URL).replace(/\/+$/, '');
  const token = options.token ?? env.HEARTH_TOKEN ?? null;
  const format = options.output ?? 'table';
  const quiet = options.quiet === true;
  const human = format === 'table' && !quiet;
  const client = createHearthClient({ baseUrl, token: () => token });
  return {
    client,
    baseUrl,
    token,
    format,
    quiet,
    human,
    colour: palette(colourWanted(process.stdout, env)),
    errColour: palette(colourWanted(process.stderr, env)),
    interactive: human && process.stderr.isTTY === true,
    call: (request) => call(baseUrl, request),
    print: (text) => process.stdout.write(text),
    note: (text) => {
      if (human) process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
    },
    printData: (value) =>
      process.stdout.write(
        format === 'yaml' ? toYaml(value) : `${JSON.stringify(value, null, 2)}\n`,
      ),
  };
}
