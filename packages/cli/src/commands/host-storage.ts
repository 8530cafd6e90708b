// hearth host storage [--gc [--yes]]: every file under a host's storage root with its status
// (in_use, orphan, missing), and the collection of orphans: a dry run unless --yes.
import type { HostStorage, StorageGcResult } from '@hearth/api';
import { defineCommand } from '../command.ts';
import { gcReport, hostStorageView } from '../output/storage.ts';
import { resolveHost } from '../resolve.ts';

export const storage = defineCommand(
  'storage <host>',
  {
    name: 'host storage',
    summary: "a host's VM storage: capacity, provisioned vs allocated, every file; --gc",
    synopsis: 'host storage HOST [--gc [--yes]]',
    description:
      'Lists every file in the VM directories of the host: in_use (a drive names it),\n' +
      'orphan (no drive does: a drive removed without --delete-file, a crash, a deleted VM),\n' +
      'missing (a drive names it but it is gone: a provisioned one is recreated at the next\n' +
      'start, a host-path one fails it). Provisioned is what the drives promise; the limit is\n' +
      "the file system's capacity × HEARTH_STORAGE_OVERCOMMIT; allocated is what they use.\n" +
      '--gc shows what a collection would delete and what it keeps (and why) without deleting\n' +
      'anything; --gc --yes deletes it. Only orphans go, never a file a drive names, never\n' +
      'anything outside the storage root, a file changed in the last minutes or one a running\n' +
      'VMM may hold.',
    examples: [
      ['hearth host storage node1'],
      ['hearth host storage node1 --gc', 'what a collection would delete'],
      ['hearth host storage node1 --gc --yes', 'delete the orphans'],
      ['hearth host storage node1 -o json | jq \'.files[] | select(.status == "orphan")\''],
    ],
  },
  (y) =>
    y
      .positional('host', { type: 'string', demandOption: true, describe: 'name or id' })
      .option('gc', {
        type: 'boolean',
        describe: 'collect orphans: a dry run without --yes',
      })
      .option('yes', {
        alias: 'y',
        type: 'boolean',
        describe: 'with --gc: really delete',
      })
      .check((argv) => {
        if (argv.yes && !argv.gc) throw new Error('--yes confirms a --gc: give both.');
        return true;
      }),
  async (ctx, args) => {
    const host = await resolveHost(ctx, args.host);
    if (args.gc) {
      const result = (await ctx.call(
        ctx.client.POST('/v1/hosts/{id}/storage/gc', {
          params: { path: { id: host.id } },
          body: { dry_run: args.yes !== true },
        }),
      )) as StorageGcResult;
      if (ctx.quiet) return ctx.print(result.removed.map((f) => `${f.path}\n`).join(''));
      if (!ctx.human) return ctx.printData(result);
      if (result.dry_run) ctx.print('Dry run: nothing was deleted.\n');
      ctx.print(gcReport(result));
      if (result.dry_run && (result.removed.length || result.removed_dirs.length)) {
        ctx.print(`\`hearth host storage ${host.name} --gc --yes\` deletes them.\n`);
      }
      return;
    }
    const inventory = (await ctx.call(
      ctx.client.GET('/v1/hosts/{id}/storage', { params: { path: { id: host.id } } }),
    )) as HostStorage;
    if (ctx.quiet) return ctx.print(inventory.files.map((f) => `${f.path}\n`).join(''));
    if (!ctx.human) return ctx.printData(inventory);
    ctx.print(hostStorageView(host.name, inventory, ctx.colour));
  },
);
