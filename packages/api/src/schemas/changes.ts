import { type Static, Type } from '@sinclair/typebox';

/**
 * One change, as sent on GET /v1/events/stream (`event: <kind>`, `data: <this as JSON>`).
 * It names what changed, not its new content: clients refetch what they show. The stream
 * begins with `event: ready`; after any reconnect, refetch everything (changes made while
 * disconnected are not replayed).
 */
export const ChangeKind = Type.Union([
  Type.Literal('vm'),
  Type.Literal('drive'),
  Type.Literal('nic'),
  Type.Literal('vm_event'),
  Type.Literal('host'),
  Type.Literal('image'),
]);
export type ChangeKind = Static<typeof ChangeKind>;

export const ChangeEvent = Type.Object(
  {
    kind: ChangeKind,
    op: Type.Union([Type.Literal('insert'), Type.Literal('update'), Type.Literal('delete')]),
    id: Type.String({ description: 'the changed row: VM, drive, NIC, event, host or image id' }),
    vm_id: Type.Union([Type.String(), Type.Null()], {
      description: 'the VM it belongs to (for a vm change, its own id)',
    }),
    state: Type.Union([Type.String(), Type.Null()], { description: "a VM's new state" }),
  },
  { $id: 'ChangeEvent' },
);
export type ChangeEvent = Static<typeof ChangeEvent>;
