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
        description:
          'how many bytes of the end of the log to return (default 64 KiB, at most 1 MiB)',
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
  text: Type.String({
    description: 'the serial console output, UTF-8 (never a split character)',
    examples: ['[    0.000000] Linux version 6.1.102 ...\r\nweb1 login: '],
  }),
  start: Type.Integer({
    description: 'byte offset in the console log of the first byte of text',
    examples: [1024],
  }),
  end: Type.Integer({
    description: 'byte offset just after text: pass as from to continue',
    examples: [66560],
  }),
});
export type ConsoleChunk = Static<typeof ConsoleChunk>;
