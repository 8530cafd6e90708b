// /v1/vms/:id/drives. Routes parse and call DrivesService; every change is DB-only and
// applies at the VM's next start (the attachment field shows what is pending).
import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import {
  AddDriveBody,
  DeleteDriveQuery,
  Drive,
  DriveParams,
  DriveToImageBody,
  Image,
  UpdateDriveBody,
  VmIdParams,
} from '@hearth/api';
import { type ErrorReasons, errorResponses, REASONS } from '../http/error-responses.ts';
import type { ManagerServices } from '../services.ts';

const TAGS = ['drives'];
const ATTACHMENT_NOTE =
  'While the VM runs, `attachment` compares each row with the live Firecracker configuration ' +
  '(attached, pending_attach, pending_change, and pending_detach entries for drives removed ' +
  'since start); it is null while the VM is not running.';
/** What every drive route can answer: a bad parameter, no such VM, its host gone. */
const ONE_VM = {
  VALIDATION_FAILED: REASONS.invalid,
  VM_NOT_FOUND: REASONS.vmNotFound,
  HOST_NOT_FOUND: REASONS.hostGone,
} as const satisfies ErrorReasons;
const NO_DRIVE = 'the VM has no drive with this drive_id';
/** A change of the VM's devices refused by its state (assertDevicesChangeable). */
const CHANGEABLE = {
  VM_BUSY: 'the VM is starting or stopping; change its drives when it is done',
  VM_INVALID_STATE: 'the VM is being deleted',
} as const satisfies ErrorReasons;
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
        params: VmIdParams,
        response: {
          200: Type.Object({
            items: Type.Array(Drive, {
              description: 'root first, then by drive_id; pending_detach entries last',
            }),
          }),
          ...errorResponses(ONE_VM),
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
        response: {
          200: Drive,
          ...errorResponses({
            ...ONE_VM,
            DRIVE_NOT_FOUND: `${NO_DRIVE} (nor has its running VMM)`,
          }),
        },
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
        params: VmIdParams,
        body: AddDriveBody,
        response: {
          201: Drive,
          ...errorResponses({
            ...ONE_VM,
            VALIDATION_FAILED:
              'a field is invalid, size_bytes is out of range or given with path_on_host, path_on_host and image_id are both given, or image_id is not a rootfs image or is larger than size_bytes',
            PATH_NOT_ALLOWED:
              "path_on_host is outside the host's allowed roots, or in another VM's storage dir",
            IMAGE_NOT_FOUND: 'image_id names no image',
            DRIVE_ID_TAKEN: 'the VM has a drive with this drive_id',
            ROOT_DEVICE_EXISTS: 'is_root_device is true and the VM has its root device',
            ...CHANGEABLE,
            FILE_EXISTS: "the host already has a file of that name in the VM's storage dir",
            FILE_NOT_FOUND:
              'path_on_host is not an existing regular file on the host, or image_id lies on another host than the VM',
            HOST_PRECONDITION_FAILED: "the image's file is missing on the host",
            ...REASONS.agent,
            INSUFFICIENT_STORAGE:
              "the drive would take the host's provisioned bytes past capacity × HEARTH_STORAGE_OVERCOMMIT (details.limit_bytes, provisioned_bytes, requested_bytes), or the host's disk is full for an image copy",
          }),
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
        response: {
          200: Drive,
          ...errorResponses({
            ...ONE_VM,
            VALIDATION_FAILED:
              'a field is invalid, no field is given, or size_bytes is out of range (HEARTH_MAX_DRIVE_BYTES)',
            PATH_NOT_ALLOWED: "the host agent refuses the drive's file (outside its storage root)",
            DRIVE_NOT_FOUND: NO_DRIVE,
            ...CHANGEABLE,
            SHRINK_NOT_SUPPORTED:
              'size_bytes is smaller than the drive (details.size_bytes, current_size_bytes)',
            RESIZE_NOT_SUPPORTED:
              'size_bytes is given for a host_path or image drive (details.source)',
            HOST_PRECONDITION_FAILED: "the drive's file is missing on the host",
            ...REASONS.agent,
            INSUFFICIENT_STORAGE:
              "growing would take the host's provisioned bytes past capacity × HEARTH_STORAGE_OVERCOMMIT (details.limit_bytes, provisioned_bytes, requested_bytes)",
          }),
        },
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
        response: {
          200: Drive,
          ...errorResponses({
            ...ONE_VM,
            DRIVE_NOT_FOUND: `${NO_DRIVE} (nor has its running VMM)`,
            PATH_NOT_ALLOWED: "the host agent refuses the drive's file",
            VM_BUSY: 'the VM is starting or stopping',
            VM_INVALID_STATE: 'the VM is not running (details.state), or it stopped meanwhile',
            RESTART_REQUIRED:
              'the difference is one Firecracker cannot change on a running VM (details.fields); nothing was changed',
            HOST_PRECONDITION_FAILED: "the drive's file is missing on the host",
            ...REASONS.agent,
          }),
        },
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
        response: {
          201: Image,
          ...errorResponses({
            ...ONE_VM,
            VALIDATION_FAILED:
              'the name is invalid, or the drive is a host_path drive (register its file with POST /v1/images)',
            PATH_NOT_ALLOWED: "the host agent refuses the drive's file",
            DRIVE_NOT_FOUND: NO_DRIVE,
            NAME_TAKEN: 'the VM host has an image with this name',
            VM_INVALID_STATE:
              'the VM is running, starting, stopping or being deleted, or its host still runs its VMM (details.state)',
            FILE_EXISTS: 'the host already has an image file of that name',
            HOST_PRECONDITION_FAILED: "the drive's file is missing on the host",
            ...REASONS.agent,
            INSUFFICIENT_STORAGE:
              "the host's disk is full for the copy (details.bytes_needed, bytes_free)",
          }),
        },
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
          ...errorResponses({
            ...ONE_VM,
            VALIDATION_FAILED: `${REASONS.invalid}, or delete_file=true for a host_path drive`,
            PATH_NOT_ALLOWED:
              "the host agent refuses to delete a file outside the VM's storage dir",
            DRIVE_NOT_FOUND: NO_DRIVE,
            ...CHANGEABLE,
            ROOT_DEVICE_REQUIRED: 'the drive is the root device: a VM cannot run without one',
            FILE_IN_USE:
              'with delete_file: another drive row (of any VM on the host) names the file (details.other_vm_id, other_drive_id); nothing was deleted',
            ...REASONS.agent,
          }),
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
