// GET /vms/:vmId/console?from=&max_bytes=: a slice of the VM's serial console log (the
// VMM's stdout/stderr, appended across boots).
import { type Static, Type } from '@sinclair/typebox';

export const CONSOLE_DEFAULT_BYTES = 64 * 1024;
export const CONSOLE_MAX_BYTES = 1024 * 1024;

/**
 * The query as it arrives: text. The agent's ajv does not coerce types, so digits are
 * matched here and the route turns them into a ConsoleQuery.
 */
export const ConsoleQueryString = Type.Object(
  {
    from: Type.Optional(Type.String({ pattern: '^[0-9]{1,15}$' })),
    max_bytes: Type.Optional(Type.String({ pattern: '^[0-9]{1,7}$' })),
  },
  { additionalProperties: false },
);
export type ConsoleQueryString = Static<typeof ConsoleQueryString>;

/** The query's meaning, as a client builds it. */
export const ConsoleQuery = Type.Object({
  from: Type.Optional(
    Type.Integer({ minimum: 0, description: 'byte offset; omitted: the last max_bytes' }),
  ),
  max_bytes: Type.Optional(Type.Integer({ minimum: 1, maximum: CONSOLE_MAX_BYTES })),
});
export type ConsoleQuery = Static<typeof ConsoleQuery>;

export const ConsoleSlice = Type.Object({
  text: Type.String({
    description: "UTF-8; a character cut by the slice's edges is left for the next read",
  }),
  start: Type.Integer(),
  end: Type.Integer(),
  size: Type.Integer({ description: "the log's size now: end < size means there is more" }),
});
export type ConsoleSlice = Static<typeof ConsoleSlice>;
