// serde_json::Value: any JSON document, read with the same reader (and so the same error
// positions) as typed bodies. Objects have a null prototype so a key named __proto__ is data.
import type { JsonReader } from './json-reader.ts';

/** Parses any JSON value (serde_json::Value), e.g. the MMDS data store or ignored fields. */
export function parseAny(r: JsonReader): unknown {
  const byte = r.skipWhitespace();
  switch (byte) {
    case undefined:
      throw r.peekError('EOF while parsing a value');
    case 0x6e:
      r.eat();
      r.parseIdent('ull');
      return null;
    case 0x74:
      r.eat();
      r.parseIdent('rue');
      return true;
    case 0x66:
      r.eat();
      r.parseIdent('alse');
      return false;
    case 0x22:
      r.eat();
      return r.parseString();
    case 0x5b:
      return parseAnyArray(r);
    case 0x7b:
      return parseAnyObject(r);
    default: {
      if (byte === 0x2d || (byte >= 0x30 && byte <= 0x39)) {
        const n = r.parseNumber();
        return n.kind === 'int' ? Number(n.value) : n.value;
      }
      throw r.peekError('expected value');
    }
  }
}

function parseAnyArray(r: JsonReader): unknown[] {
  r.eat();
  r.enter();
  const out: unknown[] = [];
  let first = true;
  for (;;) {
    const byte = r.skipWhitespace();
    if (byte === undefined) throw r.peekError('EOF while parsing a list');
    if (byte === 0x5d) {
      r.eat();
      break;
    }
    if (!first) {
      if (byte !== 0x2c) throw r.peekError('expected `,` or `]`');
      r.eat();
      if (r.skipWhitespace() === 0x5d) throw r.peekError('trailing comma');
    }
    first = false;
    out.push(parseAny(r));
  }
  r.leave();
  return out;
}

function parseAnyObject(r: JsonReader): Record<string, unknown> {
  r.eat();
  r.enter();
  // Null prototype: a key named __proto__ is plain data here, as in serde_json::Value.
  const out: Record<string, unknown> = Object.create(null);
  let first = true;
  for (;;) {
    const key = r.nextKey(first);
    if (key === null) break;
    first = false;
    r.parseColon();
    out[key] = parseAny(r);
  }
  r.endMap();
  r.leave();
  return out;
}
