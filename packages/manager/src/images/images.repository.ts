import type { Image } from '@hearth/api';
import type { Selectable } from 'kysely';
import type { ImageTable } from '../db/schema.ts';
import { type Db, iso } from '../db/types.ts';

export const toImage = (r: Selectable<ImageTable>): Image => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  host_id: r.host_id,
  path: r.path,
  size_bytes: r.size_bytes,
  created_at: iso(r.created_at),
});

export async function insertImage(db: Db, image: Omit<Image, 'created_at'>): Promise<Image> {
  const row = await db.insertInto('image').values(image).returningAll().executeTakeFirstOrThrow();
  return toImage(row);
}

export async function listImages(
  db: Db,
  filter: { kind?: Image['kind']; name?: string } = {},
): Promise<Image[]> {
  let q = db.selectFrom('image').selectAll().orderBy('kind').orderBy('name');
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  if (filter.name !== undefined) q = q.where('name', '=', filter.name);
  return (await q.execute()).map(toImage);
}

/** Several images by id in one statement; ids with no image are missing from the map. */
export async function findImages(db: Db, ids: string[]): Promise<Map<string, Image>> {
  const rows = await db.selectFrom('image').selectAll().where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, toImage(r)]));
}

export async function findImage(db: Db, id: string): Promise<Image | null> {
  const row = await db.selectFrom('image').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toImage(row) : null;
}

export async function deleteImage(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom('image').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Names of the VMs that boot from this image (kernel or rootfs). */
export async function vmsUsingImage(db: Db, id: string): Promise<string[]> {
  const rows = await db
    .selectFrom('vm')
    .select('name')
    .where((eb) => eb.or([eb('kernel_image_id', '=', id), eb('rootfs_image_id', '=', id)]))
    .orderBy('name')
    .execute();
  return rows.map((r) => r.name);
}

/** The image of a host with this name (names are unique per host). */
export async function findImageByName(db: Db, hostId: string, name: string): Promise<Image | null> {
  const row = await db
    .selectFrom('image')
    .selectAll()
    .where('host_id', '=', hostId)
    .where('name', '=', name)
    .executeTakeFirst();
  return row ? toImage(row) : null;
}
