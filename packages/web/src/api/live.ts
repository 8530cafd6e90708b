// Live updates: /v1/events/stream announces every change (fed by PostgreSQL LISTEN/NOTIFY);
// each event invalidates the queries it affects. While the stream is down, active queries
// are polled instead, and a `ready` after a reconnect refetches everything (events may have
// been missed in between).
import type { Schemas } from '@hearth/api/client';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { keys } from './queries/keys.ts';
import { openStream, type StreamStatus } from './sse.ts';

const POLL_MS = 3000;

type ChangeEvent = Schemas['ChangeEvent'];

export function invalidateFor(client: QueryClient, change: ChangeEvent): void {
  const vmId = change.kind === 'vm' ? change.id : change.vm_id;
  const invalidate = (queryKey: readonly unknown[], exact = false) =>
    void client.invalidateQueries({ queryKey, exact });
  switch (change.kind) {
    case 'vm':
      invalidate(keys.vmLists());
      invalidate(keys.vm(change.id), true);
      // attachment compares the rows with the live VMM: a start or stop changes it
      invalidate(keys.drives(change.id));
      invalidate(keys.nics(change.id));
      break;
    case 'drive':
    case 'nic':
      if (!vmId) break;
      invalidate(keys.vm(vmId), true);
      invalidate(change.kind === 'drive' ? keys.drives(vmId) : keys.nics(vmId));
      // the list shows drive_count and nic_count
      if (change.op !== 'update') invalidate(keys.vmLists());
      break;
    case 'vm_event':
      if (vmId) invalidate(keys.events(vmId));
      break;
    case 'host':
      invalidate(keys.hosts());
      break;
    case 'image':
      invalidate(keys.images());
      break;
  }
}

/** Keeps the cache fresh while mounted; returns the stream's status for the UI. */
export function useLiveUpdates(): StreamStatus {
  const client = useQueryClient();
  const [status, setStatus] = useState<StreamStatus>('connecting');

  useEffect(() => {
    let connectedBefore = false;
    return openStream({
      url: () => '/v1/events/stream',
      onStatus: setStatus,
      onMessage: (message) => {
        if (message.event === 'ready') {
          if (connectedBefore) void client.invalidateQueries();
          connectedBefore = true;
          return;
        }
        try {
          invalidateFor(client, JSON.parse(message.data) as ChangeEvent);
        } catch {
          // not a change event we understand; the next poll or event catches up
        }
      },
    });
  }, [client]);

  useEffect(() => {
    if (status === 'open') return;
    const timer = setInterval(() => {
      void client.invalidateQueries({ type: 'active' });
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [client, status]);

  return status;
}
