// What the all-in-one needs to decide, before starting its local agent, whether a real
// Firecracker can run here. Exported as `@hearth/agent/host-probe`.
import { fileURLToPath } from 'node:url';

export { resolveFirecrackerBinary } from './host/firecracker-binary.ts';
export { probeKvm } from './host/kvm.ts';

/** The agent's entry point, for launching it as a process of its own. */
export const AGENT_MAIN_PATH = fileURLToPath(new URL('./main.ts', import.meta.url));
