// /v1/hosts. Agents register and heartbeat with the cluster's join token; reading the host
// list is an API call like any other and takes the API token.
import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import {
  HeartbeatBody,
  Host,
  HostEvent,
  HostIdParams,
  HostList,
  HostStorage,
  ListEventsQuery,
  ListHostsQuery,
  RegisterHostBody,
  StorageGcBody,
  StorageGcResult,
} from '@hearth/api';
import type { FastifyRequest } from 'fastify';
import type { ManagerConfig } from '../config.ts';
import { bearerToken, requireToken, tokensEqual } from '../http/auth.ts';
import { type ErrorReasons, errorResponses, REASONS } from '../http/error-responses.ts';
import { AppError } from '../http/errors.ts';
import type { ManagerServices } from '../services.ts';

const TAGS = ['hosts'];
const JOIN_TOKEN =
  'the join token is missing or wrong, or registration is disabled (HEARTH_JOIN_TOKEN is not set)';
/** What every route on one host can answer with the API token. */
const ONE_HOST = {
  VALIDATION_FAILED: REASONS.invalid,
  HOST_NOT_FOUND: 'no host has this id',
} as const satisfies ErrorReasons;

/** Registration is refused outright while the cluster has no join token configured. */
function requireJoinToken(joinToken: string | null) {
  return async (request: FastifyRequest): Promise<void> => {
    if (joinToken === null) {
      throw new AppError(
        'UNAUTHORIZED',
        'Host registration is disabled: HEARTH_JOIN_TOKEN is not set on the manager.',
      );
    }
    if (!tokensEqual(bearerToken(request), joinToken)) {
      throw new AppError('UNAUTHORIZED', 'Missing or wrong join token (Authorization: Bearer).');
    }
  };
}

export const hostRoutes: FastifyPluginAsyncTypebox<{
  services: ManagerServices;
  config: ManagerConfig;
}> = async (app, { services, config }) => {
  const joinAuth = requireJoinToken(config.joinToken);
  const apiAuth = requireToken(config.apiToken);

  app.post(
    '/hosts',
    {
      onRequest: joinAuth,
      schema: {
        tags: TAGS,
        summary: 'Register a host (agent), or update it by name; needs the join token',
        description:
          'The manager first checks that the agent answers at `addr` with `agent_token`. ' +
          'Without `capabilities`, they are read from the agent (GET /agent/v1/host).',
        body: RegisterHostBody,
        response: {
          200: { ...Host, description: 'an existing host (by name), updated' },
          201: { ...Host, description: 'a new host' },
          ...errorResponses({
            VALIDATION_FAILED: REASONS.invalid,
            UNAUTHORIZED: JOIN_TOKEN,
            HOST_PRECONDITION_FAILED:
              'the agent does not answer at addr, or refuses agent_token (details.addr)',
          }),
        },
      },
    },
    async (request, reply) => {
      const { host, created } = await services.hosts.register(request.body);
      return reply.status(created ? 201 : 200).send(host);
    },
  );

  app.post(
    '/hosts/:id/heartbeat',
    {
      onRequest: joinAuth,
      schema: {
        tags: TAGS,
        summary:
          'Record that a host is alive (optionally with new capabilities); needs the join token',
        description:
          'Agents send it every few seconds; a host whose heartbeats stop for ' +
          'HEARTH_HOST_STALE_SECONDS is unhealthy and gets no new VMs. Only health and free ' +
          'capacity change this way: other values for identity and safety facts are refused ' +
          'and leave a warn host event.',
        params: HostIdParams,
        body: Type.Optional(HeartbeatBody),
        response: {
          200: Host,
          ...errorResponses({
            VALIDATION_FAILED: REASONS.invalid,
            UNAUTHORIZED: JOIN_TOKEN,
            HOST_NOT_FOUND: 'no host has this id: register it again',
          }),
        },
      },
    },
    async (request) => services.hosts.heartbeat(request.params.id, request.body ?? {}),
  );

  app.get(
    '/hosts',
    {
      onRequest: apiAuth,
      schema: {
        tags: TAGS,
        summary: 'List hosts with their health (fresh heartbeat), optionally the one with a name',
        description:
          'Every registered host by name, with its capabilities, VM count and storage figures. ' +
          'Health changes by time passing (no event says so): poll this to see it.',
        querystring: ListHostsQuery,
        response: {
          200: HostList,
          ...errorResponses({ VALIDATION_FAILED: 'a query parameter is invalid' }),
        },
      },
    },
    async (request) => ({ items: await services.hosts.list(request.query) }),
  );

  app.get(
    '/hosts/:id',
    {
      onRequest: apiAuth,
      schema: {
        tags: TAGS,
        summary: 'Get one host',
        description: 'The host with its capabilities, health, VM count and storage figures.',
        params: HostIdParams,
        response: { 200: Host, ...errorResponses(ONE_HOST) },
      },
    },
    async (request) => services.hosts.get(request.params.id),
  );

  app.get(
    '/hosts/:id/events',
    {
      onRequest: apiAuth,
      schema: {
        tags: TAGS,
        summary: "A host's events, newest first",
        description:
          'What happened to the host rather than to one VM: identity or safety facts changed ' +
          'at re-registration, heartbeat claims refused, orphan VMMs stopped and orphan TAPs ' +
          'removed by the reconciler (see docs/recovery.md).',
        params: HostIdParams,
        querystring: ListEventsQuery,
        response: {
          200: Type.Object({
            items: Type.Array(HostEvent, { description: 'at most `limit` events, newest first' }),
          }),
          ...errorResponses(ONE_HOST),
        },
      },
    },
    async (request) => ({
      items: await services.hosts.events(request.params.id, request.query.limit ?? 100),
    }),
  );

  app.get(
    '/hosts/:id/storage',
    {
      onRequest: apiAuth,
      schema: {
        tags: TAGS,
        summary:
          "Every file of the host's VM directories, with its status (in_use, orphan, missing)",
        description:
          'Asks the host agent for its VM directories, matches each file with the drive rows ' +
          'of the host, and refreshes the allocated_bytes the drives report. Includes the ' +
          "host's provisioned, allocated, free and limit figures (docs/drives.md).",
        params: HostIdParams,
        response: { 200: HostStorage, ...errorResponses({ ...ONE_HOST, ...REASONS.agent }) },
      },
    },
    (request) => services.storage.inventory(request.params.id),
  );

  app.post(
    '/hosts/:id/storage/gc',
    {
      onRequest: apiAuth,
      schema: {
        tags: TAGS,
        summary: 'Delete orphan files (dry run unless dry_run is false)',
        description:
          'Deletes orphans only: never a file a drive row names (by path or real path), never ' +
          'anything outside the storage root, never a file younger than the grace period ' +
          '(a drive being added) or of a VM whose VMM runs. Directories of VMs that no longer ' +
          'exist are removed whole. Each removal is a host event (and a VM event when the VM exists).',
        params: HostIdParams,
        body: Type.Optional(StorageGcBody),
        response: {
          200: StorageGcResult,
          ...errorResponses({ ...ONE_HOST, ...REASONS.agent }),
        },
      },
    },
    (request) =>
      services.storage.collect(request.params.id, { dryRun: request.body?.dry_run ?? true }),
  );
};
