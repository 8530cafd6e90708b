// The CLI's parsing and formatting that needs no server: sizes, rate limits, drive specs,
// YAML, tables, and the errors of name resolution.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CliError } from '../src/api.ts';
import { parseDriveSpec, parseNicSpec } from '../src/commands/vm.ts';
import { table } from '../src/output/table.ts';
import { relativeTime } from '../src/output/time.ts';
import { toYaml } from '../src/output/yaml.ts';
import { pickOne } from '../src/resolve.ts';
import {
  formatBytes,
  formatRateLimit,
  parseMemMib,
  parseRateLimit,
  parseSize,
  UsageError,
} from '../src/units.ts';

const GiB = 1024 ** 3;

describe('sizes', () => {
  test('binary units in any spelling and case; a plain number is bytes (MiB for --mem)', () => {
    assert.equal(parseSize('10G'), 10 * GiB);
    assert.equal(parseSize('512M'), 512 * 1024 ** 2);
    assert.equal(parseSize('1.5TiB'), 1.5 * 1024 * GiB);
    assert.equal(parseSize('64MiB'), 64 * 1024 ** 2);
    assert.equal(parseSize('20gb'), 20 * GiB);
    assert.equal(parseSize('4k'), 4096);
    assert.equal(parseSize('4096'), 4096);
    assert.equal(parseSize('100B'), 100);
    assert.equal(parseMemMib('512'), 512);
    assert.equal(parseMemMib('2G'), 2048);
  });

  test('anything else is a usage error', () => {
    for (const bad of ['10Q', '', 'G', '-1G', '0', '1.5', '1.5B', 'i', '10 G B', '1e3']) {
      assert.throws(() => parseSize(bad), UsageError, bad);
    }
    assert.throws(() => parseMemMib('1.5M'), UsageError);
  });

  test('printed in IEC units', () => {
    assert.equal(formatBytes(256 * 1024 ** 2), '256 MiB');
    assert.equal(formatBytes(1.5 * GiB), '1.5 GiB');
    assert.equal(formatBytes(1000), '1000 B');
    assert.equal(formatBytes(10 * GiB), '10 GiB');
  });
});

describe('rate limits', () => {
  test('bw and ops per second, bursts, none', () => {
    assert.deepEqual(parseRateLimit('bw=100M/s,ops=2000/s'), {
      bandwidth: { size: 100 * 1024 ** 2, refill_time: 1000 },
      ops: { size: 2000, refill_time: 1000 },
    });
    assert.deepEqual(parseRateLimit('bw=1M,bw-burst=1G'), {
      bandwidth: { size: 1024 ** 2, refill_time: 1000, one_time_burst: GiB },
    });
    assert.equal(parseRateLimit('none'), null);
    for (const bad of ['', 'bw=', 'ops=1.5', 'iops=3', 'ops-burst=5', 'bw=10Q/s']) {
      assert.throws(() => parseRateLimit(bad), UsageError, bad);
    }
  });

  test('printed back as a person wrote it', () => {
    assert.equal(formatRateLimit(parseRateLimit('bw=1M/s,ops=2000/s')), 'bw 1 MiB/s, ops 2000/s');
    assert.equal(formatRateLimit(null), '-');
  });
});

describe('--drive and --nic', () => {
  test('items in any order; ids default to disk1, disk2...', () => {
    assert.deepEqual(parseDriveSpec('size=20G,id=data', 0), {
      drive_id: 'data',
      size_bytes: 20 * GiB,
    });
    assert.deepEqual(parseDriveSpec('path=/srv/x.img,ro,cache=Writeback,io=Async', 1), {
      drive_id: 'disk2',
      path_on_host: '/srv/x.img',
      is_read_only: true,
      cache_type: 'Writeback',
      io_engine: 'Async',
    });
    assert.deepEqual(parseNicSpec('eth0,mac=06:00:ac:10:00:02'), {
      iface_id: 'eth0',
      guest_mac: '06:00:ac:10:00:02',
    });
  });

  test('unknown items, size with path, bad values: usage errors', () => {
    for (const bad of ['size=1G,path=/x', 'colour=red', 'cache=Fast', 'size=big']) {
      assert.throws(() => parseDriveSpec(bad, 0), UsageError, bad);
    }
    assert.throws(() => parseNicSpec(',mac=1'), UsageError);
  });
});

describe('output', () => {
  test('YAML: nested objects and arrays; strings YAML would misread are quoted', () => {
    const yaml = toYaml({
      items: [{ id: '0123', name: 'web1', tags: [], limits: { ops: null }, on: true }],
      next_cursor: null,
      note: 'yes',
    });
    assert.equal(
      yaml,
      [
        'items:',
        '  - id: "0123"',
        '    name: web1',
        '    tags: []',
        '    limits:',
        '      ops: null',
        '    on: true',
        'next_cursor: null',
        'note: "yes"',
        '',
      ].join('\n'),
    );
  });

  test('tables align on what is visible, colour codes excluded', () => {
    const green = '\u001b[32mrunning\u001b[39m';
    assert.equal(
      table(
        ['NAME', 'STATE', 'ID'],
        [
          ['a', green, '1'],
          ['longer', 'stopped', '2'],
        ],
      ),
      `NAME    STATE    ID\na       ${green}  1\nlonger  stopped  2\n`,
    );
  });

  test('relative times', () => {
    const now = Date.parse('2026-01-01T12:00:00Z');
    assert.equal(relativeTime('2026-01-01T11:59:48Z', now), '12 s ago');
    assert.equal(relativeTime('2026-01-01T11:57:00Z', now), '3 min ago');
    assert.equal(relativeTime('2025-12-29T12:00:00Z', now), '3 days ago');
    assert.equal(relativeTime(null, now), '-');
  });
});

describe('name resolution', () => {
  test('no match and several matches are errors naming the ids', () => {
    assert.throws(
      () => pickOne('VM', 'ghost', [], false),
      (err: CliError) => err.code === 'VM_NOT_FOUND' && err.message === 'No VM is named "ghost".',
    );
    assert.throws(
      () => pickOne('image', 'k', [{ id: 'a' }, { id: 'b' }], false),
      (err: CliError) =>
        err.code === 'AMBIGUOUS_NAME' && err.message.includes('matches 2 images (a, b); use an id'),
    );
    assert.deepEqual(pickOne('host', 'n', [{ id: 'a' }], false), { id: 'a' });
  });
});
