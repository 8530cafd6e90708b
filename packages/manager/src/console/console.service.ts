// A VM's serial console, read through its host's agent (the manager never opens host files).
// The agent keeps the log across boots; offsets are bytes in it, so a follower continues
// exactly where it stopped, also after reconnecting.
import type { ConsoleChunk } from '@hearth/api';
import type { AgentClient } from '../agents/agent-client.ts';
import { agentCall } from '../agents/agent-errors.ts';
import type { ServiceContext } from '../context.ts';
import { getVmOr404, hostOf } from '../vms/vm-access.ts';

/** How much one follow read may bring: a burst of output arrives over a few reads. */
const FOLLOW_READ_BYTES = 256 * 1024;

export interface ConsoleRead extends ConsoleChunk {
  /** there is more after `end` already */
  more: boolean;
}

/** Reads one VM's console through an agent resolved once, for the many reads of a follower. */
export interface ConsoleFollower {
  /** the last `bytes` */
  tail(bytes: number): Promise<ConsoleRead>;
  /** what follows `from` (from the log's beginning if it was recreated shorter) */
  after(from: number): Promise<ConsoleRead>;
  /** throws VM_NOT_FOUND once the VM is deleted */
  assertVmExists(): Promise<void>;
}

export class ConsoleService {
  constructor(private readonly ctx: ServiceContext) {}

  async tail(vmId: string, bytes: number): Promise<ConsoleRead> {
    return (await this.follow(vmId)).tail(bytes);
  }

  async follow(vmId: string): Promise<ConsoleFollower> {
    const vm = await getVmOr404(this.ctx.db, vmId);
    const { agent } = await hostOf(this.ctx, vm);
    const read = (query: { from?: number; max_bytes: number }) => readSlice(agent, vm, query);
    return {
      tail: (bytes) => read({ max_bytes: bytes }),
      after: (from) => read({ from, max_bytes: FOLLOW_READ_BYTES }),
      assertVmExists: async () => {
        await getVmOr404(this.ctx.db, vmId);
      },
    };
  }
}

async function readSlice(
  agent: AgentClient,
  vm: { id: string; name: string },
  query: { from?: number; max_bytes: number },
): Promise<ConsoleRead> {
  const slice = await agentCall(`read the console of VM ${vm.name}`, () =>
    agent.console(vm.id, query),
  );
  return { text: slice.text, start: slice.start, end: slice.end, more: slice.end < slice.size };
}
