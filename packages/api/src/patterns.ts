// The text rules of the API's inputs, as plain strings: the TypeBox schemas use them, and the
// web UI imports this module alone (`@hearth/api/patterns`) for its early inline checks
// without bundling TypeBox. One definition, so the two never disagree.

/** VM, host and image names */
export const NAME_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._-]*$';
/** Firecracker's rule for drive and interface ids, restricted to ASCII (they name files and rows) */
export const DEVICE_ID_PATTERN = '^[A-Za-z0-9_]{1,64}$';
export const MAC_PATTERN = '^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$';
/** an absolute path on the host */
export const HOST_PATH_PATTERN = '^/';
