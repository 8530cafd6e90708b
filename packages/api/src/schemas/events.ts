import { type Static, Type } from '@sinclair/typebox';
import { EXAMPLE, StringEnum, timestamp, uuid } from './common.ts';

export const EventLevel = StringEnum(['info', 'warn', 'error'], {
  description: '`info`: what was asked and done; `warn`: done with a caveat; `error`: a failure',
  examples: ['info'],
});
export type EventLevel = Static<typeof EventLevel>;

const eventFields = {
  id: Type.Integer({ description: 'the event id, increasing', examples: [42] }),
  at: timestamp('when it happened'),
  level: EventLevel,
  message: Type.String({ description: 'what happened, in a sentence', examples: ['VM started'] }),
  data: Type.Record(Type.String(), Type.Unknown(), {
    description:
      'facts for programs: e.g. the launch steps and their durations, a failed step and its Firecracker fault',
  }),
};

export const VmEvent = Type.Object({
  id: eventFields.id,
  vm_id: uuid('the VM it happened to', EXAMPLE.vmId),
  at: eventFields.at,
  level: eventFields.level,
  message: eventFields.message,
  data: eventFields.data,
});
export type VmEvent = Static<typeof VmEvent>;

/** What happened to a host rather than to one VM: changed facts, orphans cleaned up. */
export const HostEvent = Type.Object({
  id: eventFields.id,
  host_id: uuid('the host it happened to', EXAMPLE.hostId),
  at: eventFields.at,
  level: eventFields.level,
  message: eventFields.message,
  data: eventFields.data,
});
export type HostEvent = Static<typeof HostEvent>;

export const ListEventsQuery = Type.Object({
  limit: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 1000,
      default: 100,
      description: 'how many events to return, newest first',
    }),
  ),
});
