// Storage: disk files inside a VM's directory (<storage root>/<vm-id>/storage/), image
// clones, stat and deletion. Every path is checked against the storage root and the allowed
// roots (403 PATH_NOT_ALLOWED with details.path).
// DELETE /storage/vms/:vmId removes <storage root>/<vm-id>/ entirely: 204, also when absent.
import { type Static, Type } from '@sinclair/typebox';
import { AbsolutePath, FILE_NAME_PATTERN, FileName, StringEnum } from './common.ts';

/** POST /storage/vms/:vmId/disks: allocate a sparse data disk in the VM's storage dir. */
export const AllocateDiskRequest = Type.Object(
  {
    size_bytes: Type.Integer({ minimum: 1, description: 'apparent size of the sparse file' }),
    file_name: Type.Optional(
      Type.String({ pattern: FILE_NAME_PATTERN, description: 'default disk-<uuid>.img' }),
    ),
  },
  { additionalProperties: false },
);
export type AllocateDiskRequest = Static<typeof AllocateDiskRequest>;

export const AllocateDiskResponse = Type.Object({
  path: Type.String(),
  size_bytes: Type.Integer(),
  allocated_bytes: Type.Integer(),
});
export type AllocateDiskResponse = Static<typeof AllocateDiskResponse>;

/** POST /storage/vms/:vmId/clone: copy an image (reflink when possible) into storage/. */
export const CloneImageRequest = Type.Object(
  { source_path: AbsolutePath, file_name: FileName },
  { additionalProperties: false },
);
export type CloneImageRequest = Static<typeof CloneImageRequest>;

export const CloneImageResponse = Type.Object({
  path: Type.String(),
  size_bytes: Type.Integer(),
  method: StringEnum(['reflink', 'copy']),
});
export type CloneImageResponse = Static<typeof CloneImageResponse>;

const PathBody = Type.Object({ path: AbsolutePath }, { additionalProperties: false });

/** POST /storage/stat: facts about any absolute path; it is never touched. */
export const StatRequest = PathBody;
export type StatRequest = Static<typeof StatRequest>;

export const StatResponse = Type.Object({
  path: Type.String({ description: 'as asked' }),
  real_path: Type.Union([Type.String(), Type.Null()], { description: 'null when missing' }),
  exists: Type.Boolean(),
  is_file: Type.Boolean(),
  size_bytes: Type.Union([Type.Integer(), Type.Null()]),
  allocated_bytes: Type.Union([Type.Integer(), Type.Null()]),
  allowed: Type.Boolean({ description: 'inside the storage root or an allowed root' }),
  in_storage_root: Type.Boolean({
    description:
      "the real path lies inside the agent's (resolved) storage root: VM directories and Hearth's control files",
  }),
});
export type StatResponse = Static<typeof StatResponse>;

/** POST /storage/vms/:vmId/files/delete: delete one file inside the VM's storage dir. */
export const DeleteFileRequest = PathBody;
export type DeleteFileRequest = Static<typeof DeleteFileRequest>;

export const DeleteFileResponse = Type.Object({
  path: Type.String(),
  deleted: Type.Boolean({ description: 'false when it did not exist' }),
});
export type DeleteFileResponse = Static<typeof DeleteFileResponse>;

/**
 * POST /storage/vms/:vmId/disks/grow: grow one disk file of the VM's storage dir to
 * `size_bytes`, sparse (ftruncate: no block is written). Never shrinks: a smaller size is
 * 409 SHRINK_NOT_SUPPORTED; the same size is a no-op. A missing file is 422
 * HOST_PRECONDITION_FAILED. A running VMM keeps the size it read until a live update of
 * the drive or the next launch.
 */
export const GrowDiskRequest = Type.Object(
  { path: AbsolutePath, size_bytes: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export type GrowDiskRequest = Static<typeof GrowDiskRequest>;

export const GrowDiskResponse = Type.Object({
  path: Type.String(),
  previous_size_bytes: Type.Integer(),
  size_bytes: Type.Integer(),
  allocated_bytes: Type.Integer(),
});
export type GrowDiskResponse = Static<typeof GrowDiskResponse>;

/** One file of a VM directory's storage/ as GET /storage/inventory lists it. */
export const InventoryFile = Type.Object({
  path: Type.String({ description: '<storage root>/<vm-id>/storage/<name>' }),
  size_bytes: Type.Integer({ description: 'apparent size' }),
  allocated_bytes: Type.Integer({ description: 'blocks on disk × 512' }),
  modified_at: Type.String({ description: 'ISO 8601 mtime' }),
  is_file: Type.Boolean({ description: 'false for a directory, symlink or other entry' }),
});
export type InventoryFile = Static<typeof InventoryFile>;

export const InventoryVmDir = Type.Object({
  vm_id: Type.String(),
  path: Type.String({ description: '<storage root>/<vm-id>' }),
  vmm_running: Type.Boolean({ description: 'a VMM of this VM runs now' }),
  files: Type.Array(InventoryFile),
});
export type InventoryVmDir = Static<typeof InventoryVmDir>;

/**
 * GET /storage/inventory: every VM directory under the storage root (names that are VM
 * ids; anything else is left out) with the entries of its storage/ directory, and the
 * storage root's file system figures (statfs).
 */
export const StorageInventory = Type.Object({
  storage_root: Type.String(),
  capacity_bytes: Type.Integer({ description: 'size of the storage root file system' }),
  free_bytes: Type.Integer({ description: 'available to the agent (statfs bavail)' }),
  measured_at: Type.String(),
  vm_dirs: Type.Array(InventoryVmDir),
});
export type StorageInventory = Static<typeof StorageInventory>;

/** POST /storage/usage: sizes of many files in one call (for allocated_bytes of drives). */
export const UsageRequest = Type.Object(
  { paths: Type.Array(AbsolutePath, { maxItems: 10000 }) },
  { additionalProperties: false },
);
export type UsageRequest = Static<typeof UsageRequest>;

export const UsageResponse = Type.Object({
  items: Type.Array(
    Type.Object({
      path: Type.String(),
      exists: Type.Boolean(),
      size_bytes: Type.Union([Type.Integer(), Type.Null()]),
      allocated_bytes: Type.Union([Type.Integer(), Type.Null()]),
    }),
    {
      description:
        'one per asked path, in the same order; paths outside the allowed roots answer exists: false',
    },
  ),
});
export type UsageResponse = Static<typeof UsageResponse>;

/**
 * POST /storage/vms/:vmId/export-image: copy one file of the VM's storage dir (reflink when
 * the file system can, else a sparse copy) to <storage root>/images/<file_name>, for the
 * manager to register as an image. Refused with 409 VMM_ALREADY_RUNNING while the VM's VMM
 * runs (the copy would be inconsistent), held against launches while it copies; 409
 * FILE_EXISTS when the target exists; 507 when the file system cannot hold it (nothing
 * left behind).
 */
export const ExportImageRequest = Type.Object(
  { path: AbsolutePath, file_name: FileName },
  { additionalProperties: false },
);
export type ExportImageRequest = Static<typeof ExportImageRequest>;

export const ExportImageResponse = Type.Object({
  path: Type.String(),
  size_bytes: Type.Integer(),
  method: StringEnum(['reflink', 'copy']),
});
export type ExportImageResponse = Static<typeof ExportImageResponse>;
