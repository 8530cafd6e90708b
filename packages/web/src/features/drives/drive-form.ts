// The drive editor's form model and its mapping to AddDriveBody / UpdateDriveBody.
import type { AddDriveBody, Drive, UpdateDriveBody } from '@hearth/api';
import { DRIVE_DEFAULTS } from '@hearth/api/drive-defaults';
import { rateFieldsOf, rateLimiterFrom } from '../../lib/format.ts';
import { checkDeviceId, checkHostPath, checkOptionalPositive } from '../../lib/patterns.ts';

export const SIZE_UNITS = { MiB: 2 ** 20, GiB: 2 ** 30, TiB: 2 ** 40 } as const;
export type SizeUnit = keyof typeof SIZE_UNITS;

export type DriveFormSource = 'provisioned' | 'host_path' | 'image';

export interface DriveForm {
  drive_id: string;
  source: DriveFormSource;
  size: string;
  unit: SizeUnit;
  path: string;
  image_id: string;
  /** for a copy of an image: empty = the image's own size */
  image_size: string;
  read_only: boolean;
  cache_type: 'Unsafe' | 'Writeback';
  io_engine: 'Sync' | 'Async';
  bandwidth: string;
  ops: string;
}

export const emptyDriveForm = (): DriveForm => ({
  drive_id: '',
  source: 'provisioned',
  size: '10',
  unit: 'GiB',
  path: '',
  image_id: '',
  image_size: '',
  read_only: DRIVE_DEFAULTS.is_read_only,
  cache_type: DRIVE_DEFAULTS.cache_type,
  io_engine: DRIVE_DEFAULTS.io_engine,
  bandwidth: '',
  ops: '',
});

export function driveFormOf(drive: Drive): DriveForm {
  const rates = rateFieldsOf(drive.rate_limiter);
  return {
    ...emptyDriveForm(),
    drive_id: drive.drive_id,
    source: drive.source ?? 'provisioned',
    path: drive.path_on_host,
    read_only: drive.is_read_only,
    cache_type: drive.cache_type,
    io_engine: drive.io_engine,
    bandwidth: rates.bandwidth,
    ops: rates.ops,
  };
}

export const sizeBytes = (form: Pick<DriveForm, 'size' | 'unit'>) =>
  Math.round(Number(form.size) * SIZE_UNITS[form.unit]);

/** The largest unit that shows `bytes` with at most one decimal, for prefilling a size. */
export function sizeFieldsOf(bytes: number): { size: string; unit: SizeUnit } {
  for (const unit of ['TiB', 'GiB', 'MiB'] as const) {
    const value = bytes / SIZE_UNITS[unit];
    if (value >= 1 && Number.isInteger(value * 10)) return { size: String(value), unit };
  }
  return { size: String(Math.round((bytes / SIZE_UNITS.MiB) * 100) / 100), unit: 'MiB' };
}

/** Errors keyed like the API's body paths (drive_id, size_bytes, path_on_host, ...). */
export function checkDriveForm(form: DriveForm, mode: 'add' | 'edit'): Record<string, string> {
  const errors: Record<string, string> = {};
  const put = (key: string, error: string | undefined) => {
    if (error) errors[key] = error;
  };
  if (mode === 'add') {
    put('drive_id', checkDeviceId(form.drive_id));
    if (form.source === 'provisioned') {
      const n = Number(form.size);
      if (!Number.isFinite(n) || n <= 0) put('size_bytes', 'Must be greater than 0.');
    } else if (form.source === 'image') {
      if (!form.image_id) put('image_id', 'Choose an image.');
      const n = Number(form.image_size);
      if (form.image_size.trim() && (!Number.isFinite(n) || n <= 0))
        put('size_bytes', 'Must be greater than 0, or empty for the image size.');
    } else {
      put('path_on_host', checkHostPath(form.path));
    }
  }
  put('rate_limiter.bandwidth', checkOptionalPositive(form.bandwidth));
  put('rate_limiter.ops', checkOptionalPositive(form.ops));
  return errors;
}

const limiterOf = (form: DriveForm) =>
  rateLimiterFrom(
    form.bandwidth ? Number(form.bandwidth) : null,
    form.ops ? Number(form.ops) : null,
  );

function sourceFields(
  form: DriveForm,
): Pick<AddDriveBody, 'size_bytes' | 'path_on_host' | 'image_id'> {
  switch (form.source) {
    case 'provisioned':
      return { size_bytes: sizeBytes(form) };
    case 'host_path':
      return { path_on_host: form.path };
    case 'image':
      return {
        image_id: form.image_id,
        ...(form.image_size.trim()
          ? { size_bytes: sizeBytes({ size: form.image_size, unit: form.unit }) }
          : {}),
      };
  }
}

export function addDriveBody(form: DriveForm): AddDriveBody {
  const limiter = limiterOf(form);
  return {
    drive_id: form.drive_id,
    ...sourceFields(form),
    is_read_only: form.read_only,
    cache_type: form.cache_type,
    io_engine: form.io_engine,
    ...(limiter ? { rate_limiter: limiter } : {}),
  };
}

/** PATCH sends every editable field: unchanged values are harmless, and null clears limits. */
export function updateDriveBody(form: DriveForm): UpdateDriveBody {
  return {
    is_read_only: form.read_only,
    cache_type: form.cache_type,
    io_engine: form.io_engine,
    rate_limiter: limiterOf(form),
  };
}
