import { type Static, Type } from '@sinclair/typebox';

export const Uuid = Type.String({ format: 'uuid' });
export const Timestamp = Type.String({ format: 'date-time' });

export const IdParams = Type.Object({ id: Uuid });

export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'SNAKE_CASE error code; see ErrorCode' }),
      message: Type.String(),
      details: Type.Record(Type.String(), Type.Unknown()),
    }),
  },
  { $id: 'ErrorResponse', description: 'Every error has this shape' },
);

/** Firecracker's TokenBucket: size in bytes or ops, refill_time in ms. */
export const TokenBucket = Type.Object(
  {
    size: Type.Integer({ minimum: 0 }),
    one_time_burst: Type.Optional(Type.Union([Type.Integer({ minimum: 0 }), Type.Null()])),
    refill_time: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);

/** Firecracker's RateLimiter: bandwidth (bytes) and/or ops buckets. */
export const RateLimiter = Type.Object(
  {
    bandwidth: Type.Optional(Type.Union([TokenBucket, Type.Null()])),
    ops: Type.Optional(Type.Union([TokenBucket, Type.Null()])),
  },
  { additionalProperties: false },
);
export type RateLimiter = Static<typeof RateLimiter>;

/**
 * How a device row relates to the running VMM (null while the VM is not running):
 * attached = in the VMM as recorded; pending_attach = added since start; pending_change =
 * edited since start; pending_detach = removed since start but still in the VMM.
 */
export const Attachment = Type.Union([
  Type.Literal('attached'),
  Type.Literal('pending_attach'),
  Type.Literal('pending_change'),
  Type.Literal('pending_detach'),
  Type.Null(),
]);
export type Attachment = Static<typeof Attachment>;

export const Page = <T extends ReturnType<typeof Type.Object>>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    next_cursor: Type.Union([Type.String(), Type.Null()], {
      description: 'pass as ?cursor= to get the next page; null on the last page',
    }),
  });
