// hearth up: the all-in-one server in the foreground, what `npm start` runs. The only command
// that starts the manager in-process (the others talk to a running one over HTTP); its
// options become the manager's environment, every other setting is read from it as usual.
import { defineCommand } from '../command.ts';

export const upCommand = defineCommand(
  'up',
  {
    name: 'up',
    summary: 'run an all-in-one Hearth server (manager, local agent, web UI) in the foreground',
    synopsis: 'up [--port N] [--listen ADDR] [--data-dir DIR]',
    description:
      'Imports the manager and serves until Ctrl+C; HEARTH_* variables (docs/operations.md)\n' +
      'configure the rest. Unlike `npm start` it does not build the web UI: run\n' +
      '`npm run build:web` once (the API works without it).',
    examples: [
      ['hearth up'],
      ['hearth up --port 9090 --data-dir /var/lib/hearth --listen 0.0.0.0'],
    ],
  },
  (y) =>
    y
      .option('port', { type: 'number', describe: 'HEARTH_PORT (default 8080)' })
      .option('listen', { type: 'string', describe: 'HEARTH_LISTEN_HOST (default 127.0.0.1)' })
      .option('data-dir', { type: 'string', describe: 'HEARTH_DATA_DIR (default .hearth)' }),
  async (_ctx, args) => {
    if (args.port !== undefined) process.env.HEARTH_PORT = String(args.port);
    if (args.listen) process.env.HEARTH_LISTEN_HOST = args.listen;
    if (args['data-dir']) process.env.HEARTH_DATA_DIR = args['data-dir'];
    await import('@hearth/manager/main');
  },
);
