// /v1/images: kernels and root filesystems registered by their path on a host.
import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { IdParams, Image, ImageList, ListImagesQuery, RegisterImageBody } from '@hearth/api';
import { errorResponses } from '../http/error-responses.ts';
import type { ManagerServices } from '../services.ts';

const TAGS = ['images'];

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
          ...errorResponses(400, 401, 404, 409, 422, 502),
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
        querystring: ListImagesQuery,
        response: { 200: ImageList, ...errorResponses(400, 401) },
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
        params: IdParams,
        response: { 200: Image, ...errorResponses(400, 401, 404) },
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
        params: IdParams,
        response: {
          204: Type.Null(),
          ...errorResponses(400, 401, 404, 409),
        },
      },
    },
    async (request, reply) => {
      await services.images.delete(request.params.id);
      return reply.status(204).send(null);
    },
  );
};
