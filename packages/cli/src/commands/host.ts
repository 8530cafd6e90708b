// hearth host ls | inspect | storage: the hosts whose agents run VMs (storage: host-storage.ts).
import type { Host } from '@hearth/api';
import { defineCommand, defineGroup } from '../command.ts';
import { hostTable } from '../output/format.ts';
import { storageSummaryEntries } from '../output/storage.ts';
import { fields } from '../output/table.ts';
import { relativeTime } from '../output/time.ts';
import { resolveHost } from '../resolve.ts';
import { storage } from './host-storage.ts';

const ls = defineCommand(
  'ls',
  {
    name: 'host ls',
    summary: 'list hosts: health, VMs, CPUs, memory, VMM',
    synopsis: 'host ls',
    examples: [['hearth host ls'], ['hearth host ls -o yaml']],
  },
  (y) => y,
  async (ctx) => {
    const list = await ctx.call(ctx.client.GET('/v1/hosts'));
    const items = list.items as Host[];
    if (ctx.quiet) return ctx.print(items.map((h) => `${h.id}\n`).join(''));
    if (!ctx.human) return ctx.printData(list);
    ctx.print(hostTable(items, ctx.colour));
  },
);

const inspect = defineCommand(
  'inspect <host>',
  {
    name: 'host inspect',
    summary: 'show a host and what its agent reports',
    synopsis: 'host inspect HOST',
    examples: [['hearth host inspect node1'], ['hearth host inspect node1 -o json']],
  },
  (y) => y.positional('host', { type: 'string', demandOption: true, describe: 'name or id' }),
  async (ctx, args) => {
    const host = await resolveHost(ctx, args.host);
    if (ctx.quiet) return ctx.print(`${host.id}\n`);
    if (!ctx.human) return ctx.printData(host);
    const caps = Object.entries(host.capabilities).map(([key, value]): [string, string] => [
      `  ${key}`,
      typeof value === 'object' ? JSON.stringify(value) : String(value),
    ]);
    ctx.print(
      fields([
        ['Name', host.name],
        ['ID', host.id],
        ['Health', ctx.colour.state(host.healthy ? 'healthy' : 'unhealthy')],
        ['Agent', host.addr],
        ['VMs', String(host.vm_count)],
        ['Last seen', relativeTime(host.last_seen_at)],
        ...(host.storage
          ? storageSummaryEntries(host.storage).map(([k, v]): [string, string] => [
              `Storage ${k.toLowerCase()}`,
              v,
            ])
          : []),
        ['Capabilities', ''],
        ...caps,
      ]),
    );
  },
);

export const hostCommands = defineGroup(
  'host',
  {
    name: 'host',
    summary: 'hosts: list, inspect, storage',
    synopsis: 'host COMMAND',
    examples: [['hearth host ls'], ['hearth host storage node1 --gc']],
  },
  [ls, inspect, storage] as never[],
);
