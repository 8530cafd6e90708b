import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { tapNameFor } from '../src/network/tap-name.ts';
import { isTapName } from '../src/validation.ts';

test('TAP names fit 15 characters, are stable, and start with the VM id', () => {
  const vmId = '1b4e28ba-2fa1-11d2-883f-0016d3cca427';
  const name = tapNameFor(vmId, 'eth0');
  assert.equal(name.length, 15);
  assert.ok(isTapName(name));
  assert.match(name, /^fc1b4e28-[0-9a-f]{6}$/);
  assert.equal(tapNameFor(vmId, 'eth0'), name);
  assert.equal(tapNameFor(vmId.toUpperCase(), 'eth0'), name);
});

test('TAP names differ between NICs of a VM and between VMs sharing an id prefix', () => {
  const names = new Set<string>();
  for (let i = 0; i < 200; i++) {
    // deterministic ids, so the test cannot flake on a chance collision of the hash
    const vmId = `1b4e28ba-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
    for (const iface of ['eth0', 'eth1', 'net_2']) names.add(tapNameFor(vmId, iface));
  }
  assert.equal(names.size, 600);
});

test('ids that could not become a TAP name are refused', () => {
  assert.throws(() => tapNameFor('not-a-uuid', 'eth0'), { code: 'VALIDATION_FAILED' });
  assert.throws(() => tapNameFor(randomUUID(), 'eth 0'), { code: 'VALIDATION_FAILED' });
  assert.throws(() => tapNameFor(randomUUID(), ''), { code: 'VALIDATION_FAILED' });
});
