// /v1/images: kernels and root filesystems registered by their path on a host.
import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { Image, ImageIdParams, ImageList, ListImagesQuery, RegisterImageBody } from '@hearth/api';
import { errorResponses, REASONS } from '../http/error-responses.ts';
import type { ManagerServices } from '../services.ts';

const TAGS = ['images'];
const NO_IMAGE = 'no image has this id';

export const imageRoutes: FastifyPluginAsyncTypebox<{ services: ManagerServices }> = async (
  app,
  { services },
) => {
  app.post(
    '/images',
    {
      schema: {
        tags: TAGS,
        summary: 'Register a kernel or rootfs image by its path on a host',
        description:
          "The path must lie in the host agent's storage root or allowed paths " +
          '(HEARTH_ALLOWED_PATHS) and be a regular file there. `host_id` may be left out ' +
          'while only one host is registered.',
        body: RegisterImageBody,
        response: {
          201: Image,
          ...errorResponses({
            VALIDATION_FAILED: `${REASONS.invalid}, or host_id is left out while several hosts are registered (details.host_ids)`,
            PATH_NOT_ALLOWED:
              "the path is outside the host's allowed paths, or inside its VM storage root (VM disks and Hearth's own files)",
            HOST_NOT_FOUND: 'host_id names no host',
            NAME_TAKEN: 'the host has an image with this name',
            FILE_NOT_FOUND: 'the path is not an existing regular file on the host',
            NO_HOST_AVAILABLE: 'no host is registered yet: start an agent first',
            ...REASONS.agent,
          }),
        },
      },
    },
    async (request, reply) => reply.status(201).send(await services.images.register(request.body)),
  );

  app.get(
    '/images',
    {
      schema: {
        tags: TAGS,
        summary: 'List images, optionally of one kind or with one name',
        description:
          'Every registered image of every host, by kind then name. Images of one kind and name ' +
          'on several hosts are copies of one image: placement picks a host that has both of a ' +
          "VM's images.",
        querystring: ListImagesQuery,
        response: {
          200: ImageList,
          ...errorResponses({ VALIDATION_FAILED: 'a query parameter is invalid' }),
        },
      },
    },
    async (request) => ({ items: await services.images.list(request.query) }),
  );

  app.get(
    '/images/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Get one image',
        description: 'The registration: kind, name, host, path and size at registration.',
        params: ImageIdParams,
        response: {
          200: Image,
          ...errorResponses({ VALIDATION_FAILED: REASONS.invalid, IMAGE_NOT_FOUND: NO_IMAGE }),
        },
      },
    },
    async (request) => services.images.get(request.params.id),
  );

  app.delete(
    '/images/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Delete an image registration (the file stays); 409 while a VM uses it',
        description:
          "Removes the registration only: the file on the host is the operator's. A VM booting " +
          'the kernel or created from the rootfs keeps the image in use until it is deleted.',
        params: ImageIdParams,
        response: {
          204: Type.Null(),
          ...errorResponses({
            VALIDATION_FAILED: REASONS.invalid,
            IMAGE_NOT_FOUND: NO_IMAGE,
            IMAGE_IN_USE: 'VMs use the image (details.vms); delete them first',
          }),
        },
      },
    },
    async (request, reply) => {
      await services.images.delete(request.params.id);
      return reply.status(204).send(null);
    },
  );
};
