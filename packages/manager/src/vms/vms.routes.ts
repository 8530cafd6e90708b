import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateVmBody,
  IdParams,
  ListEventsQuery,
  ListVmsQuery,
  Page,
  UpdateVmBody,
  VmDetail,
  VmEvent,
  VmListItem,
} from '@hearth/api';
import { Type } from '@sinclair/typebox';
import { inlineErrorResponses } from '../http/error-responses.ts';
import type { ManagerServices } from '../services.ts';

const errors = inlineErrorResponses(400, 401, 404, 409, 422, 502);
const tags = ['vms'];

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
        body: CreateVmBody,
        response: { 201: VmDetail, ...errors },
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
        querystring: ListVmsQuery,
        response: { 200: Page(VmListItem), ...errors },
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
        params: IdParams,
        response: { 200: VmDetail, ...errors },
      },
    },
    async (request) => vms.get(request.params.id),
  );

  app.patch(
    '/vms/:id',
    {
      schema: {
        tags,
        summary:
          "Change a VM's restart policy (takes effect at once; a new policy resets restart_count)",
        params: IdParams,
        body: UpdateVmBody,
        response: { 200: VmDetail, ...errors },
      },
    },
    async (request) => vms.update(request.params.id, request.body),
  );

  for (const action of ['start', 'stop', 'restart'] as const) {
    app.post(
      `/vms/:id/${action}`,
      {
        schema: {
          tags,
          summary: `${action.charAt(0).toUpperCase()}${action.slice(1)} a VM`,
          params: IdParams,
          response: { 200: VmDetail, ...errors },
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
        params: IdParams,
        response: { 204: Type.Null(), ...errors },
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
        params: IdParams,
        querystring: ListEventsQuery,
        response: { 200: Type.Object({ items: Type.Array(VmEvent) }), ...errors },
      },
    },
    async (request) => ({
      items: await vms.events(request.params.id, request.query.limit ?? 100),
    }),
  );
};
