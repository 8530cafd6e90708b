import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateVmBody,
  ListEventsQuery,
  ListVmsQuery,
  Page,
  UpdateVmBody,
  VmDetail,
  VmEvent,
  VmIdParams,
  VmListItem,
} from '@hearth/api';
import { Type } from '@sinclair/typebox';
import { type ErrorReasons, inlineErrorResponses, REASONS } from '../http/error-responses.ts';
import type { ManagerServices } from '../services.ts';

const tags = ['vms'];

/** What every route on one VM can answer: a bad id, no such VM, its host gone. */
const ONE_VM = {
  VALIDATION_FAILED: REASONS.invalid,
  VM_NOT_FOUND: REASONS.vmNotFound,
  HOST_NOT_FOUND: REASONS.hostGone,
} as const satisfies ErrorReasons;

const BUSY =
  'a start, stop, restart or delete of the VM is in progress (details.state); retry when it is done';

/** What a launch (start, restart) can answer beyond ONE_VM. */
const LAUNCH = {
  IMAGE_NOT_FOUND: 'its kernel image is no longer registered',
  PATH_NOT_ALLOWED:
    "the host agent refuses a drive's file at launch (details.drive_id, real_path, reason: other_vm_directory, control_file, image_read_write)",
  VM_BUSY: BUSY,
  VM_INVALID_STATE: 'its host still runs a VMM for the VM',
  FILE_IN_USE:
    'a file would be opened read-write twice: by two drives of the VM, or by another running VM on the host (details.drive_id, other_vm_id, other_drive_id)',
  TAP_IN_USE: "another running VM on the host holds a NIC's TAP",
  HOST_PRECONDITION_FAILED:
    "the host lacks something the VM needs, e.g. a host_path or image drive's file (details.drive_id, path)",
  LAUNCH_FAILED:
    'a launch step failed (details.step, firecracker_fault); the VM is now in `error` with last_error',
  ...REASONS.agent,
} as const satisfies ErrorReasons;

/** start, stop and restart: each is idempotent where the VM already is where it leads. */
const LIFECYCLE_DOCS = {
  start: {
    summary: 'Start a VM',
    description:
      'Sets the desired state to running and launches the VMM on the VM host with every drive ' +
      'and NIC row (missing provisioned files are recreated, sparse, at their size). From ' +
      '`created`, `stopped` or `error`. Idempotent: a VM that is already running answers 200 ' +
      'with the VM as it is. 409 VM_BUSY while another transition runs.',
    errors: inlineErrorResponses({ ...ONE_VM, ...LAUNCH }),
  },
  stop: {
    summary: 'Stop a VM (its storage is kept)',
    description:
      'Sets the desired state to stopped and stops the VMM; its TAPs and socket go, its files ' +
      'stay. Idempotent: a VM that is `created` or `stopped` answers 200 with the VM as it is ' +
      '(the wish is recorded, so the reconciler will not start it). 409 VM_BUSY while another ' +
      'transition runs.',
    errors: inlineErrorResponses({ ...ONE_VM, VM_BUSY: BUSY, ...REASONS.agent }),
  },
  restart: {
    summary: 'Restart a VM (stop, then start with the current drive and NIC rows)',
    description:
      'Stops the VMM if one runs, then starts it as POST …/start does, so every pending device ' +
      'change takes effect. From `running`, `error`, `created` or `stopped`. 409 VM_BUSY while ' +
      'another transition runs.',
    errors: inlineErrorResponses({ ...ONE_VM, ...LAUNCH }),
  },
} as const;

