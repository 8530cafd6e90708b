// VMs, images and hosts are named by id or by name everywhere. A UUID-shaped argument is
// tried as an id first, then as a name; anything else is looked up through the list
// endpoints' exact `name` filter. No match, or several, is an error (exit 1).
import type { Host, Image, Vm } from '@hearth/api';
import { CliError } from './api.ts';
import type { Context } from './context.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Kind = 'VM' | 'image' | 'host';

export function pickOne<T extends { id: string }>(
  kind: Kind,
  ref: string,
  items: T[],
  byId: boolean,
): T {
  const [first, ...others] = items;
  if (!first) {
    const code = `${kind.toUpperCase()}_NOT_FOUND`;
    const suffix = byId ? ' or has that id' : '';
    throw new CliError(`No ${kind} is named "${ref}"${suffix}.`, code);
  }
  if (others.length > 0) {
    const ids = items.map((item) => item.id);
    throw new CliError(
      `The name "${ref}" matches ${items.length} ${kind}s (${ids.join(', ')}); use an id.`,
      'AMBIGUOUS_NAME',
      { name: ref, ids },
    );
  }
  return first;
}

/** The id's object, or null when no object has that id (any other error is thrown). */
async function byIdOrNull<T>(ref: string, get: () => Promise<T>): Promise<T | null> {
  if (!UUID.test(ref)) return null;
  try {
    return await get();
  } catch (err) {
    if (err instanceof CliError && /_NOT_FOUND$/.test(err.code ?? '')) return null;
    throw err;
  }
}

export async function resolveVm(ctx: Context, ref: string): Promise<Vm> {
  const { client } = ctx;
  const vm = await byIdOrNull(ref, () =>
    ctx.call(client.GET('/v1/vms/{id}', { params: { path: { id: ref } } })),
  );
  if (vm) return vm as Vm;
  const page = await ctx.call(client.GET('/v1/vms', { params: { query: { name: ref } } }));
  return pickOne('VM', ref, page.items as Vm[], UUID.test(ref));
}

export async function resolveHost(ctx: Context, ref: string): Promise<Host> {
  const { client } = ctx;
  const host = await byIdOrNull(ref, () =>
    ctx.call(client.GET('/v1/hosts/{id}', { params: { path: { id: ref } } })),
  );
  if (host) return host as Host;
  const list = await ctx.call(client.GET('/v1/hosts', { params: { query: { name: ref } } }));
  return pickOne('host', ref, list.items as Host[], UUID.test(ref));
}

/**
 * `anyCopy`: images of one kind and name on several hosts are copies of one image, so a VM
 * create may take any of them (placement picks the host); rm and inspect want exactly one.
 * `hostId`: a name means the copy on that host (a drive from an image copies the one on the
 * VM's host); an id is taken as it is, and the API says if it is on another host.
 */
export async function resolveImage(
  ctx: Context,
  ref: string,
  options: { kind?: 'kernel' | 'rootfs'; anyCopy?: boolean; hostId?: string } = {},
): Promise<Image> {
  const { client } = ctx;
  const image = await byIdOrNull(ref, () =>
    ctx.call(client.GET('/v1/images/{id}', { params: { path: { id: ref } } })),
  );
  if (image) return image as Image;
  const query = { name: ref, ...(options.kind ? { kind: options.kind } : {}) };
  const list = await ctx.call(client.GET('/v1/images', { params: { query } }));
  const items = (list.items as Image[]).filter(
    (i) => !options.hostId || i.host_id === options.hostId,
  );
  return pickOne('image', ref, options.anyCopy ? items.slice(0, 1) : items, UUID.test(ref));
}
