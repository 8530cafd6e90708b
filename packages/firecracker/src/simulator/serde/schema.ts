// Schema-driven deserialization with serde's semantics and error texts. A schema describes a
// Rust type as Firecracker declares it (field order, Option vs default, deny_unknown_fields);
// the deserializer walks the body byte by byte so every error carries serde_json's position.
import { JsonReader, SerdeError } from './json-reader.ts';
import { parseAny } from './json-value.ts';
import { expectedOneOf, floatDisplay } from './messages.ts';

export type IntKind = 'u8' | 'u16' | 'u32' | 'u64' | 'usize' | 'i32' | 'i64';

export type Schema =
  | { kind: 'int'; int: IntKind }
  | { kind: 'bool' }
  | { kind: 'string' }
  | { kind: 'option'; inner: Schema }
  | { kind: 'enum'; name: string; variants: readonly string[] }
  | { kind: 'struct'; name: string; fields: readonly Field[]; denyUnknown: boolean }
  | { kind: 'seq'; item: Schema }
  | { kind: 'any' }
  /** A `deserialize_with` function: the inner value is read first, then checked. */
  | { kind: 'custom'; inner: Schema; convert: (value: unknown) => unknown };

export interface Field {
  name: string;
  schema: Schema;
  /** Value when the field is absent; undefined means the field is required. */
  absent?: () => unknown;
}

const INT_RANGES: Record<IntKind, [bigint, bigint]> = {
  u8: [0n, 255n],
  u16: [0n, 65535n],
  u32: [0n, 4294967295n],
  u64: [0n, 18446744073709551615n],
  usize: [0n, 18446744073709551615n],
  i32: [-2147483648n, 2147483647n],
  i64: [-9223372036854775808n, 9223372036854775807n],
};

/** What serde names as "expected ..." for a schema. */
export function expecting(schema: Schema): string {
  switch (schema.kind) {
    case 'int':
      return schema.int;
    case 'bool':
      return 'a boolean';
    case 'string':
      return 'a string';
    case 'option':
      return expecting(schema.inner);
    case 'enum':
      return `enum ${schema.name}`;
    case 'struct':
      return `struct ${schema.name}`;
    case 'seq':
      return 'a sequence';
    case 'any':
      return 'any valid JSON value';
    case 'custom':
      return expecting(schema.inner);
  }
}

/** serde_json's `peek_invalid_type`: consumes a scalar to name it; maps and lists are not consumed. */
function invalidType(r: JsonReader, schema: Schema): SerdeError {
  const exp = expecting(schema);
  const byte = r.peek();
  const fail = (what: string) => new SerdeError(`invalid type: ${what}, expected ${exp}`);
  switch (byte) {
    case 0x6e:
      r.eat();
      r.parseIdent('ull');
      return fail('null');
    case 0x74:
      r.eat();
      r.parseIdent('rue');
      return fail('boolean `true`');
    case 0x66:
      r.eat();
      r.parseIdent('alse');
      return fail('boolean `false`');
    case 0x22:
      r.eat();
      return fail(`string ${JSON.stringify(r.parseString())}`);
    case 0x5b:
      return fail('sequence');
    case 0x7b:
      return fail('map');
    default: {
      if (byte !== undefined && (byte === 0x2d || (byte >= 0x30 && byte <= 0x39))) {
        const n = r.parseNumber();
        if (n.kind === 'float') return fail(`floating point \`${floatDisplay(n.value)}\``);
        return fail(`integer \`${n.value}\``);
      }
      return r.peekError('expected value');
    }
  }
}

function withFix<T>(r: JsonReader, read: () => T): T {
  try {
    return read();
  } catch (err) {
    throw r.fix(err);
  }
}

function readInt(r: JsonReader, schema: Schema & { kind: 'int' }): number {
  const byte = r.skipWhitespace();
  if (byte === undefined) throw r.peekError('EOF while parsing a value');
  return withFix(r, () => {
    if (byte !== 0x2d && (byte < 0x30 || byte > 0x39)) throw invalidType(r, schema);
    const n = r.parseNumber();
    if (n.kind === 'float') {
      throw new SerdeError(
        `invalid type: floating point \`${floatDisplay(n.value)}\`, expected ${schema.int}`,
      );
    }
    const [min, max] = INT_RANGES[schema.int];
    if (n.value < min || n.value > max) {
      throw new SerdeError(`invalid value: integer \`${n.value}\`, expected ${schema.int}`);
    }
    return Number(n.value);
  });
}

function readBool(r: JsonReader, schema: Schema): boolean {
  const byte = r.skipWhitespace();
  if (byte === undefined) throw r.peekError('EOF while parsing a value');
  return withFix(r, () => {
    if (byte === 0x74) {
      r.eat();
      r.parseIdent('rue');
      return true;
    }
    if (byte === 0x66) {
      r.eat();
      r.parseIdent('alse');
      return false;
    }
    throw invalidType(r, schema);
  });
}

