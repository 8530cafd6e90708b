import { type Static, Type } from '@sinclair/typebox';
import { DEVICE_ID_PATTERN, MAC_PATTERN } from '../patterns.ts';
import { Attachment, RateLimiter, Timestamp, Uuid } from './common.ts';

export const IfaceId = Type.String({
  pattern: DEVICE_ID_PATTERN,
  description: 'letters, digits, _',
});

export const Nic = Type.Object({
  id: Type.Union([Uuid, Type.Null()], { description: 'null only for a pending_detach entry' }),
  vm_id: Uuid,
  iface_id: Type.String(),
  host_dev_name: Type.String({ description: 'the TAP device on the host' }),
  guest_mac: Type.Union([Type.String(), Type.Null()]),
  rx_rate_limiter: Type.Union([RateLimiter, Type.Null()]),
  tx_rate_limiter: Type.Union([RateLimiter, Type.Null()]),
  attachment: Attachment,
  created_at: Type.Union([Timestamp, Type.Null()]),
  updated_at: Type.Union([Timestamp, Type.Null()]),
});
export type Nic = Static<typeof Nic>;

export const AddNicBody = Type.Object(
  {
    iface_id: IfaceId,
    guest_mac: Type.Optional(
      Type.String({ pattern: MAC_PATTERN, description: 'default: generated' }),
    ),
    rx_rate_limiter: Type.Optional(Type.Union([RateLimiter, Type.Null()])),
    tx_rate_limiter: Type.Optional(Type.Union([RateLimiter, Type.Null()])),
  },
  { additionalProperties: false },
);
export type AddNicBody = Static<typeof AddNicBody>;

export const UpdateNicBody = Type.Object(
  {
    guest_mac: Type.Optional(Type.String({ pattern: MAC_PATTERN })),
    rx_rate_limiter: Type.Optional(Type.Union([RateLimiter, Type.Null()])),
    tx_rate_limiter: Type.Optional(Type.Union([RateLimiter, Type.Null()])),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateNicBody = Static<typeof UpdateNicBody>;

export const NicParams = Type.Object({ id: Uuid, iface_id: Type.String() });
