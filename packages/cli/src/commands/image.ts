// hearth image ls | add | inspect | rm: kernel and rootfs images registered on hosts.
import type { Image } from '@hearth/api';
import { namesArg } from '../args.ts';
import { defineCommand, defineGroup } from '../command.ts';
import { imageTable } from '../output/format.ts';
import { fields } from '../output/table.ts';
import { resolveHost, resolveImage } from '../resolve.ts';
import { formatBytes } from '../units.ts';
import { hostNames } from './lookups.ts';

const KINDS = ['kernel', 'rootfs'] as const;

const ls = defineCommand(
  'ls',
  {
    name: 'image ls',
    summary: 'list images',
    synopsis: 'image ls [--kind kernel|rootfs]',
    examples: [['hearth image ls'], ['hearth image ls --kind rootfs -q']],
  },
  (y) => y.option('kind', { type: 'string', choices: KINDS, describe: 'only this kind' }),
  async (ctx, args) => {
    const query = args.kind ? { kind: args.kind as Image['kind'] } : {};
    const list = await ctx.call(ctx.client.GET('/v1/images', { params: { query } }));
    const items = list.items as Image[];
    if (ctx.quiet) return ctx.print(items.map((i) => `${i.id}\n`).join(''));
    if (!ctx.human) return ctx.printData(list);
    if (items.length === 0) return ctx.note('No images.');
    ctx.print(imageTable(items, await hostNames(ctx)));
  },
);

const add = defineCommand(
  'add <name>',
  {
    name: 'image add',
    summary: 'register a kernel or rootfs file on a host',
    synopsis: 'image add NAME --kind kernel|rootfs --path FILE [--host HOST]',
    description:
      'The file must exist on the host, under its allowed image paths. Registered images are\n' +
      'golden: VMs get a copy of a rootfs, and no drive may open an image read-write.',
    examples: [
      ['hearth image add debian-12 --kind rootfs --path /var/lib/hearth/images/debian-12.ext4'],
    ],
  },
  (y) =>
    y
      .positional('name', { type: 'string', demandOption: true, describe: 'the image name' })
      .option('kind', {
        type: 'string',
        choices: KINDS,
        demandOption: true,
        describe: 'kernel or rootfs',
      })
      .option('path', { type: 'string', demandOption: true, describe: 'the file on the host' })
      .option('host', { type: 'string', describe: 'the host (name or id); default: the only one' }),
  async (ctx, args) => {
    const hostId = args.host ? (await resolveHost(ctx, args.host)).id : undefined;
    const body = {
      name: args.name,
      kind: args.kind as Image['kind'],
      path: args.path,
      ...(hostId ? { host_id: hostId } : {}),
    };
    const image = (await ctx.call(ctx.client.POST('/v1/images', { body }))) as Image;
    if (ctx.quiet) return ctx.print(`${image.id}\n`);
    if (!ctx.human) return ctx.printData(image);
    ctx.print(
      `Registered ${image.kind} image ${image.name} (${formatBytes(image.size_bytes)}, ${image.id}).\n`,
    );
  },
);

const inspect = defineCommand(
  'inspect <image>',
  {
    name: 'image inspect',
    summary: 'show an image',
    synopsis: 'image inspect IMAGE',
    examples: [['hearth image inspect demo-rootfs']],
  },
  (y) => y.positional('image', { type: 'string', demandOption: true, describe: 'name or id' }),
  async (ctx, args) => {
    const image = await resolveImage(ctx, args.image);
    if (ctx.quiet) return ctx.print(`${image.id}\n`);
    if (!ctx.human) return ctx.printData(image);
    const hosts = await hostNames(ctx);
    ctx.print(
      fields([
        ['Name', image.name],
        ['ID', image.id],
        ['Kind', image.kind],
        ['Size', formatBytes(image.size_bytes)],
        ['Host', hosts.get(image.host_id) ?? image.host_id],
        ['Path', image.path],
        ['Created', image.created_at],
      ]),
    );
  },
);

const rm = defineCommand(
  'rm <images..>',
  {
    name: 'image rm',
    summary: 'unregister images (the files stay)',
    synopsis: 'image rm IMAGE...',
    description: 'Refused while a VM uses the image.',
    examples: [['hearth image rm debian-12']],
  },
  (y) => y.positional('images', namesArg),
  async (ctx, args) => {
    for (const ref of args.images as string[]) {
      const image = await resolveImage(ctx, ref);
      await ctx.call(ctx.client.DELETE('/v1/images/{id}', { params: { path: { id: image.id } } }));
      if (ctx.quiet) ctx.print(`${image.id}\n`);
      else if (ctx.human)
        ctx.print(`Unregistered image ${image.name} (${image.id}); ${image.path} stays.\n`);
    }
  },
);

export const imageCommands = defineGroup(
  'image',
  {
    name: 'image',
    summary: 'images: list, add, inspect, remove',
    synopsis: 'image COMMAND [options]',
    examples: [['hearth image ls']],
  },
  [ls, add, inspect, rm] as never[],
);
