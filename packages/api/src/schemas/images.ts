import { type Static, Type } from '@sinclair/typebox';
import { HOST_PATH_PATTERN, NAME_PATTERN } from '../patterns.ts';
import { Timestamp, Uuid } from './common.ts';

export const ImageKind = Type.Union([Type.Literal('kernel'), Type.Literal('rootfs')]);
export type ImageKind = Static<typeof ImageKind>;

export const Image = Type.Object({
  id: Uuid,
  kind: ImageKind,
  name: Type.String(),
  host_id: Uuid,
  path: Type.String(),
  size_bytes: Type.Integer(),
  created_at: Timestamp,
});
export type Image = Static<typeof Image>;

export const RegisterImageBody = Type.Object(
  {
    kind: ImageKind,
    name: Type.String({ minLength: 1, maxLength: 128, pattern: NAME_PATTERN }),
    path: Type.String({ minLength: 1, maxLength: 4096, pattern: HOST_PATH_PATTERN }),
    host_id: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type RegisterImageBody = Static<typeof RegisterImageBody>;

export const ImageList = Type.Object({ items: Type.Array(Image) });
export type ImageList = Static<typeof ImageList>;

export const ListImagesQuery = Type.Object(
  {
    kind: Type.Optional(ImageKind),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 128, description: 'exact name' })),
  },
  { additionalProperties: false },
);
export type ListImagesQuery = Static<typeof ListImagesQuery>;
