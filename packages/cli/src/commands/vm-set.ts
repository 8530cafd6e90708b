// hearth vm set: the settings of a VM that PATCH /v1/vms/{id} changes: the restart policy (at
// once) and MMDS, the drive manifest served to the guest (from the next start).
import type { RestartPolicy, UpdateVmBody, VmDetail } from '@hearth/api';
import { vmArg } from '../args.ts';
import { defineCommand } from '../command.ts';
import { resolveVm } from '../resolve.ts';
import { UsageError } from '../units.ts';

/** `no`, `on-failure`, `on-failure:5` (at most 5 restarts in a row). */
export function parseRestartPolicy(text: string): RestartPolicy {
  const match = /^(no|on-failure)(?::(\d+))?$/.exec(text.trim());
  if (!match || (match[1] === 'no' && match[2] !== undefined)) {
    throw new UsageError(
      `Invalid restart policy "${text}": use no, on-failure or on-failure:N (N restarts in a row at most).`,
    );
  }
  return match[1] === 'no'
    ? { name: 'no' }
    : { name: 'on-failure', ...(match[2] !== undefined ? { max_retries: Number(match[2]) } : {}) };
}

const policyText = (p: VmDetail['restart_policy']) =>
  p.name === 'on-failure' ? `on-failure (at most ${p.max_retries} restarts in a row)` : 'no';

export const set = defineCommand(
  'set <vm>',
  {
    name: 'vm set',
    summary: "change a VM's MMDS or restart policy",
    synopsis: 'vm set VM [--mmds on|off] [--restart-policy no|on-failure[:N]]',
    description:
      '--mmds on serves the guest a manifest of its drives (drive id → /dev/vdX) through\n' +
      "Firecracker's MMDS from the VM's next start, so it can mount drives by name; it needs a\n" +
      'NIC (MMDS_NEEDS_NIC otherwise). --restart-policy applies at once: on-failure restarts\n' +
      'a VM whose VMM exits with an error (N times in a row at most, default 3).',
    examples: [
      ['hearth vm set web1 --mmds on'],
      ['hearth vm set web1 --restart-policy on-failure:5'],
      ['hearth vm set web1 --mmds off --restart-policy no'],
    ],
  },
  (y) =>
    y
      .positional('vm', vmArg)
      .option('mmds', {
        type: 'string',
        choices: ['on', 'off'],
        describe: 'serve the drive manifest through MMDS (next start)',
      })
      .option('restart-policy', {
        type: 'string',
        describe: 'no, on-failure or on-failure:N',
        coerce: parseRestartPolicy,
      })
      .check((argv) => {
        if (argv.mmds === undefined && argv['restart-policy'] === undefined) {
          throw new Error('Nothing to change: give --mmds on|off or --restart-policy.');
        }
        return true;
      }),
  async (ctx, args) => {
    const a = args as typeof args & { 'restart-policy'?: RestartPolicy };
    const target = await resolveVm(ctx, a.vm);
    const body: UpdateVmBody = {
      ...(a.mmds !== undefined ? { mmds: a.mmds === 'on' } : {}),
      ...(a['restart-policy'] ? { restart_policy: a['restart-policy'] } : {}),
    };
    const vm = (await ctx.call(
      ctx.client.PATCH('/v1/vms/{id}', { params: { path: { id: target.id } }, body }),
    )) as VmDetail;
    if (ctx.quiet) return ctx.print(`${vm.id}\n`);
    if (!ctx.human) return ctx.printData(vm);
    if (body.mmds !== undefined) {
      const when = vm.state === 'running' ? ` from ${vm.name}'s next start` : '';
      ctx.print(`${vm.name}: MMDS ${vm.mmds ? 'on' : 'off'}${when}.\n`);
    }
    if (body.restart_policy) {
      ctx.print(`${vm.name}: restart policy ${policyText(vm.restart_policy)}.\n`);
    }
  },
);
