// The fleet bench's concurrent-transition checks must be able to fail:
//   node --import tsx --test bench/fleet/transitions.test.ts
// (bench/fleet.bench.ts also runs selfCheck() before it trusts a "none found").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type AuditRow, callOverlaps, rowOverlaps, selfCheck } from './transitions.ts';

const row = (vm: string, seq: number, to: string, owner: string | null): AuditRow => ({
  seq,
  vm_id: vm,
  old_state: null,
  new_state: to,
  old_owner: null,
  new_owner: owner,
});

test('selfCheck passes', () => selfCheck());

test('a second owner entering a transition while one is open is an overlap', () => {
  const found = rowOverlaps([
    row('a', 3, 'stopping', 'B'),
    row('a', 1, 'created', null),
    row('a', 2, 'starting', 'A'),
    row('b', 4, 'starting', 'A'),
    row('b', 5, 'running', null),
  ]);
  assert.equal(found.length, 1);
  assert.equal(found[0]?.vm_id, 'a');
  assert.equal(found[0]?.second.seq, 3);
});

test('transitions of different VMs, or one after another, never overlap', () => {
  assert.deepEqual(
    rowOverlaps([
      row('a', 1, 'starting', 'A'),
      row('b', 2, 'starting', 'B'),
      row('a', 3, 'running', null),
      row('a', 4, 'stopping', 'B'),
      row('b', 5, 'error', null),
      row('a', 6, 'stopped', null),
    ]),
    [],
  );
});

test('host calls: a stop while a launch of the same VM runs is found, another VM is not', () => {
  const call = (vm: string, kind: 'launch' | 'stop', start: number, end: number) => ({
    vm_id: vm,
    kind,
    host: 'h',
    start,
    end,
  });
  const found = callOverlaps([
    call('a', 'launch', 0, 300),
    call('b', 'stop', 100, 200),
    call('a', 'stop', 250, 400),
    call('a', 'launch', 400, 500),
  ]);
  assert.equal(found.length, 1);
  assert.equal(found[0]?.second.start, 250);
});
