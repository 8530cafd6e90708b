import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CONSOLE_DEFAULT_BYTES,
  ConsoleChunk,
  ConsoleQuery,
  ConsoleStreamQuery,
  VmIdParams,
} from '@hearth/api';
import { Type } from '@sinclair/typebox';
import { errorBody } from '../http/error-handler.ts';
import { inlineErrorResponses, REASONS } from '../http/error-responses.ts';
import { AppError } from '../http/errors.ts';
import { openEventStream } from '../http/sse.ts';
import type { ManagerServices } from '../services.ts';

const errors = inlineErrorResponses({
  VALIDATION_FAILED: REASONS.invalid,
  VM_NOT_FOUND: REASONS.vmNotFound,
  HOST_NOT_FOUND: REASONS.hostGone,
  ...REASONS.agent,
});
const tags = ['vms'];
/** how often a follower asks the agent for new output while there is none */
const FOLLOW_POLL_MS = 300;
/** the agent is asked on every poll, the database only this often (about every 6 s) */
const VM_CHECK_EVERY_POLLS = 20;

export const consoleRoutes: FastifyPluginAsyncTypebox<{ services: ManagerServices }> = async (
  app,
  { services },
) => {
  const { console: consoleService } = services;

  app.get(
    '/vms/:id/console',
    {
      schema: {
        tags,
        summary: "The end of a VM's serial console output (all boots, newest last)",
        description:
          'The last `bytes` of the console log, which keeps the output of every boot of the VM ' +
          'until it is deleted; `start` and `end` are byte offsets in it (pass `end` as `from` ' +
          'to …/console/stream to follow on). A VM that never started has an empty console.',
        params: VmIdParams,
        querystring: ConsoleQuery,
        response: { 200: ConsoleChunk, ...errors },
      },
    },
    async (request) => {
      const { text, start, end } = await consoleService.tail(
        request.params.id,
        request.query.bytes ?? CONSOLE_DEFAULT_BYTES,
      );
      return { text, start, end };
    },
  );

  app.get(
    '/vms/:id/console/stream',
    {
      schema: {
        tags,
        summary: "Follow a VM's serial console (server-sent events)",
        description:
          'Events `output` with `id: <end byte offset>` and data `{"text": "..."}`; the first one holds the last 64 KiB, or what follows `from` / `Last-Event-ID`. An `error` event (data: the error body) ends the stream when the agent cannot be read; reconnect to continue.',
        params: VmIdParams,
        querystring: ConsoleStreamQuery,
        response: {
          200: {
            description: 'text/event-stream of output events',
            content: {
              'text/event-stream': {
                schema: Type.Object({
                  text: Type.String({ description: 'new console output, UTF-8' }),
                }),
              },
            },
          },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const vmId = request.params.id;
      const from = request.query.from ?? lastEventId(request.headers['last-event-id']);
      // resolved and read once before the stream opens, so a bad id is a plain 404
      const follower = await consoleService.follow(vmId);
      let read =
        from === undefined
          ? await follower.tail(CONSOLE_DEFAULT_BYTES)
          : await follower.after(from);
      const stream = openEventStream(request, reply);
      for (let polls = 1; !stream.closed; polls++) {
        if (read.text.length > 0) stream.send('output', { text: read.text }, read.end);
        if (!read.more) await Promise.race([sleep(FOLLOW_POLL_MS), stream.done]);
        if (stream.closed) break;
        try {
          // a deleted VM ends its followers (its log, and so the reads, would just be empty)
          if (polls % VM_CHECK_EVERY_POLLS === 0) await follower.assertVmExists();
          read = await follower.after(read.end);
        } catch (err) {
          if (!(err instanceof AppError)) request.log.error({ err }, 'console stream failed');
          stream.send('error', errorBody(err));
          stream.end();
        }
      }
    },
  );
};

function lastEventId(header: string | string[] | undefined): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && /^\d{1,15}$/.test(value) ? Number(value) : undefined;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
