// A VM's serial console, read through its host's agent (the manager never opens host files).
// The agent keeps the log across boots; offsets are bytes in it, so a follower continues
// exactly where it stopped, also after reconnecting.
import type { ConsoleChunk } from '@hearth/api';
import { agentCall } from '../agents/agent-errors.ts';
import type { ServiceContext } from '../context.ts';
import { getVmOr404, hostOf } from '../vms/vm-access.ts';

/** How much one follow read may bring: a burst of output arrives over a few reads. */
const FOLLOW_READ_BYTES = 256 * 1024;

export interface ConsoleRead extends ConsoleChunk {
  /** there is more after `end` already */
  more: boolean;
}

export class ConsoleService {
  constructor(private readonly ctx: ServiceContext) {}

  /** The last `bytes` of the console. */
  async tail(vmId: string, bytes: number): Promise<ConsoleRead> {
    return this.read(vmId, { max_bytes: bytes });
  }

  /** What follows `from` (from its beginning if the log was recreated shorter). */
  async after(vmId: string, from: number): Promise<ConsoleRead> {
    return this.read(vmId, { from, max_bytes: FOLLOW_READ_BYTES });
  }

  private async read(vmId: string, query: { from?: number; max_bytes: number }) {
    const vm = await getVmOr404(this.ctx.db, vmId);
    const { agent } = await hostOf(this.ctx, vm);
    const slice = await agentCall(`read the console of VM ${vm.name}`, () =>
      agent.console(vm.id, query),
    );
    return { text: slice.text, start: slice.start, end: slice.end, more: slice.end < slice.size };
  }
}
