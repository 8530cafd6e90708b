import { type Static, Type } from '@sinclair/typebox';
import { EXAMPLE, nullable, StringEnum } from './common.ts';

/**
 * One change, as sent on GET /v1/events/stream (`event: <kind>`, `data: <this as JSON>`).
 * It names what changed, not its new content: clients refetch what they show. The stream
 * begins with `event: ready`; after any reconnect, refetch everything (changes made while
 * disconnected are not replayed).
 */
export const ChangeKind = StringEnum(['vm', 'drive', 'nic', 'vm_event', 'host', 'image'], {
  description: 'what kind of row changed; also the SSE `event:` name',
  examples: ['vm'],
});
export type ChangeKind = Static<typeof ChangeKind>;

export const ChangeEvent = Type.Object(
  {
    kind: ChangeKind,
    op: StringEnum(['insert', 'update', 'delete'], {
      description: 'what happened to the row',
      examples: ['update'],
    }),
    id: Type.String({
      description: 'the changed row: VM, drive, NIC, event (a number, as text), host or image id',
      examples: [EXAMPLE.vmId],
    }),
    vm_id: nullable(
      Type.String({ examples: [EXAMPLE.vmId] }),
      'the VM it belongs to (for a vm change, its own id); null for hosts and images',
    ),
    state: nullable(
      Type.String({ examples: ['running'] }),
      "for a vm change: the VM's new state; otherwise null",
    ),
  },
  { $id: 'ChangeEvent', description: 'one committed change' },
);
export type ChangeEvent = Static<typeof ChangeEvent>;
