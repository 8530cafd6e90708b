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
  StatRequest,
  StatResponse,
  VmIdParams,
} from '../contract/index.ts';
import { AgentError } from '../errors.ts';
import { bearerSecurity, errorResponses } from '../http/schemas.ts';
import type { DiskStore } from '../storage/disk-store.ts';

export interface StorageRouteDeps {
  disks: DiskStore;
  /**
   * Runs `task` with the VM's VMM work held off (no launch, stop or exit record in between),
   * telling it whether a VMM runs: a VM directory is never removed under a running VMM.
   */
  whileVmmIdle<T>(vmId: string, task: (running: boolean) => Promise<T>): Promise<T>;
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
