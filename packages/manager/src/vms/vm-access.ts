// Lookups shared by the VM, drive and NIC services: the VM (or 404) and its host's agent.
import type { Vm } from '@hearth/api';
import type { AgentClient } from '../agents/agent-client.ts';
import type { ServiceContext } from '../context.ts';
import type { Db } from '../db/types.ts';
import { findHost, type HostRecord } from '../hosts/hosts.repository.ts';
import { AppError, notFound } from '../http/errors.ts';
import { findVm } from './vms.repository.ts';

export async function getVmOr404(db: Db, id: string): Promise<Vm> {
  const vm = await findVm(db, id);
  if (!vm) throw notFound('VM_NOT_FOUND', 'VM', id);
  return vm;
}

export async function hostOf(
  ctx: ServiceContext,
  vm: Pick<Vm, 'id' | 'host_id'>,
): Promise<{ host: HostRecord; agent: AgentClient }> {
  const host = await findHost(ctx.db, vm.host_id, ctx.config.hostStaleSeconds);
  if (!host) {
    throw new AppError('HOST_NOT_FOUND', `Host ${vm.host_id} of VM ${vm.id} is not registered.`, {
      host_id: vm.host_id,
    });
  }
  return { host, agent: ctx.agents.forHost(host) };
}
