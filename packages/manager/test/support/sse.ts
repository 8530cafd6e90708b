// A server-sent events reader for tests: real HTTP to a listening app, frames parsed per the
// EventSource rules Hearth uses (event, id, data lines; comments ignored).
export interface SseEvent {
  event: string;
  id: string | null;
  data: any;
}

export interface SseReader {
  status: number;
  headers: Headers;
  /** the next event matching `match`, skipping others; rejects after timeoutMs */
  next(match?: (e: SseEvent) => boolean, timeoutMs?: number): Promise<SseEvent>;
  /** every event received so far */
  seen: SseEvent[];
  close(): void;
}

export async function openSse(
  url: string,
  headers: Record<string, string> = {},
): Promise<SseReader> {
  const abort = new AbortController();
  const res = await fetch(url, {
    headers: { accept: 'text/event-stream', ...headers },
    signal: abort.signal,
  });
  const seen: SseEvent[] = [];
  let consumed = 0;
  let waiter: (() => void) | null = null;
  let ended = false;
  const pump = async () => {
    if (!res.body) return;
    const decoder = new TextDecoder();
    let buffer = '';
    const body = res.body.getReader();
    try {
      for (;;) {
        const { done, value } = await body.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let split = buffer.indexOf('\n\n');
        while (split >= 0) {
          const frame = buffer.slice(0, split);
          buffer = buffer.slice(split + 2);
          const event: SseEvent = { event: 'message', id: null, data: '' };
          const data: string[] = [];
          for (const line of frame.split('\n')) {
            if (line.startsWith(':')) continue;
            const [field, ...rest] = line.split(':');
            const value = rest.join(':').replace(/^ /, '');
            if (field === 'event') event.event = value;
            else if (field === 'id') event.id = value;
            else if (field === 'data') data.push(value);
          }
          if (data.length > 0) {
            event.data = JSON.parse(data.join('\n'));
            seen.push(event);
            waiter?.();
          }
          split = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // aborted by close()
    } finally {
      ended = true;
      waiter?.();
    }
  };
  void pump();
  return {
    status: res.status,
    headers: res.headers,
    seen,
    async next(match = () => true, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        while (consumed < seen.length) {
          const e = seen[consumed++]!;
          if (match(e)) return e;
        }
        if (ended) throw new Error(`stream ended; seen: ${JSON.stringify(seen)}`);
        const left = deadline - Date.now();
        if (left <= 0)
          throw new Error(`no matching event in ${timeoutMs} ms; seen: ${JSON.stringify(seen)}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiter = () => {
            clearTimeout(timer);
            waiter = null;
            resolve();
          };
        });
      }
    },
    close: () => abort.abort(),
  };
}
