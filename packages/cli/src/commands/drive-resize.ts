// hearth drive resize | apply: grow a provisioned drive's file (the row and the file change at
// once), and opt in to giving a running guest the change now instead of at the next start.
import type { Drive, Vm } from '@hearth/api';
import { CliError } from '../api.ts';
import { vmArg } from '../args.ts';
import { defineCommand, describeError } from '../command.ts';
import type { Context } from '../context.ts';
import { applySentence, guestView } from '../output/drives.ts';
import { resolveVm } from '../resolve.ts';
import { formatBytes, parseSize } from '../units.ts';

const idArg = { type: 'string', demandOption: true, describe: 'the drive id' } as const;

const getDrive = async (ctx: Context, vm: Vm, driveId: string) =>
  (await ctx.call(
    ctx.client.GET('/v1/vms/{id}/drives/{drive_id}', {
      params: { path: { id: vm.id, drive_id: driveId } },
    }),
  )) as Drive;

/** After a grow: when the guest gets the new size. */
export function whenGuestSeesSize(vmName: string, drive: Drive): string {
  if (!drive.attachment) return `The guest sees it at ${vmName}'s next start.`;
  if (drive.attachment === 'attached') return `The guest has ${guestView(drive)}.`;
  if (drive.attachment !== 'pending_change') {
    return `It is ${drive.attachment}: the guest sees it at ${vmName}'s next start.`;
  }
  const has = drive.live_size_bytes === null ? '' : ` still has ${guestView(drive)}:`;
  if (drive.live_apply) {
    return `${vmName} is running and its guest${has || ' has the old size:'} run \`hearth drive apply ${vmName} ${drive.drive_id}\` to give it to the guest now, or restart ${vmName}.`;
  }
  const others = drive.pending_fields.filter((f) => f !== 'size_bytes');
  return `${vmName} is running and its guest${has || ' has the old size:'} other pending changes (${others.join(', ')}) need a restart, so it applies at the next start (\`hearth vm restart ${vmName}\`).`;
}

export const resize = defineCommand(
  'resize <vm> <id> <size>',
  {
    name: 'drive resize',
    summary: 'grow a provisioned drive (its file grows sparse at once)',
    synopsis: 'drive resize VM ID SIZE',
    description:
      'Grows the file of a drive Hearth provisioned to SIZE (larger only: a smaller size is\n' +
      'refused with SHRINK_NOT_SUPPORTED; host-path and image drives with RESIZE_NOT_SUPPORTED;\n' +
      "past the host's storage limit with INSUFFICIENT_STORAGE). A running guest keeps the size\n" +
      'it has (pending_change) until `hearth drive apply` or the next start. Growing the file\n' +
      'system inside the guest (resize2fs) is up to the guest.',
    examples: [
      ['hearth drive resize web1 data 20G'],
      ['hearth drive resize web1 data 20G && hearth drive apply web1 data', 'grow it live'],
    ],
  },
  (y) =>
    y.positional('vm', vmArg).positional('id', idArg).positional('size', {
      type: 'string',
      demandOption: true,
      describe: 'the new size (20G, 512M)',
      coerce: parseSize,
    }),
  async (ctx, args) => {
    const size = args.size as unknown as number;
    const vm = await resolveVm(ctx, args.vm);
    const drive = (await ctx.call(
      ctx.client.PATCH('/v1/vms/{id}/drives/{drive_id}', {
        params: { path: { id: vm.id, drive_id: args.id } },
        body: { size_bytes: size },
      }),
    )) as Drive;
    if (ctx.quiet) return ctx.print(`${drive.drive_id}\n`);
    if (!ctx.human) return ctx.printData(drive);
    ctx.print(
      `Drive ${drive.drive_id} of ${vm.name} is now ${formatBytes(drive.size_bytes ?? size)}.\n`,
    );
    ctx.print(`${whenGuestSeesSize(vm.name, drive)}\n`);
  },
);

export const apply = defineCommand(
  'apply <vm> <id>',
  {
    name: 'drive apply',
    summary: "give a running guest a drive's pending change now (no restart)",
    synopsis: 'drive apply VM ID',
    description:
      'On a running VM, sends Firecracker the one live update that makes the drive match its\n' +
      'record: a grown size (the VMM re-reads the file) or a new rate limit. Anything\n' +
      'Firecracker cannot change after boot (an added or removed drive, read-only, cache type,\n' +
      'I/O engine, root flag) is refused with RESTART_REQUIRED and the fields, and nothing\n' +
      'changes: `hearth vm restart` applies those. `hearth drive ls` names the drives to apply.',
    examples: [
      ['hearth drive apply web1 data'],
      ['hearth drive apply web1 data -o json', 'the drive after the apply'],
    ],
  },
  (y) => y.positional('vm', vmArg).positional('id', idArg),
  async (ctx, args) => {
    const vm = await resolveVm(ctx, args.vm);
    const before = await getDrive(ctx, vm, args.id);
    let after: Drive;
    try {
      after = (await ctx.call(
        ctx.client.POST('/v1/vms/{id}/drives/{drive_id}/apply', {
          params: { path: { id: vm.id, drive_id: args.id } },
        }),
      )) as Drive;
    } catch (err) {
      if (!(err instanceof CliError) || err.code !== 'RESTART_REQUIRED') throw err;
      process.exitCode = 1;
      process.stderr.write(describeError(ctx, err));
      process.stderr.write(`\`hearth vm restart ${vm.name}\` applies them.\n`);
      return;
    }
    if (ctx.quiet) return ctx.print(`${after.drive_id}\n`);
    if (!ctx.human) return ctx.printData(after);
    ctx.print(`${applySentence(before, after)}\n`);
  },
);
