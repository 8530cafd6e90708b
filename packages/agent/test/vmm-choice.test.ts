// The agent's choice of VMM: a real Firecracker only with a working binary and KVM; the
// simulator when configured explicitly, or as a fallback only when the agent is allowed one.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SIMULATED_FIRECRACKER_VERSION, SIMULATOR_BIN_PATH } from '@hearth/firecracker';
import { chooseVmm } from '../src/host/vmm-choice.ts';

const realBinary = {
  path: '/usr/bin/firecracker',
  version: 'Firecracker v1.14.2',
  simulator: false,
};
const kvmOk = { usable: true };
const noKvm = {
  usable: false,
  reason: '/dev/kvm does not exist: KVM is not available on this host',
};

describe('chooseVmm', () => {
  test('a real binary on a usable KVM is Firecracker, with no reasons', () => {
    assert.deepEqual(
      chooseVmm({ configured: null, binary: realBinary, kvm: kvmOk, simulatorFallback: true }),
      {
        mode: 'firecracker',
        binary: '/usr/bin/firecracker',
        version: 'Firecracker v1.14.2',
        reasons: [],
      },
    );
  });

  test('without a binary the fallback gives the simulator and says why, KVM included', () => {
    const choice = chooseVmm({
      configured: null,
      binary: null,
      kvm: noKvm,
      simulatorFallback: true,
    });
    assert.equal(choice.mode, 'simulator');
    assert.equal(choice.binary, SIMULATOR_BIN_PATH);
    assert.equal(choice.version, SIMULATED_FIRECRACKER_VERSION);
    assert.deepEqual(choice.reasons, [
      'no `firecracker` binary on PATH (and HEARTH_FIRECRACKER_BIN is not set)',
      noKvm.reason,
    ]);
  });

  test('a real binary without KVM falls back only when allowed', () => {
    const allowed = chooseVmm({
      configured: null,
      binary: realBinary,
      kvm: noKvm,
      simulatorFallback: true,
    });
    assert.equal(allowed.mode, 'simulator');
    assert.deepEqual(allowed.reasons, [noKvm.reason]);
    const strict = chooseVmm({
      configured: null,
      binary: realBinary,
      kvm: noKvm,
      simulatorFallback: false,
    });
    assert.equal(strict.mode, 'firecracker', 'a production agent keeps the binary it was given');
    assert.equal(strict.binary, '/usr/bin/firecracker');
    assert.deepEqual(strict.reasons, [noKvm.reason]);
  });

  test('no binary and no fallback: mode none, naming the configured path', () => {
    assert.deepEqual(
      chooseVmm({ configured: '/opt/fc', binary: null, kvm: kvmOk, simulatorFallback: false }),
      {
        mode: 'none',
        binary: null,
        version: '',
        reasons: ['HEARTH_FIRECRACKER_BIN=/opt/fc is not an executable file'],
      },
    );
  });

  test('the simulator configured explicitly is the simulator, fallback or not', () => {
    const sim = {
      path: SIMULATOR_BIN_PATH,
      version: 'firecracker-simulator v1.14.2',
      simulator: true,
    };
    for (const simulatorFallback of [true, false]) {
      const choice = chooseVmm({
        configured: SIMULATOR_BIN_PATH,
        binary: sim,
        kvm: kvmOk,
        simulatorFallback,
      });
      assert.equal(choice.mode, 'simulator');
      assert.equal(choice.binary, SIMULATOR_BIN_PATH);
      assert.match(choice.reasons[0] ?? '', /is Hearth's simulator, not Firecracker/);
    }
  });
});
