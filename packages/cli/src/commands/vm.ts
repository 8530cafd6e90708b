// hearth vm ls | create | inspect | set | start | stop | restart | rm | events | console
// (set: vm-set.ts)
import type { AddDriveBody, AddNicBody, Vm, VmDetail, VmListItem } from '@hearth/api';
import { apiError, unreachable } from '../api.ts';
import { namesArg } from '../args.ts';
import { defineCommand, defineGroup, describeError } from '../command.ts';
import type { Context } from '../context.ts';
import { eventTable, stateSentence, vmDetail, vmTable } from '../output/format.ts';
import { latestLaunchSteps, stepTable, withProgress } from '../progress.ts';
import { resolveHost, resolveImage, resolveVm } from '../resolve.ts';
import { readEventStream } from '../sse.ts';
import { parseMemMib, parseSize, UsageError } from '../units.ts';
import { hostNames, imageNames } from './lookups.ts';
import { set } from './vm-set.ts';

const VM_STATES = ['created', 'starting', 'running', 'stopping', 'stopped', 'error', 'deleting'];

const ls = defineCommand(
  'ls',
  {
    name: 'vm ls',
    summary: 'list VMs',
    synopsis: 'vm ls [--state STATE] [--host HOST] [-a]',
    description:
      'One page of VMs (50, oldest first); -a/--all follows the cursor to the end.\n' +
      '-q prints the ids only, -o json the page as the API returned it.',
    examples: [
      ['hearth vm ls'],
      ['hearth vm ls -a --state running --host node1'],
      ['hearth vm ls -q --state stopped | xargs hearth vm start', 'start every stopped VM'],
    ],
  },
  (y) =>
    y
      .option('state', { type: 'string', choices: VM_STATES, describe: 'only VMs in this state' })
      .option('host', { type: 'string', describe: 'only VMs on this host (name or id)' })
      .option('all', { alias: 'a', type: 'boolean', describe: 'every page, not only the first' }),
  async (ctx, args) => {
    const hostId = args.host ? (await resolveHost(ctx, args.host)).id : undefined;
    const items: VmListItem[] = [];
    let cursor: string | undefined;
    let nextCursor: string | null = null;
    do {
      const query = {
        ...(args.state ? { state: args.state as Vm['state'] } : {}),
        ...(hostId ? { host_id: hostId } : {}),
        ...(cursor ? { cursor } : {}),
        ...(args.all ? { limit: 500 } : {}),
      };
      const page = await ctx.call(ctx.client.GET('/v1/vms', { params: { query } }));
      items.push(...(page.items as VmListItem[]));
      nextCursor = page.next_cursor ?? null;
      cursor = nextCursor ?? undefined;
    } while (args.all && cursor);
    if (ctx.quiet) return ctx.print(items.map((vm) => `${vm.id}\n`).join(''));
    if (!ctx.human) return ctx.printData({ items, next_cursor: args.all ? null : nextCursor });
    if (items.length === 0) return ctx.note('No VMs.');
    ctx.print(vmTable(items, await hostNames(ctx), ctx.colour));
    if (nextCursor) ctx.note('More VMs follow: -a/--all lists them all.');
  },
);

/** --drive size=20G,id=data | path=/srv/x.img,ro | cache=Writeback,io=Async */
export function parseDriveSpec(spec: string, index: number): AddDriveBody {
  const drive: Partial<AddDriveBody> & Record<string, unknown> = {};
  for (const item of spec.split(',')) {
    const [key = '', value] = item.split('=', 2).map((s) => s.trim());
    if ((key === 'ro' || key === 'read-only') && value === undefined) drive.is_read_only = true;
    else if (key === 'rw' && value === undefined) drive.is_read_only = false;
    else if (key === 'id' && value) drive.drive_id = value;
    else if (key === 'size' && value) drive.size_bytes = parseSize(value);
    else if (key === 'path' && value) drive.path_on_host = value;
    else if (key === 'cache' && (value === 'Unsafe' || value === 'Writeback'))
      drive.cache_type = value;
    else if ((key === 'io' || key === 'io-engine') && (value === 'Sync' || value === 'Async'))
      drive.io_engine = value;
    else {
      throw new UsageError(
        `Invalid --drive "${spec}" at "${item}": use id=ID, size=SIZE, path=/file, ro, cache=Unsafe|Writeback, io=Sync|Async.`,
      );
    }
  }
  if (drive.size_bytes !== undefined && drive.path_on_host !== undefined) {
    throw new UsageError(
      `Invalid --drive "${spec}": size= provisions a file, path= uses one; not both.`,
    );
  }
  return { drive_id: `disk${index + 1}`, ...drive } as AddDriveBody;
}

