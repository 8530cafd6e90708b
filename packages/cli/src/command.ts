// The shape of every command: yargs parses and checks the arguments (usage errors, exit 2),
// `action` builds the context and runs the handler, and any CliError becomes the printed
// message and exit 1. Handlers never call process.exit: they return, so output is flushed.
import type { Argv, CommandModule } from 'yargs';
import { CliError } from './api.ts';
import { type Context, createContext, type GlobalOptions } from './context.ts';
import { examplesText, type ManPage, usageText } from './help.ts';

export type Args<T> = T & GlobalOptions & { _: (string | number)[] };

export function defineCommand<T>(
  command: string,
  page: ManPage,
  builder: (yargs: Argv) => Argv<T>,
  handler: (ctx: Context, args: Args<T>) => Promise<void>,
): CommandModule<object, T> {
  return {
    command,
    describe: page.summary,
    builder: (yargs) => builder(yargs.usage(usageText(page)).epilog(examplesText(page))),
    handler: async (args) => {
      const typed = args as unknown as Args<T>;
      const ctx = createContext(typed, process.env);
      try {
        await handler(ctx, typed);
      } catch (err) {
        process.exitCode = 1;
        process.stderr.write(describeError(ctx, err));
      }
    },
  };
}

/** A group ("vm", "drive"): its subcommands, and a usage error without one. */
export function defineGroup(
  command: string,
  page: ManPage,
  subcommands: CommandModule<object, never>[],
): CommandModule {
  return {
    command,
    describe: page.summary,
    builder: (yargs) => {
      let y = yargs.usage(usageText(page)).epilog(examplesText(page));
      for (const sub of subcommands) y = y.command(sub as CommandModule);
      return y.demandCommand(1, `Missing command: hearth ${page.name} COMMAND.`);
    },
    handler: () => {},
  };
}

/** "Error: message [CODE]" and the details that help; stack traces only for real bugs. */
export function describeError(ctx: Context, err: unknown): string {
  const red = ctx.errColour.red;
  if (!(err instanceof CliError)) {
    return `${red('Error:')} ${(err as Error)?.stack ?? String(err)}\n`;
  }
  const lines = [`${red('Error:')} ${err.message}${err.code ? ` [${err.code}]` : ''}`];
  for (const [key, value] of Object.entries(err.details)) {
    if (value === null || value === undefined || key === 'steps') continue;
    lines.push(`  ${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`);
  }
  return `${lines.join('\n')}\n`;
}