export const vmRoutes: FastifyPluginAsyncTypebox<{ services: ManagerServices }> = async (
  app,
  { services },
) => {
  const { vms, lifecycle } = services;

  app.post(
    '/vms',
    {
      schema: {
        tags,
        summary:
          'Create a VM (clones the rootfs, records drives and NICs, starts it unless start=false)',
        description:
          'Places the VM on a healthy host that holds both images and has room for its vCPUs, ' +
          'memory and drives (the one with the most free memory), copies the rootfs image into ' +
          '`<storage root>/<vm id>/storage/rootfs.img` as root drive `rootfs`, provisions or checks ' +
          'the data drives as POST …/drives does, and records everything in one transaction; if ' +
          'any step fails nothing stays behind. With `start` (default) the VM is then started: a ' +
          'start that fails still answers 201, with the VM in `error` and its last_error.',
        body: CreateVmBody,
        response: {
          201: VmDetail,
          ...inlineErrorResponses({
            VALIDATION_FAILED:
              'a field is invalid, an image is of the wrong kind, a drive size is out of range, a drive gives both path_on_host and image_id, or a guest_mac is not unicast',
            PATH_NOT_ALLOWED:
              "a drive's path_on_host is outside the host's allowed roots, or in another VM's storage dir",
            IMAGE_NOT_FOUND:
              "kernel_image_id, rootfs_image_id or a drive's image_id names no image",
            NAME_TAKEN: 'a VM with this name exists',
            ROOT_DEVICE_EXISTS: 'a drive asks to be the root device: the root is the rootfs image',
            DRIVE_ID_TAKEN: 'two drives have one drive_id, or a drive is named `rootfs`',
            IFACE_ID_TAKEN: 'two NICs have one iface_id',
            MAC_TAKEN: 'a guest_mac is already used (MACs are unique across Hearth)',
            MMDS_NEEDS_NIC: 'mmds is true and nics is empty',
            FILE_EXISTS: "the host already has a file of that name in the VM's storage dir",
            FILE_NOT_FOUND:
              "a drive's path_on_host is not an existing regular file on the host, or its image_id lies on another host",
            NO_HOST_AVAILABLE:
              'no healthy host holds both images with room for the vCPUs and memory (details.reasons)',
            HOST_PRECONDITION_FAILED: "an image's file is missing on the chosen host",
            ...REASONS.agent,
            INSUFFICIENT_STORAGE:
              "no host can provision the drives within capacity × HEARTH_STORAGE_OVERCOMMIT (details.reasons), or the host's disk is full for the rootfs copy",
          }),
        },
      },
    },
    async (request, reply) => reply.status(201).send(await vms.create(request.body)),
  );

  app.get(
    '/vms',
    {
      schema: {
        tags,
        summary: 'List VMs, oldest first, filtered by name (exact or part), state and host',
        description:
          'A page of at most `limit` VMs; pass `next_cursor` as `cursor` for the next one. Each ' +
          'row counts its drives and NICs; GET /v1/vms/{id} has the devices themselves.',
        querystring: ListVmsQuery,
        response: {
          200: Page(VmListItem),
          ...inlineErrorResponses({
            VALIDATION_FAILED:
              'a query parameter is invalid, or cursor is not a next_cursor of this list',
          }),
        },
      },
    },
    async (request) => vms.list(request.query),
  );

  app.get(
    '/vms/:id',
    {
      schema: {
        tags,
        summary: 'A VM with its host, drives and NICs (attachment compared with the live VMM)',
        description:
          "While the VM runs, each drive's and NIC's `attachment` compares its row with the " +
          "running VMM's configuration (asked of the host agent; null when the agent cannot say).",
        params: VmIdParams,
        response: { 200: VmDetail, ...inlineErrorResponses(ONE_VM) },
      },
    },
    async (request) => vms.get(request.params.id),
  );

  app.patch(
    '/vms/:id',
    {
      schema: {
        tags,
        summary: "Change a VM's restart policy or MMDS",
        description:
          'A new restart policy takes effect at once and resets restart_count; `mmds` applies ' +
          'from the next start and needs a NIC. Works in every state.',
        params: VmIdParams,
        body: UpdateVmBody,
        response: {
          200: VmDetail,
          ...inlineErrorResponses({
            ...ONE_VM,
            MMDS_NEEDS_NIC: 'mmds is true and the VM has no NIC',
          }),
        },
      },
    },
    async (request) => vms.update(request.params.id, request.body),
  );

  for (const action of ['start', 'stop', 'restart'] as const) {
    const doc = LIFECYCLE_DOCS[action];
    app.post(
      `/vms/:id/${action}`,
      {
        schema: {
          tags,
          summary: doc.summary,
          description: doc.description,
          params: VmIdParams,
          response: { 200: VmDetail, ...doc.errors },
        },
      },
      async (request) => {
        // answered from the transition's outcome: no second agent or VMM round trip
        return vms.detail(await lifecycle[action](request.params.id));
      },
    );
  }

  app.delete(
    '/vms/:id',
    {
      schema: {
        tags,
        summary: 'Delete a VM: stop it, remove its directory on the host, delete its rows',
        description:
          'Stops the VMM (best effort), removes `<storage root>/<vm id>/` on the host with every ' +
          'provisioned drive and the rootfs copy (host_path files outside it stay), then deletes ' +
          'the VM row with its drive and NIC rows. A failure on the host leaves the VM in `error`.',
        params: VmIdParams,
        response: {
          204: Type.Null(),
          ...inlineErrorResponses({
            ...ONE_VM,
            VM_BUSY: BUSY,
            VM_INVALID_STATE: 'its host still runs a VMM for the VM after the stop',
            ...REASONS.agent,
          }),
        },
      },
    },
    async (request, reply) => {
      await lifecycle.delete(request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/vms/:id/events',
    {
      schema: {
        tags,
        summary: "A VM's events, newest first",
        description:
          'What was asked of the VM and what happened: creation, device changes, starts with ' +
          'their launch steps and durations, stops, failures with their step and Firecracker fault.',
        params: VmIdParams,
        querystring: ListEventsQuery,
        response: {
          200: Type.Object({
            items: Type.Array(VmEvent, { description: 'at most `limit` events, newest first' }),
          }),
          ...inlineErrorResponses({
            VALIDATION_FAILED: REASONS.invalid,
            VM_NOT_FOUND: REASONS.vmNotFound,
          }),
        },
      },
    },
    async (request) => ({
      items: await vms.events(request.params.id, request.query.limit ?? 100),
    }),
  );
};
