// Names for the ids in tables: a VM row names its host, a VM its images.
import type { Context } from '../context.ts';

export async function hostNames(ctx: Context): Promise<Map<string, string>> {
  const hosts = await ctx.call(ctx.client.GET('/v1/hosts'));
  return new Map(hosts.items.map((h) => [h.id, h.name]));
}

export async function imageNames(ctx: Context): Promise<Map<string, string>> {
  const images = await ctx.call(ctx.client.GET('/v1/images'));
  return new Map(images.items.map((i) => [i.id, i.name]));
}
