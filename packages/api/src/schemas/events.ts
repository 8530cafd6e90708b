import { type Static, Type } from '@sinclair/typebox';
import { Timestamp, Uuid } from './common.ts';

export const EventLevel = Type.Union([
  Type.Literal('info'),
  Type.Literal('warn'),
  Type.Literal('error'),
]);
export type EventLevel = Static<typeof EventLevel>;

export const VmEvent = Type.Object({
  id: Type.Integer(),
  vm_id: Uuid,
  at: Timestamp,
  level: EventLevel,
  message: Type.String(),
  data: Type.Record(Type.String(), Type.Unknown()),
});
export type VmEvent = Static<typeof VmEvent>;

/** What happened to a host rather than to one VM: changed facts, orphans cleaned up. */
export const HostEvent = Type.Object({
  id: Type.Integer(),
  host_id: Uuid,
  at: Timestamp,
  level: EventLevel,
  message: Type.String(),
  data: Type.Record(Type.String(), Type.Unknown()),
});
export type HostEvent = Static<typeof HostEvent>;

export const ListEventsQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
});
