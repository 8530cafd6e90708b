// Identifier checks for the agent's own modules (config, storage, network, launch), compiled
// from the contract's patterns so a route's schema and these checks can never disagree.
import {
  DEVICE_ID_PATTERN,
  FILE_NAME_PATTERN,
  TAP_NAME_PATTERN,
  VM_ID_PATTERN,
} from './contract/index.ts';

const VM_ID = new RegExp(VM_ID_PATTERN);
const DEVICE_ID = new RegExp(DEVICE_ID_PATTERN);
const TAP_NAME = new RegExp(TAP_NAME_PATTERN);
const FILE_NAME = new RegExp(FILE_NAME_PATTERN);

export const isVmId = (id: string): boolean => VM_ID.test(id);
export const isDeviceId = (id: string): boolean => DEVICE_ID.test(id);
export const isTapName = (name: string): boolean => TAP_NAME.test(name);
/** A plain file name (no directory part, no `..`). */
export const isFileName = (name: string): boolean => FILE_NAME.test(name) && !name.includes('..');
