// Console slices from a real log file: tails, continuation offsets, and UTF-8 characters
// never split across slices.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { readConsoleLog } from '../src/vmm/console-log.ts';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hearth-console-'));
});
after(() => rm(dir, { recursive: true, force: true }));

test('a missing log is an empty console', async () => {
  assert.deepEqual(await readConsoleLog(join(dir, 'none.log'), { maxBytes: 100 }), {
    text: '',
    start: 0,
    end: 0,
    size: 0,
  });
});

test('tail, then continue from end; a log that shrank is read from its start', async () => {
  const path = join(dir, 'a.log');
  await writeFile(path, 'boot 1\nlogin: ');
  const tail = await readConsoleLog(path, { maxBytes: 7 });
  assert.deepEqual(tail, { text: 'login: ', start: 7, end: 14, size: 14 });
  assert.deepEqual(await readConsoleLog(path, { from: 14, maxBytes: 100 }), {
    text: '',
    start: 14,
    end: 14,
    size: 14,
  });
  await writeFile(path, 'new');
  assert.deepEqual(await readConsoleLog(path, { from: 14, maxBytes: 100 }), {
    text: 'new',
    start: 0,
    end: 3,
    size: 3,
  });
});

test('slices end and begin on character boundaries', async () => {
  const path = join(dir, 'utf8.log');
  const text = 'é€😀x';
  await writeFile(path, text);
  const bytes = Buffer.byteLength(text); // 2 + 3 + 4 + 1
  let from = 0;
  let joined = '';
  for (let guard = 0; from < bytes && guard < 20; guard++) {
    const slice = await readConsoleLog(path, { from, maxBytes: 4 });
    joined += slice.text;
    assert.equal(slice.end - slice.start, Buffer.byteLength(slice.text));
    if (slice.end === from) {
      // a 4-byte character needs a read of at least 4 bytes from its start
      assert.fail(`no progress at ${from}`);
    }
    from = slice.end;
  }
  assert.equal(joined, text);
  const tail = await readConsoleLog(path, { maxBytes: 6 });
  assert.equal(tail.text, '😀x');
  assert.equal(tail.start, bytes - 5);
});
