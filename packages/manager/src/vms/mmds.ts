// MMDS, Firecracker's metadata service, as Hearth uses it: a manifest of the VM's drives, so a
// guest can find a drive's block device by its drive_id. It is served on the VM's NICs (that
// is where Firecracker intercepts 169.254.169.254), so a VM with MMDS on keeps at least one.
import type { LaunchMmds } from '@hearth/agent/contract';
import type { Vm } from '@hearth/api';
import { attachOrder, nextGuestDevices } from '../drives/drive-view.ts';
import type { DriveRecord } from '../drives/drives.repository.ts';
import { AppError } from '../http/errors.ts';
import type { NicRecord } from '../nics/nics.repository.ts';

export const mmdsNeedsNic = (vm: string) =>
  new AppError(
    'MMDS_NEEDS_NIC',
    `VM ${vm} would have no network interface with MMDS on: Firecracker serves MMDS on a NIC. Add a NIC first, or turn mmds off.`,
    { vm },
  );

/**
 * The metadata a guest reads from MMDS (V2: a session token first) to find its drives by
 * name: GET http://169.254.169.254/hearth/drives/<drive_id>/device → /dev/vdb. Served on
 * every NIC of the VM; the devices are those of this launch (attach order, drive-view.ts).
 */
export function mmdsOf(vm: Vm, drives: DriveRecord[], nics: NicRecord[]): LaunchMmds {
  const devices = nextGuestDevices(drives);
  return {
    network_interfaces: nics.map((n) => n.iface_id),
    version: 'V2',
    data: {
      hearth: {
        vm_id: vm.id,
        vm_name: vm.name,
        drives: Object.fromEntries(
          attachOrder(drives).map((d) => [
            d.drive_id,
            {
              device: devices.get(d.drive_id),
              is_root_device: d.is_root_device,
              is_read_only: d.is_read_only,
              size_bytes: d.size_bytes,
            },
          ]),
        ),
      },
    },
  };
}
