// /v1/vms/:id/drives. Routes parse and call DrivesService; every change is DB-only and
// applies at the VM's next start (the attachment field shows what is pending).
import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import {
  AddDriveBody,
  DeleteDriveQuery,
  Drive,
  DriveParams,
  DriveToImageBody,
  IdParams,
  Image,
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
          '(default 10 GiB) in the VM storage dir. With `image_id` it copies that image of the ' +
          'VM host there instead (source `image`). With `path_on_host`, the path must lie in an ' +
          `allowed root and be an existing regular file on the VM's host. Beyond the host storage ` +
          `limit (capacity × HEARTH_STORAGE_OVERCOMMIT): 507. ${DB_ONLY_NOTE}`,
        params: IdParams,
        body: AddDriveBody,
        response: {
          201: Drive,
          ...errorResponses(400, 401, 404, 409, 422, 502, 507),
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
        summary:
          "Change a drive's settings (read-only, cache type, IO engine, rate limiter) or grow it (size_bytes)",
        description:
          '`size_bytes` grows a provisioned drive at once (the file is extended sparse by the ' +
          'host; smaller is 409 SHRINK_NOT_SUPPORTED, a host_path or image drive is 409 ' +
          'RESIZE_NOT_SUPPORTED, past the host storage limit is 507). A running guest keeps the ' +
          `size it has until POST …/apply or the next start. ${DB_ONLY_NOTE}`,
        params: DriveParams,
        body: UpdateDriveBody,
        response: { 200: Drive, ...errorResponses(400, 401, 404, 409, 502, 507) },
      },
    },
    (request) => services.drives.update(request.params.id, request.params.drive_id, request.body),
  );

  app.post(
    '/vms/:id/drives/:drive_id/apply',
    {
      schema: {
        tags: TAGS,
        summary: 'Apply a pending change to the running VMM now, where Firecracker allows it',
        description:
          'Opt-in, on a running VM: sends the one PATCH /drives/{id} that makes the live drive ' +
          "equal the row (path_on_host, which also makes a grown file's new size reach the " +
          'guest, and rate_limiter). Any other difference (added or removed drive, root flag, ' +
          'read-only, cache type, IO engine) answers 409 RESTART_REQUIRED with details.fields ' +
          'and changes nothing. An attached drive answers 200 unchanged. Not running: 409 VM_INVALID_STATE.',
        params: DriveParams,
        response: { 200: Drive, ...errorResponses(400, 401, 404, 409, 502) },
      },
    },
    (request) => services.drives.applyLive(request.params.id, request.params.drive_id),
  );

  app.post(
    '/vms/:id/drives/:drive_id/image',
    {
      schema: {
        tags: TAGS,
        summary: "Register a copy of a stopped VM's drive as a new image",
        description:
          'The host copies the file (reflink where the file system allows, else sparse) to ' +
          '<storage root>/images/ and the copy is registered as a rootfs image on the VM host. ' +
          'A VM that is running, starting or stopping answers 409 VM_INVALID_STATE: the copy ' +
          'would be inconsistent.',
        params: DriveParams,
        body: DriveToImageBody,
        response: { 201: Image, ...errorResponses(400, 401, 404, 409, 502, 507) },
      },
    },
    async (request, reply) => {
      const image = await services.drives.toImage(
        request.params.id,
        request.params.drive_id,
        request.body,
      );
      return reply.status(201).send(image);
    },
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
