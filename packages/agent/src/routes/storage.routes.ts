// Storage routes: disk files inside a VM's directory, image clones, stat, deletion. Paths
// are checked by the DiskStore's PathPolicy (403 PATH_NOT_ALLOWED with the path).
import type { FastifyInstance } from 'fastify';
import { AgentError } from '../errors.ts';
import { absolutePath, bearerSecurity, errorResponses, vmIdParams } from '../http/schemas.ts';
import type { DiskStore } from '../storage/disk-store.ts';
import type {
  AllocateDiskRequest,
  CloneImageRequest,
  DeleteFileRequest,
  StatRequest,
} from '../wire.ts';

export interface StorageRouteDeps {
  disks: DiskStore;
  /** a VM directory is never removed under a running VMM */
  isVmmRunning(vmId: string): Promise<boolean>;
}

type VmParams = { vmId: string };

const fileName = {
  type: 'string',
  pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$',
  description: 'a plain file name inside the VM storage dir',
} as const;

const allocateBody = {
  type: 'object',
  required: ['size_bytes'],
  additionalProperties: false,
  properties: {
    size_bytes: { type: 'integer', minimum: 1, description: 'apparent size of the sparse file' },
    file_name: { ...fileName, description: 'default disk-<uuid>.img' },
  },
} as const;

const cloneBody = {
  type: 'object',
  required: ['source_path', 'file_name'],
  additionalProperties: false,
  properties: { source_path: absolutePath, file_name: fileName },
} as const;

const pathBody = {
  type: 'object',
  required: ['path'],
  additionalProperties: false,
  properties: { path: absolutePath },
} as const;

const tags = ['storage'];

export async function storageRoutes(app: FastifyInstance, deps: StorageRouteDeps): Promise<void> {
  app.post<{ Params: VmParams; Body: AllocateDiskRequest }>(
    '/storage/vms/:vmId/disks',
    {
      schema: {
        summary: 'Allocate a sparse data disk in the VM storage dir',
        tags,
        security: bearerSecurity,
        params: vmIdParams,
        body: allocateBody,
        response: {
          201: {
            type: 'object',
            properties: {
              path: { type: 'string' },
              size_bytes: { type: 'integer' },
              allocated_bytes: { type: 'integer' },
            },
          },
          ...errorResponses(403, 409),
        },
      },
    },
    async (request, reply) => {
      const { size_bytes, file_name } = request.body;
      const created = await deps.disks.allocateSparse(request.params.vmId, size_bytes, file_name);
      return reply.status(201).send(created);
    },
  );

  app.post<{ Params: VmParams; Body: CloneImageRequest }>(
    '/storage/vms/:vmId/clone',
    {
      schema: {
        summary: 'Copy an image into the VM storage dir (reflink when the filesystem can)',
        tags,
        security: bearerSecurity,
        params: vmIdParams,
        body: cloneBody,
        response: {
          201: {
            type: 'object',
            properties: {
              path: { type: 'string' },
              size_bytes: { type: 'integer' },
              method: { type: 'string', enum: ['reflink', 'copy'] },
            },
          },
          ...errorResponses(403, 409, 422),
        },
      },
    },
    async (request, reply) => {
      const { source_path, file_name } = request.body;
      const cloned = await deps.disks.cloneImage(request.params.vmId, source_path, file_name);
      return reply.status(201).send(cloned);
    },
  );

  app.post<{ Body: StatRequest }>(
    '/storage/stat',
    {
      schema: {
        summary: 'Facts about a path: exists, sizes, and whether it is inside an allowed root',
        tags,
        security: bearerSecurity,
        body: pathBody,
        response: {
          200: {
            type: 'object',
            properties: {
              path: { type: 'string' },
              real_path: { type: ['string', 'null'] },
              exists: { type: 'boolean' },
              is_file: { type: 'boolean' },
              size_bytes: { type: ['integer', 'null'] },
              allocated_bytes: { type: ['integer', 'null'] },
              allowed: { type: 'boolean' },
            },
          },
          ...errorResponses(),
        },
      },
    },
    (request) => deps.disks.stat(request.body.path),
  );

  app.post<{ Params: VmParams; Body: DeleteFileRequest }>(
    '/storage/vms/:vmId/files/delete',
    {
      schema: {
        summary: 'Delete one file inside the VM storage dir',
        tags,
        security: bearerSecurity,
        params: vmIdParams,
        body: pathBody,
        response: {
          200: {
            type: 'object',
            properties: { path: { type: 'string' }, deleted: { type: 'boolean' } },
          },
          ...errorResponses(403),
        },
      },
    },
    (request) => deps.disks.deleteFile(request.params.vmId, request.body.path),
  );

  app.delete<{ Params: VmParams }>(
    '/storage/vms/:vmId',
    {
      schema: {
        summary: 'Remove the whole VM directory (storage, logs, sock); 204 also when absent',
        tags,
        security: bearerSecurity,
        params: vmIdParams,
        response: { 204: { type: 'null' }, ...errorResponses(409) },
      },
    },
    async (request, reply) => {
      const { vmId } = request.params;
      if (await deps.isVmmRunning(vmId)) {
        throw new AgentError(
          'VMM_ALREADY_RUNNING',
          `VM ${vmId} still has a running VMM; stop it before deleting its directory.`,
          { vm_id: vmId },
        );
      }
      await deps.disks.deleteVmDir(vmId);
      return reply.status(204).send();
    },
  );
}
