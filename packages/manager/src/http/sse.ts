// Server-sent events on a hijacked reply: `event:`/`id:`/`data:` frames, comment keep-alives
// so proxies and browsers keep an idle stream open, and one registry per app so a shutdown
// ends every open stream instead of waiting for clients that never hang up.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const KEEPALIVE_MS = 15_000;

export interface EventStream {
  send(event: string, data: unknown, id?: string | number): void;
  /** true once the client hung up or the stream was ended */
  readonly closed: boolean;
  /** resolves when the stream closes, for whatever reason */
  readonly done: Promise<void>;
  end(): void;
}

const openStreams = new WeakMap<FastifyInstance, Set<EventStream>>();

/** Ends every open stream before the server closes (registered once per app). */
export function endStreamsOnClose(app: FastifyInstance): void {
  const streams = new Set<EventStream>();
  openStreams.set(app, streams);
  app.addHook('preClose', async () => {
    for (const s of streams) s.end();
  });
}

/**
 * Takes over the reply and answers 200 text/event-stream. Errors must be thrown before this
 * call: afterwards they can only be sent as events.
 */
export function openEventStream(request: FastifyRequest, reply: FastifyReply): EventStream {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    // nginx would otherwise buffer the stream
    'x-accel-buffering': 'no',
  });
  raw.flushHeaders();

  let closed = false;
  let resolveDone: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    resolveDone = resolve;
  });
  const registry = openStreams.get(request.server) ?? new Set<EventStream>();
  const keepalive = setInterval(() => write(': keep-alive\n\n'), KEEPALIVE_MS);
  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(keepalive);
    registry.delete(stream);
    resolveDone();
  };
  const write = (text: string) => {
    if (!closed) raw.write(text);
  };
  const stream: EventStream = {
    send(event, data, id) {
      const json = JSON.stringify(data);
      write(`event: ${event}\n${id === undefined ? '' : `id: ${id}\n`}data: ${json}\n\n`);
    },
    get closed() {
      return closed;
    },
    done,
    end() {
      if (closed) return;
      close();
      raw.end();
    },
  };
  registry.add(stream);
  request.raw.on('close', close);
  raw.on('close', close);
  raw.on('error', close);
  return stream;
}
