// hearth drive ls | add | set | rm: a VM's drive records, applied to Firecracker at each start
// (resize and apply: drive-resize.ts; image: drive-image.ts).
import type { AddDriveBody, Drive, Image, UpdateDriveBody } from '@hearth/api';
import { vmArg } from '../args.ts';
import { defineCommand, defineGroup } from '../command.ts';
import { driveTable } from '../output/drives.ts';
import { resolveImage, resolveVm } from '../resolve.ts';
import { formatBytes, parseRateLimit, parseSize, type RateLimiter } from '../units.ts';
import { image } from './drive-image.ts';
import { apply, resize } from './drive-resize.ts';

const CACHE_TYPES = ['Unsafe', 'Writeback'] as const;
const IO_ENGINES = ['Sync', 'Async'] as const;

const idArg = { type: 'string', demandOption: true, describe: 'the drive id' } as const;

const ls = defineCommand(
  'ls <vm>',
  {
    name: 'drive ls',
    summary: "a VM's drives, each with its attachment",
    synopsis: 'drive ls VM',
    description:
      'DEVICE is the block device the guest gets at the next start (vda is the root drive),\n' +
      '"vdc (now vdb)" while the running guest has it under another name. ALLOC/SIZE is what\n' +
      'the sparse file occupies on the host against its size ("(now 10G)": the size the running\n' +
      'VMM still has). ATTACHMENT says what the running VMM has: attached, pending_attach (added\n' +
      'since the start), pending_change (with the fields that differ), pending_detach; - while\n' +
      'the VM is not running. A note names the drives `hearth drive apply` can update live.',
    examples: [['hearth drive ls web1'], ['hearth drive ls web1 -o json']],
  },
  (y) => y.positional('vm', vmArg),
  async (ctx, args) => {
    const vm = await resolveVm(ctx, args.vm);
    const list = await ctx.call(
      ctx.client.GET('/v1/vms/{id}/drives', { params: { path: { id: vm.id } } }),
    );
    const items = list.items as Drive[];
    if (ctx.quiet) return ctx.print(items.map((d) => `${d.drive_id}\n`).join(''));
    if (!ctx.human) return ctx.printData(list);
    ctx.print(driveTable(items, ctx.colour));
    for (const d of items.filter((item) => item.live_apply)) {
      ctx.note(`${d.drive_id}: \`hearth drive apply ${vm.name} ${d.drive_id}\` applies it now.`);
    }
  },
);

/** When the drive takes effect, as the operator needs to hear it. */
function whenItApplies(vmName: string, running: boolean, attachment: string | null): string {
  return running
    ? `It attaches at ${vmName}'s next start (${vmName} is running: ${attachment ?? 'pending'}; \`hearth vm restart ${vmName}\` applies it).`
    : `It attaches at ${vmName}'s next start (${vmName} is not running).`;
}