function readString(r: JsonReader, schema: Schema, check?: (s: string) => void): string {
  const byte = r.skipWhitespace();
  if (byte === undefined) throw r.peekError('EOF while parsing a value');
  return withFix(r, () => {
    if (byte !== 0x22) throw invalidType(r, schema);
    r.eat();
    const value = r.parseString();
    check?.(value);
    return value;
  });
}

function readEnum(r: JsonReader, schema: Schema & { kind: 'enum' }): string {
  const byte = r.skipWhitespace();
  if (byte === undefined) throw r.peekError('EOF while parsing a value');
  if (byte !== 0x22) throw r.peekError('expected value');
  return readString(r, { kind: 'string' }, (value) => {
    if (!schema.variants.includes(value)) {
      throw new SerdeError(
        `unknown variant \`${value}\`, ${expectedOneOf(schema.variants, 'variants')}`,
      );
    }
  });
}

function readStruct(r: JsonReader, schema: Schema & { kind: 'struct' }): Record<string, unknown> {
  const byte = r.skipWhitespace();
  if (byte === undefined) throw r.peekError('EOF while parsing a value');
  if (byte !== 0x7b) throw r.fix(invalidType(r, schema));
  r.eat();
  r.enter();
  const out: Record<string, unknown> = {};
  try {
    let first = true;
    for (;;) {
      const key = r.nextKey(first);
      if (key === null) break;
      first = false;
      const field = schema.fields.find((f) => f.name === key);
      if (!field) {
        if (schema.denyUnknown) {
          throw new SerdeError(
            `unknown field \`${key}\`, ${expectedOneOf(
              schema.fields.map((f) => f.name),
              'fields',
            )}`,
          );
        }
        r.parseColon();
        parseAny(r);
        continue;
      }
      if (key in out) throw new SerdeError(`duplicate field \`${key}\``);
      r.parseColon();
      out[key] = readValue(r, field.schema);
    }
    for (const field of schema.fields) {
      if (field.name in out) continue;
      if (!field.absent) throw new SerdeError(`missing field \`${field.name}\``);
      out[field.name] = field.absent();
    }
  } catch (err) {
    // serde_json still calls end_map() after a failed visit (consuming whitespace and a
    // closing brace), then fixes the position: that is where the error is reported.
    try {
      r.endMap();
    } catch {
      // the visitor's error wins
    }
    throw r.fix(err);
  }
  r.endMap();
  r.leave();
  return out;
}

function readSeq(r: JsonReader, schema: Schema & { kind: 'seq' }): unknown[] {
  const byte = r.skipWhitespace();
  if (byte === undefined) throw r.peekError('EOF while parsing a value');
  if (byte !== 0x5b) throw r.fix(invalidType(r, schema));
  r.eat();
  r.enter();
  const out: unknown[] = [];
  let first = true;
  for (;;) {
    const next = r.skipWhitespace();
    if (next === undefined) throw r.peekError('EOF while parsing a list');
    if (next === 0x5d) {
      r.eat();
      break;
    }
    if (!first) {
      if (next !== 0x2c) throw r.peekError('expected `,` or `]`');
      r.eat();
      if (r.skipWhitespace() === 0x5d) throw r.peekError('trailing comma');
    }
    first = false;
    out.push(readValue(r, schema.item));
  }
  r.leave();
  return out;
}

export function readValue(r: JsonReader, schema: Schema): unknown {
  switch (schema.kind) {
    case 'int':
      return readInt(r, schema);
    case 'bool':
      return readBool(r, schema);
    case 'string':
      return readString(r, schema);
    case 'enum':
      return readEnum(r, schema);
    case 'struct':
      return readStruct(r, schema);
    case 'seq':
      return readSeq(r, schema);
    case 'any':
      return parseAny(r);
    case 'custom':
      return schema.convert(readValue(r, schema.inner));
    case 'option': {
      if (r.skipWhitespace() === 0x6e) {
        r.eat();
        r.parseIdent('ull');
        return null;
      }
      return readValue(r, schema.inner);
    }
  }
}

export type Decoded<T> = { ok: true; value: T } | { ok: false; message: string };

/** serde_json::from_slice::<T>(body) */
export function decode<T>(body: Buffer, schema: Schema): Decoded<T> {
  const reader = new JsonReader(body);
  try {
    const value = readValue(reader, schema) as T;
    reader.end();
    return { ok: true, value };
  } catch (err) {
    if (err instanceof SerdeError) return { ok: false, message: err.describe() };
    throw err;
  }
}
