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
