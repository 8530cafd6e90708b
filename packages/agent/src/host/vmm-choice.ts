// Which VMM this agent launches, decided once at start. A real Firecracker needs both the
// binary (HEARTH_FIRECRACKER_BIN, else `firecracker` on PATH) and a usable /dev/kvm. Only an
// agent told to fall back (HEARTH_SIMULATOR_FALLBACK=1, which the all-in-one sets for its demo)
// uses Hearth's simulator when either is missing; any other agent keeps the binary it was
// given, so a production host never quietly runs pretend VMs. Every reason is kept so the
// log and the host's capabilities can say exactly why.
import { SIMULATED_FIRECRACKER_VERSION, SIMULATOR_BIN_PATH } from '@hearth/firecracker';
import type { FirecrackerBinary } from './firecracker-binary.ts';
import type { KvmStatus } from './kvm.ts';

export interface VmmChoice {
  /** `none`: no binary was found and no fallback is allowed; every launch fails */
  mode: 'firecracker' | 'simulator' | 'none';
  /** what launches run; null in mode `none` */
  binary: string | null;
  /** first line of `--version`, or the Firecracker release the simulator reproduces */
  version: string;
  /** why this is not a real Firecracker on a usable KVM; empty when it is */
  reasons: string[];
}

export interface VmmFacts {
  /** HEARTH_FIRECRACKER_BIN as configured (null: `firecracker` on PATH) */
  configured: string | null;
  /** what resolveFirecrackerBinary found */
  binary: FirecrackerBinary | null;
  kvm: KvmStatus;
  simulatorFallback: boolean;
}

export function chooseVmm({ configured, binary, kvm, simulatorFallback }: VmmFacts): VmmChoice {
  const reasons: string[] = [];
  if (binary === null) {
    reasons.push(
      configured
        ? `HEARTH_FIRECRACKER_BIN=${configured} is not an executable file`
        : 'no `firecracker` binary on PATH (and HEARTH_FIRECRACKER_BIN is not set)',
    );
  } else if (binary.simulator) {
    reasons.push(`${binary.path} is Hearth's simulator, not Firecracker`);
  } else if (binary.error) {
    reasons.push(`${binary.path} does not run: ${binary.error}`);
  }
  if (!kvm.usable) reasons.push(kvm.reason ?? '/dev/kvm is not usable');

  if (binary?.simulator) {
    return { mode: 'simulator', binary: binary.path, version: binary.version, reasons };
  }
  if (reasons.length > 0 && simulatorFallback) {
    return {
      mode: 'simulator',
      binary: SIMULATOR_BIN_PATH,
      version: SIMULATED_FIRECRACKER_VERSION,
      reasons,
    };
  }
  if (binary === null) return { mode: 'none', binary: null, version: '', reasons };
  return { mode: 'firecracker', binary: binary.path, version: binary.version, reasons };
}
