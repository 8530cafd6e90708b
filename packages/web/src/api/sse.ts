// Server-sent events over fetch: EventSource cannot send an Authorization header, so the
// streams are read with fetch and parsed with eventsource-parser. openStream adds what
// EventSource would do for us: reconnect with backoff, resuming from the last event id.
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { authHeaders, reportUnauthorized, subscribeAuth } from './auth.ts';
import { isApiError, networkError, toApiError } from './errors.ts';

export type StreamStatus = 'connecting' | 'open' | 'down';

export interface StreamOptions {
  /** the URL to open; given the last event id seen, for streams that resume by query */
  url: (lastEventId: string | undefined) => string;
  onMessage: (message: EventSourceMessage) => void;
  onStatus?: (status: StreamStatus) => void;
  /** the longest wait between reconnects (the backoff doubles from 1 s up to this) */
  maxDelayMs?: number;
}

const MIN_DELAY_MS = 1000;
const DEFAULT_MAX_DELAY_MS = 15000;

/** Reads one connection to its end; throws ApiError on an HTTP error or network failure. */
async function readOnce(
  url: string,
  lastEventId: string | undefined,
  signal: AbortSignal,
  onOpen: () => void,
  onMessage: (message: EventSourceMessage) => void,
): Promise<void> {
  const headers: Record<string, string> = { Accept: 'text/event-stream', ...authHeaders() };
  if (lastEventId) headers['Last-Event-ID'] = lastEventId;
  let response: Response;
  try {
    response = await fetch(url, { headers, signal, cache: 'no-store' });
  } catch (err) {
    throw networkError(err);
  }
  if (!response.ok || !response.body) {
    const body = await response.json().catch(() => null);
    throw toApiError(response.status, body);
  }
  onOpen();
  const parser = createParser({ onEvent: onMessage });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    parser.feed(value);
  }
}

/** Opens a self-reconnecting stream; call the returned function to close it for good. */
export function openStream({
  url,
  onMessage,
  onStatus,
  maxDelayMs = DEFAULT_MAX_DELAY_MS,
}: StreamOptions): () => void {
  const controller = new AbortController();
  let lastEventId: string | undefined;
  let delay = MIN_DELAY_MS;
  let wake: (() => void) | null = null;

  // A new token is worth an immediate retry instead of waiting out the backoff.
  const unsubscribe = subscribeAuth(() => {
    delay = MIN_DELAY_MS;
    wake?.();
  });

  const run = async () => {
    while (!controller.signal.aborted) {
      onStatus?.('connecting');
      try {
        await readOnce(
          url(lastEventId),
          lastEventId,
          controller.signal,
          () => {
            delay = MIN_DELAY_MS;
            onStatus?.('open');
          },
          (message) => {
            if (message.id) lastEventId = message.id;
            onMessage(message);
          },
        );
      } catch (err) {
        if (controller.signal.aborted) return;
        if (isApiError(err) && err.code === 'UNAUTHORIZED') reportUnauthorized();
      }
      if (controller.signal.aborted) return;
      onStatus?.('down');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
      delay = Math.min(delay * 2, maxDelayMs);
    }
  };
  void run();

  return () => {
    controller.abort();
    unsubscribe();
    wake?.();
  };
}
