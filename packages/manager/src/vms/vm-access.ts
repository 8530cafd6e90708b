// Lookups shared by the VM, drive and NIC services: the VM (or 404) and its host's agent.
import type { Vm } from '@hearth/api';
import type { AgentClient } from '../agents/agent-client.ts';
import type { ServiceContext } from '../context.ts';
import type { Db } from '../db/types.ts';
import { findHost, type HostRecord } from '../hosts/hosts.repository.ts';
import { AppError, notFound } from '../http/errors.ts';
import { findDeletedVm } from './deleted-vms.repository.ts';
import { type BundleParts, findVmBundle, type VmBundle } from './vm-bundle.repository.ts';
import { findVm } from './vms.repository.ts';

export async function getVmOr404(db: Db, id: string): Promise<Vm> {
  const vm = await findVm(db, id);
  if (!vm) throw await vmNotFound(db, id);
  return vm;
}

/** VM_NOT_FOUND; for a VM deleted within the retention, says so, when, and where its events are. */
export async function vmNotFound(db: Db, id: string): Promise<AppError> {
  const deleted = await findDeletedVm(db, id);
  if (!deleted) return notFound('VM_NOT_FOUND', 'VM', id);
  return new AppError(
    'VM_NOT_FOUND',
    `VM ${deleted.name} (${id}) was deleted at ${deleted.deleted_at}; its events stay readable at GET /v1/vms/${id}/events for HEARTH_DELETED_VM_RETENTION_HOURS.`,
    { id, name: deleted.name, deleted_at: deleted.deleted_at },
  );
}

/** A VM's row, host and agent, and the device lists in `parts`, in one read (or 404). */
export async function getVmBundleOr404(
  ctx: ServiceContext,
  id: string,
  parts?: BundleParts,
): Promise<VmBundle & { host: HostRecord; agent: AgentClient }> {
  const bundle = await findVmBundle(ctx.db, id, ctx.config.hostStaleSeconds, parts);
  if (!bundle) throw await vmNotFound(ctx.db, id);
  const { host } = bundle;
  if (!host) throw hostNotRegistered(bundle.vm);
  return { ...bundle, host, agent: ctx.agents.forHost(host) };
}

const hostNotRegistered = (vm: Pick<Vm, 'id' | 'host_id'>) =>
  new AppError('HOST_NOT_FOUND', `Host ${vm.host_id} of VM ${vm.id} is not registered.`, {
    host_id: vm.host_id,
  });

export async function hostOf(
  ctx: ServiceContext,
  vm: Pick<Vm, 'id' | 'host_id'>,
): Promise<{ host: HostRecord; agent: AgentClient }> {
  const host = await findHost(ctx.db, vm.host_id, ctx.config.hostStaleSeconds);
  if (!host) throw hostNotRegistered(vm);
  return { host, agent: ctx.agents.forHost(host) };
}