const add = defineCommand(
  'add <vm> <id>',
  {
    name: 'drive add',
    summary: 'add a drive: a new sparse file, a copy of an image, or a file on the host',
    synopsis: 'drive add VM ID [options]',
    description:
      "Without --path, a sparse file of --size (default 10 GiB) is created in the VM's\n" +
      "storage. --image copies a registered rootfs image of the VM's host (reflink where the\n" +
      'file system allows, else a sparse copy), grown to --size if given (at least the image\n' +
      "size). --path uses an existing file under the host's allowed paths. The drive is a\n" +
      'record applied to Firecracker at each start: on a running VM it attaches at the next\n' +
      'start (pending_attach until then).',
    examples: [
      ['hearth drive add web1 data --size 20G'],
      ['hearth drive add web1 seed --path /srv/seed.img --read-only'],
      ['hearth drive add web1 tools --image tools-disk --size 4G'],
      [
        'hearth drive add web1 logs --size 1G --cache Writeback --io-engine Async --rate-limit bw=100M/s,ops=2000/s',
      ],
    ],
  },
  (y) =>
    y
      .positional('vm', vmArg)
      .positional('id', idArg)
      .option('size', {
        type: 'string',
        describe: 'size of a new file (20G, 512M)',
        coerce: parseSize,
      })
      .option('path', { type: 'string', describe: 'an existing file on the host' })
      .option('image', {
        type: 'string',
        describe: "copy this rootfs image of the VM's host (name or id)",
      })
      .option('read-only', { type: 'boolean', describe: 'attach read-only' })
      .option('cache', { type: 'string', choices: CACHE_TYPES, describe: 'cache type' })
      .option('io-engine', { type: 'string', choices: IO_ENGINES, describe: 'I/O engine' })
      .option('rate-limit', {
        type: 'string',
        describe: 'bw=SIZE/s,ops=N/s[,bw-burst=SIZE][,ops-burst=N]',
        coerce: parseRateLimit,
      })
      .conflicts('size', 'path')
      .conflicts('image', 'path'),
  async (ctx, args) => {
    const a = args as typeof args & { size?: number; 'rate-limit'?: RateLimiter | null };
    const vm = await resolveVm(ctx, a.vm);
    const source: Image | null = a.image
      ? await resolveImage(ctx, a.image, { kind: 'rootfs', hostId: vm.host_id })
      : null;
    const body: AddDriveBody = {
      drive_id: a.id,
      ...(a.path ? { path_on_host: a.path } : {}),
      ...(source ? { image_id: source.id } : {}),
      ...(a.size !== undefined ? { size_bytes: a.size } : {}),
      ...(a['read-only'] !== undefined ? { is_read_only: a['read-only'] } : {}),
      ...(a.cache ? { cache_type: a.cache as AddDriveBody['cache_type'] } : {}),
      ...(a['io-engine'] ? { io_engine: a['io-engine'] as AddDriveBody['io_engine'] } : {}),
      ...(a['rate-limit'] !== undefined ? { rate_limiter: a['rate-limit'] } : {}),
    };
    const drive = (await ctx.call(
      ctx.client.POST('/v1/vms/{id}/drives', { params: { path: { id: vm.id } }, body }),
    )) as Drive;
    if (ctx.quiet) return ctx.print(`${drive.drive_id}\n`);
    if (!ctx.human) return ctx.printData(drive);
    const mode = drive.is_read_only ? 'read-only' : 'read-write';
    const size = formatBytes(drive.size_bytes ?? 0);
    const what =
      drive.source === 'provisioned'
        ? `created ${drive.path_on_host} (${size}, sparse)`
        : drive.source === 'image'
          ? `copied image ${source?.name ?? a.image} to ${drive.path_on_host} (${size})`
          : `uses ${drive.path_on_host}`;
    ctx.print(`Drive ${drive.drive_id} added to ${vm.name}: ${what}, ${mode}.\n`);
    ctx.print(`${whenItApplies(vm.name, vm.state === 'running', drive.attachment)}\n`);
  },
);

