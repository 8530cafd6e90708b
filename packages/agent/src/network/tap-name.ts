// TAP names must fit IFNAMSIZ (15 characters) yet be unique per host and the same on every
// start, so a restarted agent or a repeated stop finds the TAP of a NIC without any state.
// The VM id's first hex digits let an operator reading `ip link` guess the VM; the hash of
// the full VM id and interface id keeps two VMs with the same prefix apart.
import { createHash } from 'node:crypto';
import { ValidationError } from '../errors.ts';
import { isDeviceId, isVmId } from '../validation.ts';

const PREFIX = 'fc';

/** e.g. `fc1b4e28-9f0a3c` for VM 1b4e28ba-... and iface eth0: 15 characters. */
export function tapNameFor(vmId: string, ifaceId: string): string {
  if (!isVmId(vmId)) throw new ValidationError(`VM id ${JSON.stringify(vmId)} is not a UUID.`);
  if (!isDeviceId(ifaceId)) {
    throw new ValidationError(`Interface id ${JSON.stringify(ifaceId)} is not valid.`);
  }
  const id = vmId.toLowerCase();
  const hash = createHash('sha256').update(`${id}/${ifaceId}`).digest('hex');
  return `${PREFIX}${id.slice(0, 6)}-${hash.slice(0, 6)}`;
}

/**
 * Names only Hearth gives TAPs: the manager's `fc` + 12 hex digits and tapNameFor's form.
 * Orphan collection deletes nothing else, whatever else runs on the host.
 */
const HEARTH_TAP = /^fc(?:[0-9a-f]{12}|[0-9a-f]{6}-[0-9a-f]{6})$/;
export const isHearthTapName = (name: string): boolean => HEARTH_TAP.test(name);
