// /v1/vms/:id/drives. Routes parse and call DrivesService; every change is DB-only and
// applies at the VM's next start (the attachment field shows what is pending).
import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import {
  AddDriveBody,
  DeleteDriveQuery,
  Drive,
  DriveParams,
  IdParams,
  UpdateDriveBody,
} from '@hearth/api';
import { errorResponses } from '../http/error-responses.ts';
import type { ManagerServices } from '../services.ts';

const TAGS = ['drives'];
const ATTACHMENT_NOTE =
  'While the VM runs, `attachment` compares each row with the live Firecracker configuration ' +
  '(attached, pending_attach, pending_change, and pending_detach entries for drives removed ' +
  'since start); it is null while the VM is not running.';
const DB_ONLY_NOTE =
  'Changes the database only (and, for files, the host through its agent), never the running ' +
  'Firecracker: it works in every VM state except `deleting` and takes effect at the next start.';

export const driveRoutes: FastifyPluginAsyncTypebox<{ services: ManagerServices }> = async (
  app,
  { services },
) => {
  app.get(
    '/vms/:id/drives',
    {
      schema: {
        tags: TAGS,
        summary: "List a VM's drives, root first",
        description: ATTACHMENT_NOTE,
        params: IdParams,
        response: {
          200: Type.Object({ items: Type.Array(Drive) }),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => ({ items: await services.drives.list(request.params.id) }),
  );

  app.get(
    '/vms/:id/drives/:drive_id',
    {
      schema: {
        tags: TAGS,
        summary: 'Get one drive',
        description: ATTACHMENT_NOTE,
        params: DriveParams,
        response: { 200: Drive, ...errorResponses(400, 401, 404) },
      },
    },
    (request) => services.drives.get(request.params.id, request.params.drive_id),
  );

  app.post(
    '/vms/:id/drives',
    {
      schema: {
        tags: TAGS,
        summary: 'Add a drive: provision a sparse file, or use an existing host file',
        description:
          'Without `path_on_host` the host allocates a sparse `disk-<uuid>.img` of `size_bytes` ' +
          '(default 10 GiB) in the VM storage dir. With it, the path must lie in an allowed root ' +
          `and be an existing regular file on the VM's host. ${DB_ONLY_NOTE}`,
        params: IdParams,
        body: AddDriveBody,
        response: {
          201: Drive,
          ...errorResponses(400, 401, 404, 409, 422, 502),
        },
      },
    },
    async (request, reply) => {
      const drive = await services.drives.add(request.params.id, request.body);
      return reply.status(201).send(drive);
    },
  );

  app.patch(
    '/vms/:id/drives/:drive_id',
    {
      schema: {
        tags: TAGS,
        summary: "Change a drive's settings (read-only, cache type, IO engine, rate limiter)",
        description: DB_ONLY_NOTE,
        params: DriveParams,
        body: UpdateDriveBody,
        response: { 200: Drive, ...errorResponses(400, 401, 404, 409) },
      },
    },
    (request) => services.drives.update(request.params.id, request.params.drive_id, request.body),
  );

  app.delete(
    '/vms/:id/drives/:drive_id',
    {
      schema: {
        tags: TAGS,
        summary: 'Remove a drive; `delete_file=true` also deletes a file in the VM storage dir',
        description:
          'The root device cannot be removed (409). `delete_file=true` is refused (400) for a ' +
          `host_path drive: that file is not Hearth's to delete. ${DB_ONLY_NOTE}`,
        params: DriveParams,
        querystring: DeleteDriveQuery,
        response: {
          204: Type.Null(),
          ...errorResponses(400, 401, 404, 409, 502),
        },
      },
    },
    async (request, reply) => {
      await services.drives.remove(request.params.id, request.params.drive_id, {
        deleteFile: request.query.delete_file ?? false,
      });
      return reply.status(204).send(null);
    },
  );
};
