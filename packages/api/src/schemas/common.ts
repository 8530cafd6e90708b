import {
  Kind,
  type SchemaOptions,
  type Static,
  type TSchema,
  Type,
  TypeRegistry,
} from '@sinclair/typebox';
import { ERROR_STATUS } from '../errors.ts';
import { EXAMPLE } from './examples.ts';

export { EXAMPLE } from './examples.ts';

/**
 * A string that is one of `values`, as one `{type: 'string', enum: [...]}` schema. A Union of
 * Literals would say the same but renders as an anyOf of one-value alternatives in OpenAPI
 * and the API docs; the static type stays the exact union either way.
 */
export const StringEnum = <const T extends readonly string[]>(
  values: T,
  options: SchemaOptions = {},
) => Type.Unsafe<T[number]>({ ...options, [Kind]: 'StringEnum', type: 'string', enum: values });

// Value.Check (tests, the CLI) knows a kind only once it is registered; Fastify's ajv reads
// the plain `enum` and needs nothing.
if (!TypeRegistry.Has('StringEnum')) {
  TypeRegistry.Set<{ enum: readonly string[] }>(
    'StringEnum',
    (schema, value) => typeof value === 'string' && schema.enum.includes(value),
  );
}

export const Uuid = Type.String({ format: 'uuid' });
export const Timestamp = Type.String({ format: 'date-time' });

/** A UUID field with its own meaning (every property of the API says what it is). */
export const uuid = (description: string, example: string) =>
  Type.String({ format: 'uuid', description, examples: [example] });
/** An RFC 3339 instant, UTC. */
export const timestamp = (description: string) =>
  Type.String({ format: 'date-time', description, examples: [EXAMPLE.at] });
/**
 * `schema` or null, described once on the union: the member keeps no description of its own,
 * so the OpenAPI document can render it as one nullable schema instead of an anyOf.
 */
export const nullable = <T extends TSchema>(schema: T, description: string) => {
  const { description: _own, ...member } = schema;
  return Type.Union([member as T, Type.Null()], { description });
};

export const IdParams = Type.Object({ id: uuid('the VM, host or image id', EXAMPLE.vmId) });
/** The path parameters of /v1/vms/{id}/..., /v1/hosts/{id}/... and /v1/images/{id}. */
export const VmIdParams = Type.Object({ id: uuid('the VM id', EXAMPLE.vmId) });
export const HostIdParams = Type.Object({ id: uuid('the host id', EXAMPLE.hostId) });
export const ImageIdParams = Type.Object({ id: uuid('the image id', EXAMPLE.kernelImageId) });

export const ErrorResponse = Type.Object(
  {
    error: Type.Object(
      {
        code: StringEnum(Object.keys(ERROR_STATUS) as (keyof typeof ERROR_STATUS)[], {
          description:
            'SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.',
          examples: ['VM_NOT_FOUND'],
        }),
        message: Type.String({
          description: 'a sentence for a person: what was refused and why',
          examples: [`VM ${EXAMPLE.vmId} does not exist.`],
        }),
        details: Type.Record(Type.String(), Type.Unknown(), {
          description:
            'facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty',
          examples: [{ id: EXAMPLE.vmId }],
        }),
      },
      { description: 'what went wrong' },
    ),
  },
  { $id: 'ErrorResponse', description: 'Every error has this shape' },
);

/** Firecracker's TokenBucket: size in bytes or ops, refill_time in ms. */
export const TokenBucket = Type.Object(
  {
    size: Type.Integer({
      minimum: 0,
      description: 'bucket size: bytes (bandwidth) or operations (ops)',
      examples: [104857600],
    }),
    one_time_burst: Type.Optional(
      nullable(
        Type.Integer({ minimum: 0 }),
        'an initial extra allowance, used once, in the same unit as size; null or omitted: none',
      ),
    ),
    refill_time: Type.Integer({
      minimum: 0,
      description: 'milliseconds to refill the bucket from empty to size',
      examples: [1000],
    }),
  },
  { additionalProperties: false },
);

/** Firecracker's RateLimiter: bandwidth (bytes) and/or ops buckets. */
export const RateLimiter = Type.Object(
  {
    bandwidth: Type.Optional(
      nullable(TokenBucket, 'limits bytes per refill_time; null or omitted: unlimited'),
    ),
    ops: Type.Optional(
      nullable(TokenBucket, 'limits I/O operations per refill_time; null or omitted: unlimited'),
    ),
  },
  { additionalProperties: false },
);
export type RateLimiter = Static<typeof RateLimiter>;

export const ATTACHMENT_STATES = [
  'attached',
  'pending_attach',
  'pending_change',
  'pending_detach',
] as const;

/**
 * How a device row relates to the running VMM (null while the VM is not running):
 * attached = in the VMM as recorded; pending_attach = added since start; pending_change =
 * edited since start; pending_detach = removed since start but still in the VMM.
 */
export const Attachment = nullable(
  StringEnum(ATTACHMENT_STATES),
  'how this row relates to the running VMM: `attached` (in the VMM as recorded), ' +
    '`pending_attach` (added since the start: attached at the next start), `pending_change` ' +
    '(edited since the start: see pending_fields), `pending_detach` (removed since the start, ' +
    'still in the VMM until it stops); null while the VM is not running',
);
export type Attachment = Static<typeof Attachment>;

export const Page = <T extends ReturnType<typeof Type.Object>>(item: T) =>
  Type.Object({
    items: Type.Array(item, { description: 'this page, in list order' }),
    next_cursor: nullable(
      Type.String(),
      'pass as ?cursor= to get the next page; null on the last page',
    ),
  });
