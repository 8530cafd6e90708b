import { type Static, Type } from '@sinclair/typebox';

/** The console log keeps every boot of the VM; offsets are byte positions in it. */
export const CONSOLE_DEFAULT_BYTES = 64 * 1024;
export const CONSOLE_MAX_BYTES = 1024 * 1024;

export const ConsoleQuery = Type.Object(
  {
    bytes: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: CONSOLE_MAX_BYTES,
        default: CONSOLE_DEFAULT_BYTES,
        description: 'how much of the end of the log to return',
      }),
    ),
  },
  { additionalProperties: false },
);

export const ConsoleStreamQuery = Type.Object(
  {
    from: Type.Optional(
      Type.Integer({
        minimum: 0,
        description:
          'byte offset to continue from (the id of the last event received); default: the last 64 KiB. The Last-Event-ID header is honoured too.',
      }),
    ),
  },
  { additionalProperties: false },
);

export const ConsoleChunk = Type.Object({
  text: Type.String({ description: 'the serial console output, UTF-8' }),
  start: Type.Integer({ description: 'byte offset of the first byte of text' }),
  end: Type.Integer({ description: 'byte offset just after text: pass as from to continue' }),
});
export type ConsoleChunk = Static<typeof ConsoleChunk>;
