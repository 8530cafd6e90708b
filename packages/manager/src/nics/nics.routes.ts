// /v1/vms/:id/nics. Routes parse and call NicsService; every change is DB-only and applies
// at the VM's next start (the attachment field shows what is pending).
import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { AddNicBody, IdParams, Nic, NicParams, UpdateNicBody } from '@hearth/api';
import { errorResponses } from '../http/error-responses.ts';
import type { ManagerServices } from '../services.ts';

const TAGS = ['nics'];
const ATTACHMENT_NOTE =
  'While the VM runs, `attachment` compares each row with the live Firecracker configuration ' +
  '(attached, pending_attach, pending_change, and pending_detach entries for interfaces ' +
  'removed since start); it is null while the VM is not running.';
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
        params: IdParams,
        response: {
          200: Type.Object({ items: Type.Array(Nic) }),
          ...errorResponses(400, 401, 404),
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
        response: { 200: Nic, ...errorResponses(400, 401, 404) },
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
        params: IdParams,
        body: AddNicBody,
        response: { 201: Nic, ...errorResponses(400, 401, 404, 409) },
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
        response: { 200: Nic, ...errorResponses(400, 401, 404, 409) },
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
        response: { 204: Type.Null(), ...errorResponses(400, 401, 404, 409) },
      },
    },
    async (request, reply) => {
      await services.nics.remove(request.params.id, request.params.iface_id);
      return reply.status(204).send(null);
    },
  );
};
