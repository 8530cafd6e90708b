import type { VmEvent } from '@hearth/api';
import { queryOptions } from '@tanstack/react-query';
import { api, call } from '../client.ts';
import { keys } from './keys.ts';

export const EVENTS_LIMIT = 200;

export const vmEventsQuery = (vmId: string) =>
  queryOptions({
    queryKey: keys.events(vmId),
    queryFn: () =>
      call(
        api.GET('/v1/vms/{id}/events', {
          params: { path: { id: vmId }, query: { limit: EVENTS_LIMIT } },
        }),
      ),
    select: (data): VmEvent[] => data.items,
  });

/** One launch step as the agent reports it (wire.ts LaunchStepReport). */
export interface LaunchStep {
  name: string;
  duration_ms: number;
  ok: boolean;
}

export function launchSteps(event: VmEvent): LaunchStep[] {
  const steps = event.data.steps;
  if (!Array.isArray(steps)) return [];
  return steps.filter(
    (s): s is LaunchStep =>
      typeof s === 'object' && s !== null && typeof (s as LaunchStep).name === 'string',
  );
}
