// hearth drive image: a copy of a stopped VM's drive registered as a new rootfs image (a
// golden image built from a VM), for `vm create --rootfs` and `drive add --image`.
import type { Image } from '@hearth/api';
import { vmArg } from '../args.ts';
import { defineCommand } from '../command.ts';
import { resolveVm } from '../resolve.ts';
import { formatBytes } from '../units.ts';

export const image = defineCommand(
  'image <vm> <id> <name>',
  {
    name: 'drive image',
    summary: "register a copy of a stopped VM's drive as a new image",
    synopsis: 'drive image VM ID NAME',
    description:
      "Copies the drive's file into the host's image storage and registers it as a rootfs\n" +
      "image NAME on the VM's host. The VM must be stopped (a copy of a running guest's disk\n" +
      'would be inconsistent): a running VM is refused with 409 and nothing is copied.',
    examples: [
      ['hearth vm stop web1 && hearth drive image web1 rootfs web-golden'],
      ['hearth vm create web2 --kernel demo-kernel --rootfs web-golden', 'boot a VM from it'],
      ['hearth drive add web2 seed --image web-golden', 'or attach it as a data drive'],
    ],
  },
  (y) =>
    y
      .positional('vm', vmArg)
      .positional('id', { type: 'string', demandOption: true, describe: 'the drive id' })
      .positional('name', { type: 'string', demandOption: true, describe: 'the new image name' }),
  async (ctx, args) => {
    const vm = await resolveVm(ctx, args.vm);
    const created = (await ctx.call(
      ctx.client.POST('/v1/vms/{id}/drives/{drive_id}/image', {
        params: { path: { id: vm.id, drive_id: args.id } },
        body: { name: args.name },
      }),
    )) as Image;
    if (ctx.quiet) return ctx.print(`${created.id}\n`);
    if (!ctx.human) return ctx.printData(created);
    ctx.print(
      `Image ${created.name} (${created.id}) registered from drive ${args.id} of ${vm.name}: ` +
        `${created.path} (${created.kind}, ${formatBytes(created.size_bytes)}).\n`,
    );
  },
);
