// /v1/vms/:id/nics. Routes parse and call NicsService; every change is DB-only and applies
// at the VM's next start (the attachment field shows what is pending).
import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { AddNicBody, Nic, NicParams, UpdateNicBody, VmIdParams } from '@hearth/api';
import { type ErrorReasons, errorResponses, REASONS } from '../http/error-responses.ts';
import type { ManagerServices } from '../services.ts';

const TAGS = ['nics'];
const ATTACHMENT_NOTE =
  'While the VM runs, `attachment` compares each row with the live Firecracker configuration ' +
  '(attached, pending_attach, pending_change, and pending_detach entries for interfaces ' +
  'removed since start); it is null while the VM is not running.';
/** What every NIC route can answer: a bad parameter, no such VM, its host gone. */
const ONE_VM = {
  VALIDATION_FAILED: REASONS.invalid,
  VM_NOT_FOUND: REASONS.vmNotFound,
  HOST_NOT_FOUND: REASONS.hostGone,
} as const satisfies ErrorReasons;
const NO_NIC = 'the VM has no network interface with this iface_id';
/** A change of the VM's devices refused by its state (assertDevicesChangeable). */
const CHANGEABLE = {
  VM_BUSY: 'the VM is starting or stopping; change its NICs when it is done',
  VM_INVALID_STATE: 'the VM is being deleted',
} as const satisfies ErrorReasons;
const MAC_TAKEN = 'the guest_mac is already used (MACs are unique across Hearth)';
const DB_ONLY_NOTE =
  'Changes the database only, never the running Firecracker: it works in every VM state ' +
  'except `deleting` and takes effect at the next start.';

export const nicRoutes: FastifyPluginAsyncTypebox<{ services: ManagerServices }> = async (
  app,
  { services },
) => {
  app.get(
    '/vms/:id/nics',
    {
      schema: {
        tags: TAGS,
        summary: "List a VM's network interfaces",
        description: ATTACHMENT_NOTE,
        params: VmIdParams,
        response: {
          200: Type.Object({
            items: Type.Array(Nic, {
              description: 'by iface_id; pending_detach entries last',
            }),
          }),
          ...errorResponses(ONE_VM),
        },
      },
    },
    async (request) => ({ items: await services.nics.list(request.params.id) }),
  );

  app.get(
    '/vms/:id/nics/:iface_id',
    {
      schema: {
        tags: TAGS,
        summary: 'Get one network interface',
        description: ATTACHMENT_NOTE,
        params: NicParams,
        response: {
          200: Nic,
          ...errorResponses({ ...ONE_VM, NIC_NOT_FOUND: `${NO_NIC} (nor has its running VMM)` }),
        },
      },
    },
    (request) => services.nics.get(request.params.id, request.params.iface_id),
  );

  app.post(
    '/vms/:id/nics',
    {
      schema: {
        tags: TAGS,
        summary: 'Add a network interface (TAP on the host bridge)',
        description:
          'Without `guest_mac` a locally administered unicast MAC (06:xx:xx:xx:xx:xx) is ' +
          'generated; MACs are unique across Hearth. The TAP name (`host_dev_name`) is chosen ' +
          `once and kept for every start. ${DB_ONLY_NOTE}`,
        params: VmIdParams,
        body: AddNicBody,
        response: {
          201: Nic,
          ...errorResponses({
            ...ONE_VM,
            VALIDATION_FAILED: `${REASONS.invalid}, or guest_mac is not a unicast address`,
            IFACE_ID_TAKEN: 'the VM has a network interface with this iface_id',
            MAC_TAKEN,
            ...CHANGEABLE,
          }),
        },
      },
    },
    async (request, reply) => {
      const nic = await services.nics.add(request.params.id, request.body);
      return reply.status(201).send(nic);
    },
  );

  app.patch(
    '/vms/:id/nics/:iface_id',
    {
      schema: {
        tags: TAGS,
        summary: "Change a network interface's guest MAC or rate limiters",
        description: DB_ONLY_NOTE,
        params: NicParams,
        body: UpdateNicBody,
        response: {
          200: Nic,
          ...errorResponses({
            ...ONE_VM,
            VALIDATION_FAILED: `${REASONS.invalid}, no field is given, or guest_mac is not a unicast address`,
            NIC_NOT_FOUND: NO_NIC,
            MAC_TAKEN,
            ...CHANGEABLE,
          }),
        },
      },
    },
    (request) => services.nics.update(request.params.id, request.params.iface_id, request.body),
  );

  app.delete(
    '/vms/:id/nics/:iface_id',
    {
      schema: {
        tags: TAGS,
        summary: 'Remove a network interface',
        description: `Its TAP goes away when the VM next stops. ${DB_ONLY_NOTE}`,
        params: NicParams,
        response: {
          204: Type.Null(),
          ...errorResponses({
            VALIDATION_FAILED: REASONS.invalid,
            VM_NOT_FOUND: REASONS.vmNotFound,
            NIC_NOT_FOUND: NO_NIC,
            ...CHANGEABLE,
            MMDS_NEEDS_NIC: "it is the VM's last network interface and MMDS is on",
          }),
        },
      },
    },
    async (request, reply) => {
      await services.nics.remove(request.params.id, request.params.iface_id);
      return reply.status(204).send(null);
    },
  );
};
