// hearth nic ls | add | set | rm: a VM's network interfaces (a TAP on the host each).
import type { AddNicBody, Nic, UpdateNicBody } from '@hearth/api';
import { vmArg } from '../args.ts';
import { defineCommand, defineGroup } from '../command.ts';
import { nicTable } from '../output/format.ts';
import { resolveVm } from '../resolve.ts';
import { parseRateLimit, type RateLimiter } from '../units.ts';

const ifaceArg = {
  type: 'string',
  demandOption: true,
  describe: 'the interface id, e.g. eth0',
} as const;
const limitOption = (direction: string) =>
  ({
    type: 'string',
    describe: `${direction} limit: bw=SIZE/s,ops=N/s, or none`,
    coerce: parseRateLimit,
  }) as const;

type Limits = { 'rx-rate-limit'?: RateLimiter | null; 'tx-rate-limit'?: RateLimiter | null };
const limitsOf = (a: Limits) => ({
  ...(a['rx-rate-limit'] !== undefined ? { rx_rate_limiter: a['rx-rate-limit'] } : {}),
  ...(a['tx-rate-limit'] !== undefined ? { tx_rate_limiter: a['tx-rate-limit'] } : {}),
});

const ls = defineCommand(
  'ls <vm>',
  {
    name: 'nic ls',
    summary: "a VM's network interfaces",
    synopsis: 'nic ls VM',
    examples: [['hearth nic ls web1']],
  },
  (y) => y.positional('vm', vmArg),
  async (ctx, args) => {
    const vm = await resolveVm(ctx, args.vm);
    const list = await ctx.call(
      ctx.client.GET('/v1/vms/{id}/nics', { params: { path: { id: vm.id } } }),
    );
    const items = list.items as Nic[];
    if (ctx.quiet) return ctx.print(items.map((n) => `${n.iface_id}\n`).join(''));
    if (!ctx.human) return ctx.printData(list);
    if (items.length === 0) return ctx.note(`${vm.name} has no NICs.`);
    ctx.print(nicTable(items, ctx.colour));
  },
);

const add = defineCommand(
  'add <vm> <iface>',
  {
    name: 'nic add',
    summary: 'add a network interface',
    synopsis: 'nic add VM IFACE [--mac MAC] [--rx-rate-limit R] [--tx-rate-limit R]',
    description:
      "The agent creates a TAP on the host at the VM's next start (needs root on the host);\n" +
      'the MAC is generated unless given.',
    examples: [
      ['hearth nic add web1 eth0'],
      ['hearth nic add web1 eth1 --mac 06:00:ac:10:00:02 --tx-rate-limit bw=10M/s'],
    ],
  },
  (y) =>
    y
      .positional('vm', vmArg)
      .positional('iface', ifaceArg)
      .option('mac', { type: 'string', describe: 'the guest MAC address' })
      .option('rx-rate-limit', limitOption('receive'))
      .option('tx-rate-limit', limitOption('transmit')),
  async (ctx, args) => {
    const vm = await resolveVm(ctx, args.vm);
    const body: AddNicBody = {
      iface_id: args.iface,
      ...(args.mac ? { guest_mac: args.mac } : {}),
      ...limitsOf(args as Limits),
    };
    const nic = (await ctx.call(
      ctx.client.POST('/v1/vms/{id}/nics', { params: { path: { id: vm.id } }, body }),
    )) as Nic;
    if (ctx.quiet) return ctx.print(`${nic.iface_id}\n`);
    if (!ctx.human) return ctx.printData(nic);
    ctx.print(
      `NIC ${nic.iface_id} added to ${vm.name} (TAP ${nic.host_dev_name}, MAC ${nic.guest_mac ?? 'generated'}). ` +
        `It attaches at ${vm.name}'s next start${vm.state === 'running' ? ' (pending_attach)' : ''}.\n`,
    );
  },
);

const set = defineCommand(
  'set <vm> <iface>',
  {
    name: 'nic set',
    summary: "change a NIC's MAC or rate limits",
    synopsis: 'nic set VM IFACE [--mac MAC] [--rx-rate-limit R|none] [--tx-rate-limit R|none]',
    examples: [['hearth nic set web1 eth0 --tx-rate-limit none']],
  },
  (y) =>
    y
      .positional('vm', vmArg)
      .positional('iface', ifaceArg)
      .option('mac', { type: 'string', describe: 'the guest MAC address' })
      .option('rx-rate-limit', limitOption('receive'))
      .option('tx-rate-limit', limitOption('transmit'))
      .check((argv) => {
        if (['mac', 'rx-rate-limit', 'tx-rate-limit'].some((k) => argv[k] !== undefined))
          return true;
        throw new Error('Nothing to change: give --mac, --rx-rate-limit or --tx-rate-limit.');
      }),
  async (ctx, args) => {
    const vm = await resolveVm(ctx, args.vm);
    const body: UpdateNicBody = {
      ...(args.mac ? { guest_mac: args.mac } : {}),
      ...limitsOf(args as Limits),
    };
    const nic = (await ctx.call(
      ctx.client.PATCH('/v1/vms/{id}/nics/{iface_id}', {
        params: { path: { id: vm.id, iface_id: args.iface } },
        body,
      }),
    )) as Nic;
    if (ctx.quiet) return ctx.print(`${nic.iface_id}\n`);
    if (!ctx.human) return ctx.printData(nic);
    ctx.print(`NIC ${nic.iface_id} of ${vm.name} changed.\n`);
  },
);

const rm = defineCommand(
  'rm <vm> <iface>',
  {
    name: 'nic rm',
    summary: 'remove a network interface',
    synopsis: 'nic rm VM IFACE',
    examples: [['hearth nic rm web1 eth1']],
  },
  (y) => y.positional('vm', vmArg).positional('iface', ifaceArg),
  async (ctx, args) => {
    const vm = await resolveVm(ctx, args.vm);
    await ctx.call(
      ctx.client.DELETE('/v1/vms/{id}/nics/{iface_id}', {
        params: { path: { id: vm.id, iface_id: args.iface } },
      }),
    );
    if (ctx.quiet) return ctx.print(`${args.iface}\n`);
    if (ctx.human) ctx.print(`Removed NIC ${args.iface} from ${vm.name}.\n`);
  },
);

export const nicCommands = defineGroup(
  'nic',
  {
    name: 'nic',
    summary: "a VM's network interfaces: list, add, change, remove",
    synopsis: 'nic COMMAND VM [options]',
    examples: [['hearth nic ls web1'], ['hearth nic add web1 eth0']],
  },
  [ls, add, set, rm] as never[],
);
