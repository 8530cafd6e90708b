import { type Static, Type } from '@sinclair/typebox';
import { HOST_PATH_PATTERN, NAME_PATTERN } from '../patterns.ts';
import { EXAMPLE, StringEnum, timestamp, uuid } from './common.ts';

export const IMAGE_KINDS = ['kernel', 'rootfs'] as const;
export const ImageKind = StringEnum(IMAGE_KINDS, {
  description:
    '`kernel`: an uncompressed Linux kernel (vmlinux) to boot; `rootfs`: a file system image, copied into each VM as its root drive',
  examples: ['kernel'],
});
export type ImageKind = Static<typeof ImageKind>;

const imageName = (description: string) =>
  Type.String({ minLength: 1, maxLength: 128, description, examples: ['vmlinux'] });

export const Image = Type.Object({
  id: uuid('the image id', EXAMPLE.kernelImageId),
  kind: ImageKind,
  name: Type.String({
    description:
      'unique per host and kind; images of the same kind and name on several hosts are copies of one image',
    examples: ['vmlinux'],
  }),
  host_id: uuid('the host whose file this is', EXAMPLE.hostId),
  path: Type.String({ description: 'the file on that host', examples: [EXAMPLE.kernelPath] }),
  size_bytes: Type.Integer({
    description: 'size of the file in bytes, at registration',
    examples: [44040192],
  }),
  created_at: timestamp('when it was registered'),
});
export type Image = Static<typeof Image>;

export const RegisterImageBody = Type.Object(
  {
    kind: ImageKind,
    name: Type.String({
      minLength: 1,
      maxLength: 128,
      pattern: NAME_PATTERN,
      description: 'unique per host: letters, digits, ., _, -',
      examples: ['vmlinux'],
    }),
    path: Type.String({
      minLength: 1,
      maxLength: 4096,
      pattern: HOST_PATH_PATTERN,
      description:
        "an existing regular file on the host, in the agent's allowed paths (HEARTH_ALLOWED_PATHS), outside its VM storage root",
      examples: [EXAMPLE.kernelPath],
    }),
    host_id: Type.Optional(
      uuid(
        'the host that has the file; may be left out while only one host is registered',
        EXAMPLE.hostId,
      ),
    ),
  },
  {
    additionalProperties: false,
    examples: [{ kind: 'kernel', name: 'vmlinux', path: EXAMPLE.kernelPath }],
  },
);
export type RegisterImageBody = Static<typeof RegisterImageBody>;

export const ImageList = Type.Object({
  items: Type.Array(Image, { description: 'every matching image, by kind then name' }),
});
export type ImageList = Static<typeof ImageList>;

export const ListImagesQuery = Type.Object(
  {
    kind: Type.Optional(StringEnum(IMAGE_KINDS, { description: 'only images of this kind' })),
    name: Type.Optional(imageName('only images with exactly this name')),
  },
  { additionalProperties: false },
);
export type ListImagesQuery = Static<typeof ListImagesQuery>;