const set = defineCommand(
  'set <vm> <id>',
  {
    name: 'drive set',
    summary: "change a drive's mode, cache, I/O engine or rate limit",
    synopsis:
      'drive set VM ID [--read-only|--read-write] [--cache C] [--io-engine E] [--rate-limit R|none]',
    description:
      'On a running VM the change applies at the next start (pending_change until then).',
    examples: [
      ['hearth drive set web1 data --read-only'],
      ['hearth drive set web1 data --rate-limit none'],
    ],
  },
  (y) =>
    y
      .positional('vm', vmArg)
      .positional('id', idArg)
      .option('read-only', { type: 'boolean', describe: 'read-only' })
      .option('read-write', { type: 'boolean', describe: 'read-write' })
      .option('cache', { type: 'string', choices: CACHE_TYPES, describe: 'cache type' })
      .option('io-engine', { type: 'string', choices: IO_ENGINES, describe: 'I/O engine' })
      .option('rate-limit', {
        type: 'string',
        describe: 'bw=SIZE/s,ops=N/s, or none',
        coerce: parseRateLimit,
      })
      .conflicts('read-only', 'read-write')
      .check((argv) => {
        const given = ['read-only', 'read-write', 'cache', 'io-engine', 'rate-limit'];
        if (!given.some((key) => argv[key] !== undefined)) {
          throw new Error(
            'Nothing to change: give --read-only, --read-write, --cache, --io-engine or --rate-limit.',
          );
        }
        return true;
      }),
  async (ctx, args) => {
    const a = args as typeof args & { 'rate-limit'?: RateLimiter | null };
    const vm = await resolveVm(ctx, a.vm);
    const readOnly = a['read-only'] ? true : a['read-write'] ? false : undefined;
    const body: UpdateDriveBody = {
      ...(readOnly !== undefined ? { is_read_only: readOnly } : {}),
      ...(a.cache ? { cache_type: a.cache as UpdateDriveBody['cache_type'] } : {}),
      ...(a['io-engine'] ? { io_engine: a['io-engine'] as UpdateDriveBody['io_engine'] } : {}),
      ...(a['rate-limit'] !== undefined ? { rate_limiter: a['rate-limit'] } : {}),
    };
    const drive = (await ctx.call(
      ctx.client.PATCH('/v1/vms/{id}/drives/{drive_id}', {
        params: { path: { id: vm.id, drive_id: a.id } },
        body,
      }),
    )) as Drive;
    if (ctx.quiet) return ctx.print(`${drive.drive_id}\n`);
    if (!ctx.human) return ctx.printData(drive);
    const pending = drive.attachment === 'pending_change';
    ctx.print(
      `Drive ${drive.drive_id} of ${vm.name} changed${pending ? `: it applies at ${vm.name}'s next start (pending_change)` : ''}.\n`,
    );
    if (pending && drive.live_apply) {
      ctx.print(`\`hearth drive apply ${vm.name} ${drive.drive_id}\` applies it now.\n`);
    }
  },
);

const rm = defineCommand(
  'rm <vm> <id>',
  {
    name: 'drive rm',
    summary: 'remove a drive (its file stays unless --delete-file)',
    synopsis: 'drive rm VM ID [--delete-file]',
    description:
      'On a running VM the drive stays attached until the next start (pending_detach).\n' +
      '--delete-file also deletes the file (refused while another drive uses it).',
    examples: [['hearth drive rm web1 data'], ['hearth drive rm web1 data --delete-file']],
  },
  (y) =>
    y
      .positional('vm', vmArg)
      .positional('id', idArg)
      .option('delete-file', { type: 'boolean', default: false, describe: 'delete the file too' }),
  async (ctx, args) => {
    const vm = await resolveVm(ctx, args.vm);
    await ctx.call(
      ctx.client.DELETE('/v1/vms/{id}/drives/{drive_id}', {
        params: {
          path: { id: vm.id, drive_id: args.id },
          query: { delete_file: args['delete-file'] },
        },
      }),
    );
    if (ctx.quiet) return ctx.print(`${args.id}\n`);
    if (!ctx.human) return;
    const file = args['delete-file'] ? ' and its file' : '';
    const later = vm.state === 'running' ? ` It detaches at ${vm.name}'s next start.` : '';
    ctx.print(`Removed drive ${args.id}${file} from ${vm.name}.${later}\n`);
  },
);

export const driveCommands = defineGroup(
  'drive',
  {
    name: 'drive',
    summary: "a VM's drives: list, add, change, grow, apply live, remove, copy to an image",
    synopsis: 'drive COMMAND VM [options]',
    examples: [
      ['hearth drive ls web1'],
      ['hearth drive add web1 data --size 20G'],
      ['hearth drive resize web1 data 40G && hearth drive apply web1 data'],
    ],
  },
  [ls, add, set, resize, apply, rm, image] as never[],
);
