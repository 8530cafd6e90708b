// The manager's use cases, built once from the service context. Routes receive them as plugin
// options; main.ts builds them before the app so the all-in-one mode shares the same instances.
import { ConsoleService } from './console/console.service.ts';
import type { ServiceContext } from './context.ts';
import type { WarnLogger } from './devices/attachment.ts';
import { DrivesService } from './drives/drives.service.ts';
import { HostsService } from './hosts/hosts.service.ts';
import { ImagesService } from './images/images.service.ts';
import { NicsService } from './nics/nics.service.ts';
import { StorageService } from './storage/host-storage.service.ts';
import { LifecycleService } from './vms/lifecycle.service.ts';
import { VmsService } from './vms/vms.service.ts';

export interface ManagerServices {
  hosts: HostsService;
  images: ImagesService;
  vms: VmsService;
  lifecycle: LifecycleService;
  drives: DrivesService;
  nics: NicsService;
  console: ConsoleService;
  storage: StorageService;
}

export function createServices(ctx: ServiceContext, log: WarnLogger = console): ManagerServices {
  const lifecycle = new LifecycleService(ctx);
  return {
    hosts: new HostsService(ctx),
    images: new ImagesService(ctx),
    drives: new DrivesService(ctx, log),
    nics: new NicsService(ctx, log),
    lifecycle,
    vms: new VmsService(ctx, { lifecycle }, log),
    console: new ConsoleService(ctx),
    storage: new StorageService(ctx, log),
  };
}
