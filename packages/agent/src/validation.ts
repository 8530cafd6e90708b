// Identifier rules shared by every agent module. They are stricter than Firecracker's own
// (ASCII only) because these ids also become file names and TAP names on the host.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Firecracker: "API Resource IDs can only contain alphanumeric characters and underscores." */
const DEVICE_ID = /^[A-Za-z0-9_]{1,64}$/;
/** Linux IFNAMSIZ is 16 including the NUL: at most 15 characters. */
const TAP_NAME = /^[A-Za-z0-9_-]{1,15}$/;
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export const isVmId = (id: string): boolean => UUID.test(id);
export const isDeviceId = (id: string): boolean => DEVICE_ID.test(id);
export const isTapName = (name: string): boolean => TAP_NAME.test(name);
/** A plain file name (no directory part, no `..`). */
export const isFileName = (name: string): boolean => FILE_NAME.test(name) && !name.includes('..');
