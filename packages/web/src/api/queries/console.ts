// The serial console: /console/stream sends `output` events whose id is the end byte offset
// in the console log, so a reconnect resumes exactly where the last chunk ended.
import { useEffect, useRef } from 'react';
import { openStream, type StreamStatus } from '../sse.ts';

export function consoleStreamUrl(vmId: string, from: string | undefined): string {
  const base = `/v1/vms/${encodeURIComponent(vmId)}/console/stream`;
  return from ? `${base}?from=${encodeURIComponent(from)}` : base;
}

/** Feeds each chunk of console text to `onText` while mounted. */
export function useConsoleStream(
  vmId: string,
  onText: (text: string) => void,
  onStatus?: (status: StreamStatus) => void,
): void {
  // the stream lives as long as the VM id; the callbacks may change on every render
  const handlers = useRef({ onText, onStatus });
  handlers.current = { onText, onStatus };
  useEffect(
    () =>
      openStream({
        url: (lastId) => consoleStreamUrl(vmId, lastId),
        // the stream ends (an `error` event) or is refused while the VM is between boots; a
        // short cap keeps the console close behind a restart
        maxDelayMs: 2000,
        onStatus: (status) => handlers.current.onStatus?.(status),
        onMessage: (message) => {
          if (message.event !== 'output') return;
          try {
            const { text } = JSON.parse(message.data) as { text?: unknown };
            if (typeof text === 'string') handlers.current.onText(text);
          } catch {
            // a malformed chunk is skipped rather than ending the console
          }
        },
      }),
    [vmId],
  );
}
