import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ChangeEvent } from '@hearth/api';
import { inlineErrorResponses } from '../http/error-responses.ts';
import { AppError } from '../http/errors.ts';
import { openEventStream } from '../http/sse.ts';
import type { ChangeFeed } from './change-feed.ts';

export const eventStreamRoutes: FastifyPluginAsyncTypebox<{ changes: ChangeFeed }> = async (
  app,
  { changes },
) => {
  app.get(
    '/events/stream',
    {
      schema: {
        tags: ['events'],
        summary:
          'Every change to VMs, drives, NICs, VM events, hosts and images (server-sent events)',
        description:
          'Begins with `event: ready`, then one event per committed change: `event: <kind>` (vm, drive, nic, vm_event, host, image) with a ChangeEvent as data. Announced by the database (LISTEN/NOTIFY), so changes made through any manager replica arrive. Changes are not replayed: on `ready` after a reconnect, refetch what you show. The stream ends when the manager loses its database session; reconnect.',
        response: {
          200: {
            description: 'text/event-stream of ChangeEvent',
            content: { 'text/event-stream': { schema: ChangeEvent } },
          },
          ...inlineErrorResponses({
            EVENTS_UNAVAILABLE: 'the manager cannot listen to the database right now; retry',
          }),
        },
      },
    },
    async (request, reply) => {
      let stream: ReturnType<typeof openEventStream> | null = null;
      const unsubscribe = await changes
        .subscribe({
          onChange: (change) => stream?.send(change.kind, change),
          onReset: () => stream?.end(),
        })
        .catch((err: Error) => {
          request.log.warn({ err }, 'change feed unavailable');
          throw new AppError(
            'EVENTS_UNAVAILABLE',
            'The event stream is unavailable: the manager cannot listen to the database.',
          );
        });
      stream = openEventStream(request, reply);
      stream.send('ready', {});
      await stream.done;
      unsubscribe();
    },
  );
};
