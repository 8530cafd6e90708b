// The drive editor's form model and its mapping to AddDriveBody / UpdateDriveBody.
import type { AddDriveBody, Drive, UpdateDriveBody } from '@hearth/api';
import { DRIVE_DEFAULTS } from '@hearth/api/drive-defaults';
import { rateFieldsOf, rateLimiterFrom } from '../../lib/format.ts';
import { checkDeviceId, checkHostPath, checkOptionalPositive } from '../../lib/patterns.ts';

export const SIZE_UNITS = { MiB: 2 ** 20, GiB: 2 ** 30, TiB: 2 ** 40 } as const;
export type SizeUnit = keyof typeof SIZE_UNITS;

export interface DriveForm {
  drive_id: string;
  source: 'provisioned' | 'host_path';
  size: string;
  unit: SizeUnit;
  path: string;
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
    source: drive.source === 'host_path' ? 'host_path' : 'provisioned',
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

export function addDriveBody(form: DriveForm): AddDriveBody {
  const limiter = limiterOf(form);
  return {
    drive_id: form.drive_id,
    ...(form.source === 'provisioned'
      ? { size_bytes: sizeBytes(form) }
      : { path_on_host: form.path }),
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
