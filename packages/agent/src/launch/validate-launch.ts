// Checks of a launch request that a JSON schema cannot express (uniqueness, one root, the
// size of provisioned drives). They run before any step, so a bad request touches nothing.
import { isAbsolute } from 'node:path';
import type { LaunchRequest } from '../contract/index.ts';
import { ValidationError } from '../errors.ts';
import { isDeviceId, isTapName } from '../validation.ts';

export function validateLaunchRequest(request: LaunchRequest, bridge: string): void {
  if (!isTapName(bridge)) {
    throw new ValidationError(
      `Bridge name ${JSON.stringify(bridge)} is not a valid interface name.`,
      {
        bridge,
      },
    );
  }
  const driveIds = new Set<string>();
  let roots = 0;
  for (const drive of request.drives) {
    if (!isDeviceId(drive.drive_id)) {
      throw new ValidationError(
        `drive_id ${JSON.stringify(drive.drive_id)} may only contain letters, digits and underscores.`,
        { drive_id: drive.drive_id },
      );
    }
    if (driveIds.has(drive.drive_id)) {
      throw new ValidationError(`drive_id ${drive.drive_id} appears twice.`, {
        drive_id: drive.drive_id,
      });
    }
    driveIds.add(drive.drive_id);
    if (drive.is_root_device) roots += 1;
    if (!isAbsolute(drive.path_on_host)) {
      throw new ValidationError(`Drive ${drive.drive_id}: path_on_host must be absolute.`, {
        drive_id: drive.drive_id,
        path: drive.path_on_host,
      });
    }
    if (
      drive.source === 'provisioned' &&
      !(Number.isInteger(drive.size_bytes) && (drive.size_bytes ?? 0) > 0)
    ) {
      throw new ValidationError(
        `Drive ${drive.drive_id} is provisioned: size_bytes must be a positive integer.`,
        { drive_id: drive.drive_id },
      );
    }
  }
  if (roots > 1) {
    throw new ValidationError('At most one drive may be the root device.', { root_devices: roots });
  }

  const ifaceIds = new Set<string>();
  const taps = new Set<string>();
  for (const nic of request.nics) {
    if (!isDeviceId(nic.iface_id) || ifaceIds.has(nic.iface_id)) {
      throw new ValidationError(
        `iface_id ${JSON.stringify(nic.iface_id)} is invalid or appears twice.`,
        { iface_id: nic.iface_id },
      );
    }
    ifaceIds.add(nic.iface_id);
    if (
      !isTapName(nic.host_dev_name) ||
      taps.has(nic.host_dev_name) ||
      nic.host_dev_name === bridge
    ) {
      throw new ValidationError(
        `host_dev_name ${JSON.stringify(nic.host_dev_name)} is not a valid TAP name (at most 15 of A-Z a-z 0-9 _ -), or is used twice.`,
        { iface_id: nic.iface_id, host_dev_name: nic.host_dev_name },
      );
    }
    taps.add(nic.host_dev_name);
  }

  // Firecracker refuses these too, but only after the VMM is spawned: refused here, a bad
  // request touches nothing
  for (const ifaceId of request.mmds?.network_interfaces ?? []) {
    if (!ifaceIds.has(ifaceId)) {
      throw new ValidationError(
        `mmds.network_interfaces names ${ifaceId}, not a NIC of the launch.`,
        {
          iface_id: ifaceId,
        },
      );
    }
  }
}