/** --nic eth0[,mac=06:00:ac:10:00:02] */
export function parseNicSpec(spec: string): AddNicBody {
  const [iface = '', ...rest] = spec.split(',');
  const nic: AddNicBody = { iface_id: iface.trim() };
  for (const item of rest) {
    const [key, value] = item.split('=', 2);
    if (key === 'mac' && value) nic.guest_mac = value;
    else throw new UsageError(`Invalid --nic "${spec}": use IFACE[,mac=MAC].`);
  }
  if (!nic.iface_id)
    throw new UsageError(`Invalid --nic "${spec}": name the interface, e.g. eth0.`);
  return nic;
}

const create = defineCommand(
  'create <name>',
  {
    name: 'vm create',
    summary: 'create a VM (and start it)',
    synopsis:
      'vm create NAME --kernel IMAGE --rootfs IMAGE [--vcpu N] [--mem SIZE] [--drive SPEC]... [--nic SPEC]... [--no-start]',
    description:
      "The rootfs image is copied into the VM's storage as its root drive `rootfs`; each\n" +
      '--drive adds a drive: size=SIZE provisions a sparse file in the VM storage, path=FILE\n' +
      "uses an existing file in the host's allowed paths; ro, cache=Unsafe|Writeback and\n" +
      'io=Sync|Async set its mode (ids default to disk1, disk2, ...). --nic IFACE[,mac=MAC]\n' +
      'adds a network interface (a TAP on the host). The VM starts unless --no-start; a start\n' +
      'that fails leaves the VM in state error and exits 1.',
    examples: [
      ['hearth vm create web1 --kernel demo-kernel --rootfs demo-rootfs --mem 512M'],
      [
        'hearth vm create db1 --kernel demo-kernel --rootfs demo-rootfs --vcpu 2 --mem 2G --drive size=20G,id=data',
      ],
      [
        'hearth vm create ro1 --kernel demo-kernel --rootfs demo-rootfs --drive path=/srv/seed.img,ro --nic eth0',
      ],
    ],
  },
  (y) =>
    y
      .positional('name', { type: 'string', demandOption: true, describe: 'the VM name' })
      .option('kernel', {
        type: 'string',
        demandOption: true,
        describe: 'kernel image (name or id)',
      })
      .option('rootfs', {
        type: 'string',
        demandOption: true,
        describe: 'rootfs image (name or id)',
      })
      .option('vcpu', { type: 'number', default: 1, describe: 'vCPUs' })
      .option('mem', {
        type: 'string',
        default: '512M',
        describe: 'memory (512M, 2G; a plain number is MiB)',
        coerce: parseMemMib,
      })
      .option('boot-args', { type: 'string', describe: 'kernel command line' })
      .option('drive', {
        type: 'string',
        array: true,
        describe: 'a drive: size=SIZE|path=FILE[,id=ID][,ro][,cache=..][,io=..]',
        coerce: (specs: string[]) => specs.map(parseDriveSpec),
      })
      .option('nic', {
        type: 'string',
        array: true,
        describe: 'a NIC: IFACE[,mac=MAC]',
        coerce: (specs: string[]) => specs.map(parseNicSpec),
      })
      .option('start', {
        type: 'boolean',
        default: true,
        describe: 'start it (--no-start: do not)',
      }),
  async (ctx, args) => {
    const a = args as typeof args & { mem: number; drive?: AddDriveBody[]; nic?: AddNicBody[] };
    const [kernel, rootfs] = await Promise.all([
      resolveImage(ctx, a.kernel, { kind: 'kernel', anyCopy: true }),
      resolveImage(ctx, a.rootfs, { kind: 'rootfs', anyCopy: true }),
    ]);
    const body = {
      name: a.name,
      vcpu: a.vcpu,
      mem_mib: a.mem,
      kernel_image_id: kernel.id,
      rootfs_image_id: rootfs.id,
      start: a.start,
      ...(a['boot-args'] ? { boot_args: a['boot-args'] } : {}),
      ...(a.drive ? { drives: a.drive } : {}),
      ...(a.nic ? { nics: a.nic } : {}),
    };
    const vm = (await withProgress(ctx, `Creating ${a.name}`, { vmName: a.name }, () =>
      ctx.call(ctx.client.POST('/v1/vms', { body })),
    )) as VmDetail;
    await reportTransition(ctx, vm, 'created');
  },
);

