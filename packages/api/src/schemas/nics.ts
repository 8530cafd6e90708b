import { type Static, Type } from '@sinclair/typebox';
import { DEVICE_ID_PATTERN, MAC_PATTERN } from '../patterns.ts';
import { Attachment, EXAMPLE, nullable, RateLimiter, Timestamp, uuid } from './common.ts';

export const IfaceId = Type.String({
  pattern: DEVICE_ID_PATTERN,
  description:
    "the interface's name within its VM, as Firecracker gets it: 1 to 64 letters, digits or _",
  examples: [EXAMPLE.ifaceId],
});

const rateLimiter = (direction: string) =>
  nullable(RateLimiter, `limits on ${direction}; null or omitted: unlimited`);
const RX = 'what the guest receives';
const TX = 'what the guest sends';

export const Nic = Type.Object({
  id: nullable(
    Type.String({ format: 'uuid', examples: [EXAMPLE.nicRowId] }),
    'the interface row id; null only for a pending_detach entry (its row is gone)',
  ),
  vm_id: uuid('the VM the interface belongs to', EXAMPLE.vmId),
  iface_id: Type.String({
    description: "the interface's name within its VM (Firecracker's iface_id)",
    examples: [EXAMPLE.ifaceId],
  }),
  host_dev_name: Type.String({
    description: 'the TAP device on the host, chosen once and kept for every start',
    examples: [EXAMPLE.tap],
  }),
  guest_mac: nullable(
    Type.String({ examples: [EXAMPLE.guestMac] }),
    'the MAC address the guest sees (lower case, unique across Hearth)',
  ),
  rx_rate_limiter: rateLimiter(RX),
  tx_rate_limiter: rateLimiter(TX),
  attachment: Attachment,
  created_at: nullable(Timestamp, 'when the interface was added; null for a pending_detach entry'),
  updated_at: nullable(Timestamp, 'when the row last changed; null for a pending_detach entry'),
});
export type Nic = Static<typeof Nic>;

export const AddNicBody = Type.Object(
  {
    iface_id: IfaceId,
    guest_mac: Type.Optional(
      Type.String({
        pattern: MAC_PATTERN,
        description:
          'a unicast MAC address unique across Hearth; default: a generated locally administered one (06:xx:xx:xx:xx:xx)',
        examples: [EXAMPLE.guestMac],
      }),
    ),
    rx_rate_limiter: Type.Optional(rateLimiter(RX)),
    tx_rate_limiter: Type.Optional(rateLimiter(TX)),
  },
  { additionalProperties: false, examples: [{ iface_id: EXAMPLE.ifaceId }] },
);
export type AddNicBody = Static<typeof AddNicBody>;

export const UpdateNicBody = Type.Object(
  {
    guest_mac: Type.Optional(
      Type.String({
        pattern: MAC_PATTERN,
        description: 'a new unicast MAC address, unique across Hearth',
        examples: [EXAMPLE.guestMac],
      }),
    ),
    rx_rate_limiter: Type.Optional(rateLimiter(RX)),
    tx_rate_limiter: Type.Optional(rateLimiter(TX)),
  },
  {
    additionalProperties: false,
    minProperties: 1,
    examples: [{ tx_rate_limiter: { bandwidth: { size: 12500000, refill_time: 1000 } } }],
  },
);
export type UpdateNicBody = Static<typeof UpdateNicBody>;

export const NicParams = Type.Object({
  id: uuid('the VM id', EXAMPLE.vmId),
  iface_id: Type.String({
    description: "the interface's name within the VM",
    examples: [EXAMPLE.ifaceId],
  }),
});
