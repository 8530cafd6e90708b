// Turns an AddNicBody into a NIC row: iface_id unique per VM, a guest MAC unique across the
// fleet (generated when not given), and a TAP name chosen once and stored, so every start
// creates the same TAP and two VMs on one host never fight over a name.
import { randomBytes, randomUUID } from 'node:crypto';
import type { AddNicBody } from '@hearth/api';
import type { Db } from '../db/types.ts';
import { uniqueViolation } from '../db/types.ts';
import { AppError, validationFailed } from '../http/errors.ts';
import { findNicByMac, findNicByTapName, type NewNic, type NicRecord } from './nics.repository.ts';

/** What planning needs to know of the VM's other NICs (rows, or rows about to be inserted). */
export type ExistingNic = Pick<NicRecord, 'iface_id' | 'guest_mac' | 'host_dev_name'>;

/** Tries before giving up on drawing an unused random name; a clash is already ~2^-40. */
const MAX_DRAWS = 5;

export const ifaceIdTaken = (vmId: string, ifaceId: string) =>
  new AppError('IFACE_ID_TAKEN', `VM ${vmId} already has a network interface "${ifaceId}".`, {
    vm_id: vmId,
    iface_id: ifaceId,
  });

export const macTaken = (mac: string, ownerVmId: string | null) =>
  new AppError(
    'MAC_TAKEN',
    `Guest MAC ${mac} is already used${ownerVmId ? ` by VM ${ownerVmId}` : ''}; MACs are unique across Hearth.`,
    { guest_mac: mac, vm_id: ownerVmId },
  );

/** The DB's unique indexes are the race-safe form of the checks below; same errors. */
export function nicConflictFromDb(
  err: unknown,
  row: Pick<NewNic, 'vm_id' | 'iface_id' | 'guest_mac'>,
) {
  const constraint = uniqueViolation(err);
  if (constraint === 'vm_nic_vm_id_iface_id_key') return ifaceIdTaken(row.vm_id, row.iface_id);
  if (constraint === 'vm_nic_guest_mac_key') return macTaken(row.guest_mac, null);
  return null;
}

/** True when the insert lost a race for its randomly drawn TAP name: draw again. */
export const tapNameClash = (err: unknown): boolean =>
  uniqueViolation(err) === 'vm_nic_host_dev_name_key';

/**
 * Lower case (Firecracker reports MACs in lower case, so the live comparison stays exact),
 * and a unicast address: a guest NIC cannot own a multicast or all-zero MAC.
 */
export function normalizeGuestMac(mac: string): string {
  const lower = mac.toLowerCase();
  const first = Number.parseInt(lower.slice(0, 2), 16);
  if ((first & 1) === 1 || lower === '00:00:00:00:00:00') {
    throw validationFailed(`guest_mac ${mac} is not a unicast address.`, { field: 'guest_mac' });
  }
  return lower;
}

/** Locally administered unicast (first octet 0x06): never clashes with a vendor's MAC. */
const randomMac = (): string =>
  ['06', ...[...randomBytes(5)].map((b) => b.toString(16).padStart(2, '0'))].join(':');

/** `fc` + 12 hex digits: 14 characters, within Linux's 15-character interface names. */
const randomTapName = (): string => `fc${randomBytes(6).toString('hex')}`;

async function drawUnused(
  draw: () => string,
  usedLocally: Set<string>,
  usedInDb: (candidate: string) => Promise<unknown>,
  what: string,
): Promise<string> {
  for (let i = 0; i < MAX_DRAWS; i++) {
    const candidate = draw();
    if (!usedLocally.has(candidate) && !(await usedInDb(candidate))) return candidate;
  }
  throw new AppError('INTERNAL', `Could not draw an unused ${what} in ${MAX_DRAWS} tries.`);
}

export async function assertMacFree(
  db: Db,
  mac: string,
  existing: readonly ExistingNic[],
  exceptNicId?: string,
): Promise<void> {
  if (existing.some((n) => n.guest_mac === mac)) throw macTaken(mac, null);
  const owner = await findNicByMac(db, mac);
  if (owner && owner.id !== exceptNicId) throw macTaken(mac, owner.vm_id);
}

export async function planNic(
  db: Db,
  vm: { id: string },
  body: AddNicBody,
  existing: readonly ExistingNic[],
): Promise<NewNic> {
  if (existing.some((n) => n.iface_id === body.iface_id)) throw ifaceIdTaken(vm.id, body.iface_id);
  let guestMac: string;
  if (body.guest_mac !== undefined) {
    guestMac = normalizeGuestMac(body.guest_mac);
    await assertMacFree(db, guestMac, existing);
  } else {
    const local = new Set(existing.map((n) => n.guest_mac));
    guestMac = await drawUnused(randomMac, local, (mac) => findNicByMac(db, mac), 'guest MAC');
  }
  const taps = new Set(existing.map((n) => n.host_dev_name));
  const hostDevName = await drawUnused(
    randomTapName,
    taps,
    (name) => findNicByTapName(db, name),
    'TAP name',
  );
  return {
    id: randomUUID(),
    vm_id: vm.id,
    iface_id: body.iface_id,
    host_dev_name: hostDevName,
    guest_mac: guestMac,
    rx_rate_limiter: body.rx_rate_limiter ?? null,
    tx_rate_limiter: body.tx_rate_limiter ?? null,
  };
}
