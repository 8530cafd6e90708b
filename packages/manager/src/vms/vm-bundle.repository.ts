// A VM with what its answers need (its host, drives and NICs) in one statement: the drive and
// NIC lists and the host row come back as JSON columns of the VM's row, so a VM's detail, a
// device list or a device change reads the database once instead of three or four times.
// JSON turns timestamps into strings and BIGINTs into numbers; the row mappers accept both.
import type { Image, Vm } from '@hearth/api';
import { sql } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import type { Db } from '../db/types.ts';
import { type DriveRecord, toDrive } from '../drives/drives.repository.ts';
import { type HostRecord, type HostRow, selectHosts, toHost } from '../hosts/hosts.repository.ts';
import { toImage } from '../images/images.repository.ts';
import { type NicRecord, toNic } from '../nics/nics.repository.ts';
import { provisionedBytesOfHost } from '../storage/storage.repository.ts';
import { toVm } from './vms.repository.ts';

export interface VmBundle {
  vm: Vm;
  /** null when the VM names a host that is no longer registered */
  host: HostRecord | null;
  /** root first, then by drive_id (as listDrives); empty unless asked for */
  drives: DriveRecord[];
  /** by iface_id (as listNics); empty unless asked for */
  nics: NicRecord[];
  /** what a launch needs besides the devices; null unless asked for */
  launch: LaunchInputs | null;
  /** what the drives Hearth made on the VM's host add up to; null unless asked for */
  hostProvisionedBytes: number | null;
}

export interface LaunchInputs {
  /** the VM's kernel image row; null when it was deleted */
  kernel: Image | null;
  /** paths of the images registered on the VM's host: its agent refuses them read-write */
  hostImagePaths: string[];
}

/** Which device lists to read: each is a subquery, skipped when not asked for. */
export interface BundleParts {
  drives?: boolean;
  nics?: boolean;
  launch?: boolean;
  /** the host's provisioned bytes, for the storage limit of a drive add or grow */
  storage?: boolean;
}

export const ALL_PARTS: BundleParts = { drives: true, nics: true, launch: true };

/** The VM `id` with its host and the device lists in `parts`; null when there is no such VM. */
export async function findVmBundle(
  db: Db,
  id: string,
  staleSeconds: number,
  parts: BundleParts = { drives: true, nics: true },
): Promise<VmBundle | null> {
  const row = await db
    .selectFrom('vm')
    .selectAll('vm')
    .select((eb) => [
      // the same host read as findHost's, correlated with this VM's row
      jsonObjectFrom(
        selectHosts(eb as unknown as Db, staleSeconds).where(
          'host.id',
          '=',
          sql.ref<string>('vm.host_id'),
        ),
      ).as('host_json'),
      parts.drives
        ? jsonArrayFrom(
            eb
              .selectFrom('vm_drive')
              .selectAll()
              .whereRef('vm_drive.vm_id', '=', 'vm.id')
              .orderBy('is_root_device', 'desc')
              .orderBy('drive_id'),
          ).as('drives_json')
        : eb.val(null).as('drives_json'),
      parts.nics
        ? jsonArrayFrom(
            eb
              .selectFrom('vm_nic')
              .selectAll()
              .whereRef('vm_nic.vm_id', '=', 'vm.id')
              .orderBy('iface_id'),
          ).as('nics_json')
        : eb.val(null).as('nics_json'),
      parts.launch
        ? jsonObjectFrom(
            eb
              .selectFrom('image')
              .selectAll()
              .where('image.id', '=', sql.ref<string>('vm.kernel_image_id')),
          ).as('kernel_json')
        : eb.val(null).as('kernel_json'),
      parts.launch
        ? sql<
            string[]
          >`array(select path from image where image.host_id = vm.host_id order by path)`.as(
            'image_paths',
          )
        : eb.val(null).as('image_paths'),
      parts.storage
        ? provisionedBytesOfHost('vm.host_id').as('host_provisioned_bytes')
        : eb.val(null).as('host_provisioned_bytes'),
    ])
    .where('vm.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const {
    host_json,
    drives_json,
    nics_json,
    kernel_json,
    image_paths,
    host_provisioned_bytes,
    ...vm
  } = row;
  return {
    vm: toVm(vm),
    host: host_json ? toHost(host_json as unknown as HostRow) : null,
    drives: ((drives_json ?? []) as unknown as Parameters<typeof toDrive>[0][]).map(toDrive),
    nics: ((nics_json ?? []) as unknown as Parameters<typeof toNic>[0][]).map(toNic),
    launch: parts.launch
      ? {
          kernel: kernel_json
            ? toImage(kernel_json as unknown as Parameters<typeof toImage>[0])
            : null,
          hostImagePaths: (image_paths as string[] | null) ?? [],
        }
      : null,
    hostProvisionedBytes:
      host_provisioned_bytes === null ? null : Number(host_provisioned_bytes as unknown),
  };
}
