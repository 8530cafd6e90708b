// Client-side checks with the API's own patterns (@hearth/api/patterns, which the schemas
// use too), for early inline feedback only: the API's answer still wins. That module is
// plain strings, so TypeBox stays out of the bundle.
import * as api from '@hearth/api/patterns';

export const NAME_PATTERN = new RegExp(api.NAME_PATTERN);
export const DEVICE_ID_PATTERN = new RegExp(api.DEVICE_ID_PATTERN);
export const MAC_PATTERN = new RegExp(api.MAC_PATTERN);

export function checkName(name: string): string | undefined {
  if (!name) return 'Required.';
  if (name.length > 63) return 'At most 63 characters.';
  if (!NAME_PATTERN.test(name)) {
    return 'Letters, digits, ".", "_" and "-", starting with a letter or digit.';
  }
  return undefined;
}

export function checkDeviceId(id: string): string | undefined {
  if (!id) return 'Required.';
  if (!DEVICE_ID_PATTERN.test(id)) return 'Letters, digits and "_" only, at most 64.';
  return undefined;
}

export function checkMac(mac: string): string | undefined {
  if (mac && !MAC_PATTERN.test(mac))
    return 'Six hex pairs separated by ":", e.g. 06:00:ac:10:00:02.';
  return undefined;
}

/** An integer in [min, max]; `label` words the error. */
export function checkInt(raw: string, min: number, max: number): string | undefined {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isInteger(n)) return 'Enter a whole number.';
  if (n < min || n > max) return `Between ${min} and ${max}.`;
  return undefined;
}

/** An optional positive number (rate limits): empty is fine. */
export function checkOptionalPositive(raw: string): string | undefined {
  if (raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) && n > 0 ? undefined : 'Must be greater than 0.';
}

export function checkHostPath(path: string): string | undefined {
  if (!path) return 'Required.';
  if (!path.startsWith('/') || path.length < 2)
    return 'An absolute path on the host, e.g. /srv/data/disk.img.';
  return undefined;
}
