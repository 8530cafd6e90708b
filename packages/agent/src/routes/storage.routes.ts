// Storage routes: disk files inside a VM's directory, image clones, stat, deletion. Paths
// are checked by the DiskStore's PathPolicy (403 PATH_NOT_ALLOWED with the path).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  AllocateDiskRequest,
  AllocateDiskResponse,
  CloneImageRequest,
  CloneImageResponse,
  DeleteFileRequest,
  DeleteFileResponse,
  ExportImageRequest,
  ExportImageResponse,
  GrowDiskRequest,
  GrowDiskResponse,
  StatRequest,
  StatResponse,
  StorageInventory,
  UsageRequest,
  UsageResponse,
  VmIdParams,
} from '../contract/index.ts';
import { AgentError } from '../errors.ts';
import { bearerSecurity, errorResponses } from '../http/schemas.ts';
import type { DiskStore } from '../storage/disk-store.ts';
import { withVmmRunning } from '../storage/storage-inventory.ts';

export interface StorageRouteDeps {
  disks: DiskStore;
  /**
   * Runs `task` with the VM's VMM work held off (no launch, stop or exit record in between),
   * telling it whether a VMM runs: a VM directory is never removed under a running VMM.
   */
  whileVmmIdle<T>(vmId: string, task: (running: boolean) => Promise<T>): Promise<T>;
  /** whether a VMM of the VM runs now (the notion whileVmmIdle hands its task) */
  isVmmRunning(vmId: string): Promise<boolean>;
}

const tags = ['storage'];

export const storageRoutes: FastifyPluginAsyncTypebox<StorageRouteDeps> = async (app, deps) => {
  app.post(
    '/storage/vms/:vmId/disks',
    {
      schema: {
        summary: 'Allocate a sparse data disk in the VM storage dir',
        tags,
        security: bearerSecurity,
        params: VmIdParams,
        body: AllocateDiskRequest,
        response: { 201: AllocateDiskResponse, ...errorResponses(403, 409) },
      },
    },
    async (request, reply) => {
      const { size_bytes, file_name } = request.body;
      const created = await deps.disks.allocateSparse(request.params.vmId, size_bytes, file_name);
      return reply.status(201).send(created);
    },
  );

  app.post(
    '/storage/vms/:vmId/clone',
    {
      schema: {
        summary: 'Copy an image into the VM storage dir (reflink when the filesystem can)',
        tags,
        security: bearerSecurity,
        params: VmIdParams,
        body: CloneImageRequest,
        // 507: the storage root's filesystem cannot hold the copy (none is left behind)
        response: { 201: CloneImageResponse, ...errorResponses(403, 409, 422, 507) },
      },
    },
    async (request, reply) => {
      const { source_path, file_name } = request.body;
      const cloned = await deps.disks.cloneImage(request.params.vmId, source_path, file_name);
      return reply.status(201).send(cloned);
    },
  );

  app.post(
    '/storage/stat',
    {
      schema: {
        summary: 'Facts about a path: exists, sizes, and whether it is inside an allowed root',
        tags,
        security: bearerSecurity,
        body: StatRequest,
        response: { 200: StatResponse, ...errorResponses() },
      },
    },
    (request) => deps.disks.stat(request.body.path),
  );

  app.post(
    '/storage/vms/:vmId/files/delete',
    {
      schema: {
        summary: 'Delete one file inside the VM storage dir',
        tags,
        security: bearerSecurity,
        params: VmIdParams,
        body: DeleteFileRequest,
        response: { 200: DeleteFileResponse, ...errorResponses(403) },
      },
    },
    (request) => deps.disks.deleteFile(request.params.vmId, request.body.path),
  );

  app.post(
    '/storage/vms/:vmId/disks/grow',
    {
      schema: {
        summary: 'Grow a disk file of the VM storage dir (sparse; never shrinks)',
        description:
          'Works while the VMM runs: the VMM keeps the size it read until a live update of the drive (POST /vms/:vmId/drives/:driveId/update) or the next launch. The same size is a no-op; a smaller one is 409 SHRINK_NOT_SUPPORTED; a missing file 422.',
        tags,
        security: bearerSecurity,
        params: VmIdParams,
        body: GrowDiskRequest,
        response: { 200: GrowDiskResponse, ...errorResponses(403, 409, 422) },
      },
    },
    (request) =>
      deps.disks.growFile(request.params.vmId, request.body.path, request.body.size_bytes),
  );

  app.get(
    '/storage/inventory',
    {
      schema: {
        summary: 'The VM directories of the storage root with their storage/ files, and statfs',
        tags,
        security: bearerSecurity,
        response: { 200: StorageInventory, ...errorResponses() },
      },
    },
    async () => withVmmRunning(await deps.disks.inventory(), deps.isVmmRunning),
  );

  app.post(
    '/storage/usage',
    {
      schema: {
        summary: 'Sizes of many files at once, in the order asked',
        tags,
        security: bearerSecurity,
        body: UsageRequest,
        response: { 200: UsageResponse, ...errorResponses() },
      },
    },
    (request) => deps.disks.usage(request.body.paths),
  );

  app.post(
    '/storage/vms/:vmId/export-image',
    {
      schema: {
        summary: 'Copy a disk file of the VM storage dir to <storage root>/images/ as an image',
        tags,
        security: bearerSecurity,
        params: VmIdParams,
        body: ExportImageRequest,
        // 409: its VMM runs (VMM_ALREADY_RUNNING) or the target exists (FILE_EXISTS)
        response: { 201: ExportImageResponse, ...errorResponses(403, 409, 422, 507) },
      },
    },
    async (request, reply) => {
      const { vmId } = request.params;
      // held against launches for the whole copy: a VMM writing the disk would tear it
      const exported = await deps.whileVmmIdle(vmId, async (running) => {
        if (running) {
          throw new AgentError(
            'VMM_ALREADY_RUNNING',
            `VM ${vmId} has a running VMM; stop it before exporting its disk.`,
            { vm_id: vmId },
          );
        }
        return deps.disks.exportImage(vmId, request.body.path, request.body.file_name);
      });
      return reply.status(201).send(exported);
    },
  );

  app.delete(
    '/storage/vms/:vmId',
    {
      schema: {
        summary: 'Remove the whole VM directory (storage, logs, sock); 204 also when absent',
        tags,
        security: bearerSecurity,
        params: VmIdParams,
        response: { 204: Type.Null(), ...errorResponses(409) },
      },
    },
    async (request, reply) => {
      const { vmId } = request.params;
      await deps.whileVmmIdle(vmId, async (running) => {
        if (running) {
          throw new AgentError(
            'VMM_ALREADY_RUNNING',
            `VM ${vmId} still has a running VMM; stop it before deleting its directory.`,
            { vm_id: vmId },
          );
        }
        await deps.disks.deleteVmDir(vmId);
      });
      return reply.status(204).send(null);
    },
  );
};
