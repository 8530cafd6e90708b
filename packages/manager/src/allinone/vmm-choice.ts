// Which VMM binary the all-in-one's local agent runs. A real Firecracker needs both the binary
// (HEARTH_FIRECRACKER_BIN, else `firecracker` on PATH) and a usable /dev/kvm; without either,
// the demo still works with Hearth's simulator, and every reason is kept so the log and the
// host's capabilities can say exactly why.

// The agent package exports only its wire contract; these two probes are the agent's own
// code, reused so that the all-in-one and the agent judge a host the same way.
import { probeKvm, resolveFirecrackerBinary } from '@hearth/agent/host-probe';
import { SIMULATED_FIRECRACKER_VERSION, SIMULATOR_BIN_PATH } from '@hearth/firecracker';

export interface VmmChoice {
  mode: 'firecracker' | 'simulator';
  binary: string;
  version: string;
  /** why the simulator was chosen; empty in firecracker mode */
  reasons: string[];
}

export async function chooseVmm(env: NodeJS.ProcessEnv = process.env): Promise<VmmChoice> {
  const [binary, kvm] = await Promise.all([resolveFirecrackerBinary(env), probeKvm()]);
  const reasons: string[] = [];
  if (binary === null) {
    reasons.push(
      env.HEARTH_FIRECRACKER_BIN
        ? `HEARTH_FIRECRACKER_BIN=${env.HEARTH_FIRECRACKER_BIN} is not an executable file`
        : 'no `firecracker` binary on PATH (and HEARTH_FIRECRACKER_BIN is not set)',
    );
  } else if (binary.simulator) {
    reasons.push(`${binary.path} is Hearth's simulator, not Firecracker`);
  } else if (binary.error) {
    reasons.push(`${binary.path} does not run: ${binary.error}`);
  }
  if (!kvm.usable) reasons.push(kvm.reason ?? '/dev/kvm is not usable');

  if (binary && reasons.length === 0) {
    return { mode: 'firecracker', binary: binary.path, version: binary.version, reasons };
  }
  return {
    mode: 'simulator',
    binary: SIMULATOR_BIN_PATH,
    version: SIMULATED_FIRECRACKER_VERSION,
    reasons,
  };
}