/** The result of a create/start/restart/stop: the VM, its launch steps, exit 1 on error. */
async function reportTransition(ctx: Context, vm: VmDetail, verb: string): Promise<void> {
  if (vm.state === 'error') process.exitCode = 1;
  if (ctx.quiet) return ctx.print(`${vm.id}\n`);
  if (!ctx.human) return ctx.printData(vm);
  if (vm.state === 'error' && vm.last_error) {
    ctx.print(
      `${vm.name} was ${verb} but is in error: ${vm.last_error.message} [${vm.last_error.code}]\n`,
    );
  } else ctx.print(stateSentence(vm, ctx.colour));
  if (vm.state === 'running') {
    const steps = await latestLaunchSteps(ctx, vm.id);
    if (steps) ctx.print(stepTable(steps));
  }
}

const inspect = defineCommand(
  'inspect <vm>',
  {
    name: 'vm inspect',
    summary: 'show a VM: settings, state, storage, last error, drives and NICs',
    synopsis: 'vm inspect VM',
    examples: [['hearth vm inspect web1'], ["hearth vm inspect web1 -o json | jq '.drives[]'"]],
  },
  (y) => y.positional('vm', { type: 'string', demandOption: true, describe: 'name or id' }),
  async (ctx, args) => {
    const { id } = await resolveVm(ctx, args.vm);
    const vm = (await ctx.call(
      ctx.client.GET('/v1/vms/{id}', { params: { path: { id } } }),
    )) as VmDetail;
    if (ctx.quiet) return ctx.print(`${vm.id}\n`);
    if (!ctx.human) return ctx.printData(vm);
    ctx.print(vmDetail(vm, await imageNames(ctx), ctx.colour));
  },
);

type Action = 'start' | 'stop' | 'restart';
const ACTION_TITLES: Record<Action, string> = {
  start: 'Starting',
  stop: 'Stopping',
  restart: 'Restarting',
};

/** start/stop/restart/rm of several VMs: each in turn, a failure printed, exit 1 at the end. */
async function eachVm(
  ctx: Context,
  refs: string[],
  act: (vm: Vm) => Promise<unknown>,
): Promise<void> {
  const results: unknown[] = [];
  for (const ref of refs) {
    try {
      const vm = await resolveVm(ctx, ref);
      results.push(await act(vm));
    } catch (err) {
      process.exitCode = 1;
      process.stderr.write(describeError(ctx, err));
    }
  }
  if (!ctx.human && !ctx.quiet) {
    const data = results.filter((r) => r !== undefined);
    if (data.length) ctx.printData(refs.length === 1 ? data[0] : data);
  }
}

const lifecycle = (action: Action, summary: string, description: string) =>
  defineCommand(
    `${action} <vms..>`,
    {
      name: `vm ${action}`,
      summary,
      synopsis: `vm ${action} VM...`,
      description,
      examples: [[`hearth vm ${action} web1`], [`hearth vm ${action} web1 web2`]],
    },
    (y) => y.positional('vms', namesArg),
    async (ctx, args) => {
      await eachVm(ctx, args.vms as string[], async (target) => {
        const path = `/v1/vms/{id}/${action}` as '/v1/vms/{id}/start';
        const vm = (await withProgress(
          ctx,
          `${ACTION_TITLES[action]} ${target.name}`,
          { vmId: target.id, vmName: target.name },
          () => ctx.call(ctx.client.POST(path, { params: { path: { id: target.id } } })),
        )) as VmDetail;
        if (ctx.human || ctx.quiet) await reportTransition(ctx, vm, `${action}ed`);
        return vm;
      });
    },
  );

const start = lifecycle(
  'start',
  'start VMs',
  'Applies every drive and NIC record to a new Firecracker process and boots the guest.',
);
const stop = lifecycle(
  'stop',
  'stop VMs (storage kept)',
  'Asks the guest to shut down (Ctrl+Alt+Del), then kills the VMM after the stop timeout.\nThe storage stays; `hearth vm start` boots it again.',
);
const restart = lifecycle(
  'restart',
  'restart VMs (applies pending drive and NIC changes)',
  'A stop then a start: pending_attach, pending_change and pending_detach devices are applied.',
);

