// The Create VM form model: client checks (early feedback), the CreateVmBody it sends, and
// the mapping of the API's errors onto the fields they concern.
import type { CreateVmBody } from '@hearth/api';
import { type FieldErrors, isApiError, validationFieldErrors } from '../../api/errors.ts';
import { GIB } from '../../lib/format.ts';
import { checkDeviceId, checkHostPath, checkInt, checkMac, checkName } from '../../lib/patterns.ts';

export interface DriveRow {
  key: number;
  drive_id: string;
  source: 'provisioned' | 'host_path';
  size_gib: string;
  path: string;
}

export interface NicRow {
  key: number;
  iface_id: string;
  guest_mac: string;
}

export interface CreateVmForm {
  name: string;
  vcpu: string;
  mem_mib: string;
  kernel_image_id: string;
  rootfs_image_id: string;
  boot_args: string;
  drives: DriveRow[];
  nics: NicRow[];
  start: boolean;
}

export const initialForm = (): CreateVmForm => ({
  name: '',
  vcpu: '1',
  mem_mib: '512',
  kernel_image_id: '',
  rootfs_image_id: '',
  boot_args: '',
  drives: [],
  nics: [],
  start: true,
});

export function checkForm(form: CreateVmForm): FieldErrors {
  const errors: FieldErrors = {};
  const put = (key: string, error: string | undefined) => {
    if (error) errors[key] = error;
  };
  put('name', checkName(form.name.trim()));
  put('vcpu', checkInt(form.vcpu, 1, 32));
  put('mem_mib', checkInt(form.mem_mib, 128, 1048576));
  if (!form.kernel_image_id) put('kernel_image_id', 'Choose a kernel image.');
  if (!form.rootfs_image_id) put('rootfs_image_id', 'Choose a rootfs image.');
  const seenDrives = new Set(['rootfs']); // the root drive created from the rootfs image
  form.drives.forEach((d, i) => {
    const idError = checkDeviceId(d.drive_id);
    put(
      `drives.${i}.drive_id`,
      idError ?? (seenDrives.has(d.drive_id) ? 'Already used.' : undefined),
    );
    seenDrives.add(d.drive_id);
    if (d.source === 'provisioned') {
      const n = Number(d.size_gib);
      if (!Number.isFinite(n) || n <= 0) put(`drives.${i}.size_bytes`, 'Must be greater than 0.');
    } else {
      put(`drives.${i}.path_on_host`, checkHostPath(d.path));
    }
  });
  const seenNics = new Set<string>();
  form.nics.forEach((n, i) => {
    const idError = checkDeviceId(n.iface_id);
    put(`nics.${i}.iface_id`, idError ?? (seenNics.has(n.iface_id) ? 'Already used.' : undefined));
    seenNics.add(n.iface_id);
    put(`nics.${i}.guest_mac`, checkMac(n.guest_mac));
  });
  return errors;
}

export function createBody(form: CreateVmForm): CreateVmBody {
  return {
    name: form.name.trim(),
    vcpu: Number(form.vcpu),
    mem_mib: Number(form.mem_mib),
    kernel_image_id: form.kernel_image_id,
    rootfs_image_id: form.rootfs_image_id,
    ...(form.boot_args.trim() ? { boot_args: form.boot_args.trim() } : {}),
    drives: form.drives.map((d) =>
      d.source === 'provisioned'
        ? { drive_id: d.drive_id, size_bytes: Math.round(Number(d.size_gib) * GIB) }
        : { drive_id: d.drive_id, path_on_host: d.path },
    ),
    nics: form.nics.map((n) => ({
      iface_id: n.iface_id,
      ...(n.guest_mac ? { guest_mac: n.guest_mac } : {}),
    })),
    start: form.start,
  };
}

/** The API's error as field errors; what fits no field is left for the dialog's alert. */
export function apiFieldErrors(err: unknown, form: CreateVmForm): FieldErrors {
  if (!isApiError(err)) return {};
  const errors = validationFieldErrors(err);
  const driveIndex = (key: 'drive_id' | 'path') => {
    const value = err.detail(key === 'drive_id' ? 'drive_id' : 'path');
    return form.drives.findIndex((d) => (key === 'drive_id' ? d.drive_id : d.path) === value);
  };
  const nicIndex = (value: string | undefined, key: 'iface_id' | 'guest_mac') =>
    form.nics.findIndex((n) => n[key].toLowerCase() === value?.toLowerCase());
  switch (err.code) {
    case 'NAME_TAKEN':
      errors.name = err.message;
      break;
    case 'DRIVE_ID_TAKEN':
    case 'ROOT_DEVICE_EXISTS': {
      const i = driveIndex('drive_id');
      if (i >= 0) errors[`drives.${i}.drive_id`] = err.message;
      break;
    }
    case 'PATH_NOT_ALLOWED':
    case 'FILE_NOT_FOUND': {
      const i = driveIndex('path');
      if (i >= 0) errors[`drives.${i}.path_on_host`] = err.message;
      break;
    }
    case 'IFACE_ID_TAKEN': {
      const i = nicIndex(err.detail('iface_id'), 'iface_id');
      if (i >= 0) errors[`nics.${i}.iface_id`] = err.message;
      break;
    }
    case 'MAC_TAKEN': {
      const i = nicIndex(err.detail('guest_mac'), 'guest_mac');
      if (i >= 0) errors[`nics.${i}.guest_mac`] = err.message;
      break;
    }
    case 'IMAGE_NOT_FOUND': {
      const id = err.detail('id');
      if (id === form.kernel_image_id) errors.kernel_image_id = err.message;
      else if (id === form.rootfs_image_id) errors.rootfs_image_id = err.message;
      break;
    }
  }
  return errors;
}

/** The keys a rendered field shows; an error outside them goes to the alert. */
export function fieldKeys(form: CreateVmForm): Set<string> {
  const keys = ['name', 'vcpu', 'mem_mib', 'kernel_image_id', 'rootfs_image_id', 'boot_args'];
  form.drives.forEach((_, i) => {
    keys.push(`drives.${i}.drive_id`, `drives.${i}.size_bytes`, `drives.${i}.path_on_host`);
  });
  form.nics.forEach((_, i) => {
    keys.push(`nics.${i}.iface_id`, `nics.${i}.guest_mac`);
  });
  return new Set(keys);
}
