// `hearth`: the command line. yargs parses (usage errors: the command's help and the parser's
// message on stderr, exit 2) and generates the bash/zsh completion; each command module talks
// to the REST API through @hearth/api/client. Exit codes: 0 done, 1 API error, 2 usage.
import { readFileSync } from 'node:fs';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { driveCommands } from './commands/drive.ts';
import { hostCommands } from './commands/host.ts';
import { imageCommands } from './commands/image.ts';
import { nicCommands } from './commands/nic.ts';
import { upCommand } from './commands/up.ts';
import { vmCommands } from './commands/vm.ts';
import { DEFAULT_URL } from './context.ts';
import { examplesText, usageText } from './help.ts';
import { colourWanted, palette } from './output/colour.ts';

const USAGE_EXIT_CODE = 2;
const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { version: string };

const page = {
  name: '',
  summary: 'the command line of Hearth, a control plane for Firecracker microVMs',
  synopsis: 'COMMAND [options]',
  description:
    `Talks to the Hearth API at --url or HEARTH_URL (default ${DEFAULT_URL}), with the\n` +
    'token of --token or HEARTH_TOKEN. VMs, images and hosts are named by id or by name.\n' +
    'Exit codes: 0 done, 1 the API answered an error, 2 a usage error.',
  examples: [
    ['hearth vm create web1 --kernel demo-kernel --rootfs demo-rootfs --mem 512M'],
    ['hearth drive add web1 data --size 20G'],
    ['hearth vm restart web1'],
    ['hearth vm ls -o json'],
    ['hearth help drive add'],
  ] as [string][],
};

/**
 * yargs words a missing positional as "Not enough non-option arguments: got 1, need at least
 * 2"; say it in the terms of the SYNOPSIS the help above it shows. (yargs' updateStrings
 * could do it, but its typings refuse the plural form this message is stored in.)
 */
function plainUsageMessage(message: string): string {
  const missing = /^Not enough non-option arguments: got (\d+), need at least (\d+)$/.exec(message);
  return missing
    ? `A required argument is missing: ${missing[1]} given, ${missing[2]} needed (see SYNOPSIS).`
    : message;
}

/** `hearth help drive add` is `hearth drive add --help`. */
const argv = hideBin(process.argv);
const args = argv[0] === 'help' ? [...argv.slice(1), '--help'] : argv;

const red = palette(colourWanted(process.stderr, process.env)).red;

await yargs(args)
  .scriptName('hearth')
  .usage(usageText(page).replace('hearth  - ', 'hearth - '))
  .epilog(examplesText(page))
  .option('url', { type: 'string', global: true, describe: `the API (HEARTH_URL; ${DEFAULT_URL})` })
  .option('token', { type: 'string', global: true, describe: 'the API token (HEARTH_TOKEN)' })
  .option('output', {
    alias: 'o',
    type: 'string',
    choices: ['table', 'json', 'yaml'],
    global: true,
    describe: 'output format',
  })
  .option('quiet', { alias: 'q', type: 'boolean', global: true, describe: 'print ids only' })
  .group(['url', 'token', 'output', 'quiet', 'help'], 'Global options:')
  .command(vmCommands)
  .command(driveCommands)
  .command(nicCommands)
  .command(hostCommands)
  .command(imageCommands)
  .command(upCommand)
  .command('help [command..]', 'show the help of a command (hearth help drive add)')
  .completion('completion', 'print the bash/zsh completion script (zsh when $SHELL is zsh)')
  .demandCommand(1, 'Missing command.')
  .recommendCommands()
  .strict()
  .help()
  .alias('help', 'h')
  .version(version)
  .wrap(null)
  .fail((message, err, parser) => {
    if (err && !message) throw err; // a bug, not a usage error: show the stack
    parser.showHelp((help) => process.stderr.write(`${help}\n\n`));
    process.stderr.write(`${red('Error:')} ${plainUsageMessage(message ?? err?.message ?? '')}\n`);
    process.exit(USAGE_EXIT_CODE);
  })
  .parseAsync();