const rm = defineCommand(
  'rm <vms..>',
  {
    name: 'vm rm',
    summary: 'delete VMs and their storage',
    synopsis: 'vm rm VM...',
    description:
      'Stops the VM and deletes its directory on the host: the rootfs copy and every\nprovisioned drive file. Host-path files are not touched.',
    examples: [['hearth vm rm web1'], ['hearth vm ls -q --state error | xargs hearth vm rm']],
  },
  (y) => y.positional('vms', namesArg),
  async (ctx, args) => {
    await eachVm(ctx, args.vms as string[], async (vm) => {
      await ctx.call(ctx.client.DELETE('/v1/vms/{id}', { params: { path: { id: vm.id } } }));
      if (ctx.quiet) ctx.print(`${vm.id}\n`);
      else if (ctx.human) ctx.print(`Deleted ${vm.name} (${vm.id}) and its storage.\n`);
      return undefined;
    });
  },
);

const events = defineCommand(
  'events <vm>',
  {
    name: 'vm events',
    summary: "a VM's event log (starts, stops, errors, changes)",
    synopsis: 'vm events VM [--limit N]',
    description: 'Oldest first, the newest last.',
    examples: [['hearth vm events web1 --limit 20']],
  },
  (y) =>
    y
      .positional('vm', { type: 'string', demandOption: true, describe: 'name or id' })
      .option('limit', { type: 'number', default: 100, describe: 'how many of the latest events' }),
  async (ctx, args) => {
    const { id } = await resolveVm(ctx, args.vm);
    const page = await ctx.call(
      ctx.client.GET('/v1/vms/{id}/events', {
        params: { path: { id }, query: { limit: args.limit } },
      }),
    );
    const items = [...page.items].reverse();
    if (ctx.quiet) return ctx.print(items.map((e) => `${e.id}\n`).join(''));
    if (!ctx.human) return ctx.printData({ items });
    ctx.print(eventTable(items, ctx.colour));
  },
);

const consoleCommand = defineCommand(
  'console <vm>',
  {
    name: 'vm console',
    summary: "the VM's serial console output",
    synopsis: 'vm console VM [-f] [--bytes N]',
    description:
      'The end of the console log (every boot of the VM is kept). -f follows new output\n' +
      'until Ctrl+C. With -o json, one {"text", "end"} object per chunk.',
    examples: [['hearth vm console web1'], ['hearth vm console web1 -f']],
  },
  (y) =>
    y
      .positional('vm', { type: 'string', demandOption: true, describe: 'name or id' })
      .option('follow', { alias: 'f', type: 'boolean', describe: 'follow new output' })
      .option('bytes', {
        type: 'number',
        describe: 'how much of the end of the log (default 64 KiB)',
      }),
  async (ctx, args) => {
    const { id } = await resolveVm(ctx, args.vm);
    const emit = (chunk: { text: string; end: number }) =>
      ctx.human || ctx.quiet
        ? ctx.print(chunk.text)
        : ctx.print(`${JSON.stringify({ text: chunk.text, end: chunk.end })}\n`);
    if (!args.follow) {
      const query = args.bytes ? { bytes: args.bytes } : {};
      const slice = await ctx.call(
        ctx.client.GET('/v1/vms/{id}/console', { params: { path: { id }, query } }),
      );
      return emit(slice as { text: string; end: number });
    }
    await followConsole(ctx, id, emit);
  },
);

/** The console stream: `output` events whose id is the end offset; `error` ends it. */
async function followConsole(
  ctx: Context,
  vmId: string,
  emit: (chunk: { text: string; end: number }) => void,
): Promise<void> {
  const headers: Record<string, string> = { accept: 'text/event-stream' };
  if (ctx.token) headers.authorization = `Bearer ${ctx.token}`;
  const url = `${ctx.baseUrl}/v1/vms/${vmId}/console/stream`;
  const response = await fetch(url, { headers }).catch((err) => {
    throw unreachable(ctx.baseUrl, err);
  });
  if (!response.ok || !response.body) {
    throw apiError(response.status, await response.json().catch(() => null));
  }
  for await (const event of readEventStream(response.body)) {
    if (event.event === 'error') throw apiError(502, JSON.parse(event.data));
    if (event.event !== 'output') continue;
    const { text } = JSON.parse(event.data) as { text: string };
    emit({ text, end: Number(event.id) });
  }
}

export const vmCommands = defineGroup(
  'vm',
  {
    name: 'vm',
    summary: 'VMs: list, create, inspect, set, start, stop, restart, delete, events, console',
    synopsis: 'vm COMMAND [options]',
    examples: [
      ['hearth vm ls'],
      ['hearth vm create web1 --kernel demo-kernel --rootfs demo-rootfs'],
    ],
  },
  [ls, create, inspect, set, start, stop, restart, rm, events, consoleCommand] as never[],
);
