// The simulator's serde_json emulation. The transcript hides the column of errors in bodies
// that contain the scratch path (`${COLUMN}`); these tests pin those positions with the
// rules the transcript shows on bodies without it, on paths with multi-byte characters
// (serde counts bytes), plus serde_json's syntax errors.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as schemas from '../src/simulator/schemas.ts';
import { decode, type Schema } from '../src/simulator/serde/schema.ts';

const DIR = '/tmp/hearth-ünïcødé-dir';

function errorOf(body: string, schema: Schema): string {
  const result = decode(Buffer.from(body, 'utf8'), schema);
  assert.equal(result.ok, false, `expected an error for ${body}`);
  return result.ok ? '' : result.message;
}

/** 1-based byte column of the last byte of `needle`'s first occurrence. */
function columnAfter(body: string, needle: string): number {
  const index = body.indexOf(needle);
  assert.ok(index >= 0, `${needle} not in ${body}`);
  return Buffer.byteLength(body.slice(0, index + needle.length));
}

const drive = (extra: string) =>
  `{"drive_id":"data1","path_on_host":"${DIR}/data1.img","is_root_device":false,"is_read_only":true${extra}}`;

describe('serde error positions (bytes, not characters)', () => {
  it('unknown field: right after the key', () => {
    const body = drive(',"foo":"bar"');
    assert.equal(
      errorOf(body, schemas.blockDevice),
      `unknown field \`foo\`, expected one of \`drive_id\`, \`partuuid\`, \`is_root_device\`, \`cache_type\`, \`is_read_only\`, \`path_on_host\`, \`rate_limiter\`, \`io_engine\`, \`socket\` at line 1 column ${columnAfter(body, '"foo"')}`,
    );
  });

  it('unknown variant: right after the string', () => {
    const body = drive(',"cache_type":"writeback"');
    assert.equal(
      errorOf(body, schemas.blockDevice),
      `unknown variant \`writeback\`, expected \`Unsafe\` or \`Writeback\` at line 1 column ${columnAfter(body, '"writeback"')}`,
    );
  });

  it('missing field: at the closing brace of its struct', () => {
    const body = `{"drive_id":"data1","path_on_host":"${DIR}/data1.img","is_read_only":true}`;
    assert.equal(
      errorOf(body, schemas.blockDevice),
      `missing field \`is_root_device\` at line 1 column ${Buffer.byteLength(body)}`,
    );
    const nested = drive(',"rate_limiter":{"bandwidth":{"size":1000}}');
    assert.equal(
      errorOf(nested, schemas.blockDevice),
      `missing field \`refill_time\` at line 1 column ${columnAfter(nested, '{"size":1000}')}`,
    );
  });

  it('invalid values and types: right after the value; maps are not consumed', () => {
    const negative = drive(',"rate_limiter":{"bandwidth":{"size":-1,"refill_time":100}}');
    assert.equal(
      errorOf(negative, schemas.blockDevice),
      `invalid value: integer \`-1\`, expected u64 at line 1 column ${columnAfter(negative, '-1')}`,
    );
    const float = drive(
      ',"rate_limiter":{"bandwidth":{"size":1000,"refill_time":100,"one_time_burst":1.5}}',
    );
    assert.equal(
      errorOf(float, schemas.blockDevice),
      `invalid type: floating point \`1.5\`, expected u64 at line 1 column ${columnAfter(float, '1.5')}`,
    );
    const str = drive(',"rate_limiter":{"bandwidth":"fast"}');
    assert.equal(
      errorOf(str, schemas.blockDevice),
      `invalid type: string "fast", expected struct TokenBucketConfig at line 1 column ${columnAfter(str, '"fast"')}`,
    );
    assert.equal(
      errorOf('{"vcpu_count":{},"mem_size_mib":1}', schemas.machineConfig),
      'invalid type: map, expected u8 at line 1 column 14',
    );
    assert.equal(
      errorOf('{"vcpu_count":null,"mem_size_mib":1}', schemas.machineConfig),
      'invalid type: null, expected u8 at line 1 column 18',
    );
  });

  it('custom errors (MAC, log level): after the closing brace of the struct', () => {
    const body = `{"log_path":"${DIR}/x.log","level":"Verbose"}`;
    assert.equal(
      errorOf(body, schemas.logger),
      `Invalid LevelFilter at line 1 column ${Buffer.byteLength(body)}`,
    );
  });
});

describe("positions on multi-line bodies (cases from Firecracker's own unit tests)", () => {
  const indent = (lines: string[]) => lines.join('\n');
  it('missing field inside a nested struct: at its closing brace', () => {
    const body = indent([
      '{',
      '            "snapshot_path": "foo",',
      '            "mem_backend": {',
      '                "backend_path": "bar"',
      '            }',
      '        }',
    ]);
    assert.equal(
      errorOf(body, schemas.snapshotLoad),
      'missing field `backend_type` at line 5 column 13',
    );
  });

  it('trailing comma before a closing brace', () => {
    const body = indent([
      '{',
      '            "snapshot_path": "foo",',
      '            "mem_backend": {',
      '                "backend_type": "File",',
      '            }',
      '        }',
    ]);
    assert.equal(errorOf(body, schemas.snapshotLoad), 'trailing comma at line 5 column 13');
  });

  it('missing top-level field: at the last closing brace', () => {
    const body = indent([
      '{',
      '            "mem_backend": {',
      '                "backend_path": "bar",',
      '                "backend_type": "Uffd"',
      '            }',
      '        }',
    ]);
    assert.equal(
      errorOf(body, schemas.snapshotLoad),
      'missing field `snapshot_path` at line 6 column 9',
    );
  });
});

describe('serde_json syntax errors', () => {
  const cases: Array<[string, string]> = [
    ['', 'EOF while parsing a value at line 1 column 0'],
    ['{', 'EOF while parsing an object at line 1 column 1'],
    ['not json at all', 'expected ident at line 1 column 2'],
    ['{"vcpu_count": 1, ', 'EOF while parsing a value at line 1 column 18'],
    ['{"vcpu_count":1,}', 'trailing comma at line 1 column 17'],
    ['{"vcpu_count" 1}', 'expected `:` at line 1 column 15'],
    ['{"vcpu_count":1 "x":2}', 'expected `,` or `}` at line 1 column 17'],
    ['{1:2}', 'key must be a string at line 1 column 2'],
    ['{"vcpu_count":01}', 'invalid number at line 1 column 16'],
    ['{"vcpu_count":1,\n"mem_size_mib":128} x', 'trailing characters at line 2 column 21'],
    [
      '{"vcpu_count":1,\n "foo":1}',
      'unknown field `foo`, expected one of `vcpu_count`, `mem_size_mib`, `smt`, `cpu_template`, `track_dirty_pages`, `huge_pages` at line 2 column 6',
    ],
  ];
  for (const [body, message] of cases) {
    it(`${JSON.stringify(body)} -> ${message}`, () => {
      assert.equal(errorOf(body, schemas.machineConfig), message);
    });
  }

  it('accepts whitespace around tokens and ignores unknown fields where serde does', () => {
    const ok = decode(
      Buffer.from(' { "metrics_path" : "/x" , "foo" : [1, {"a": null}] } '),
      schemas.metrics,
    );
    assert.deepEqual(ok, { ok: true, value: { metrics_path: '/x' } });
  });
});
