// The NIC editor's form model and its mapping to AddNicBody / UpdateNicBody.
import type { AddNicBody, Nic, UpdateNicBody } from '@hearth/api';
import { type FieldErrors, isApiError, validationFieldErrors } from '../../api/errors.ts';
import { rateFieldsOf, rateLimiterFrom } from '../../lib/format.ts';
import { checkDeviceId, checkMac, checkOptionalPositive } from '../../lib/patterns.ts';

export interface NicForm {
  iface_id: string;
  guest_mac: string;
  rx_bandwidth: string;
  rx_ops: string;
  tx_bandwidth: string;
  tx_ops: string;
}

export const RATE_FIELDS = ['rx_bandwidth', 'rx_ops', 'tx_bandwidth', 'tx_ops'] as const;

export function nicFormOf(nic: Nic | null): NicForm {
  const rx = rateFieldsOf(nic?.rx_rate_limiter);
  const tx = rateFieldsOf(nic?.tx_rate_limiter);
  return {
    iface_id: nic?.iface_id ?? '',
    guest_mac: nic?.guest_mac ?? '',
    rx_bandwidth: rx.bandwidth,
    rx_ops: rx.ops,
    tx_bandwidth: tx.bandwidth,
    tx_ops: tx.ops,
  };
}

export function checkNicForm(form: NicForm, mode: 'add' | 'edit'): FieldErrors {
  const errors: FieldErrors = {};
  const put = (key: string, error: string | undefined) => {
    if (error) errors[key] = error;
  };
  if (mode === 'add') put('iface_id', checkDeviceId(form.iface_id));
  put('guest_mac', checkMac(form.guest_mac));
  for (const key of RATE_FIELDS) put(key, checkOptionalPositive(form[key]));
  return errors;
}

const num = (raw: string) => (raw ? Number(raw) : null);
const limiters = (form: NicForm) => ({
  rx_rate_limiter: rateLimiterFrom(num(form.rx_bandwidth), num(form.rx_ops)),
  tx_rate_limiter: rateLimiterFrom(num(form.tx_bandwidth), num(form.tx_ops)),
});

export function addNicBody(form: NicForm): AddNicBody {
  const { rx_rate_limiter, tx_rate_limiter } = limiters(form);
  return {
    iface_id: form.iface_id,
    ...(form.guest_mac ? { guest_mac: form.guest_mac } : {}),
    ...(rx_rate_limiter ? { rx_rate_limiter } : {}),
    ...(tx_rate_limiter ? { tx_rate_limiter } : {}),
  };
}

/** PATCH: the limiters always (null clears them); the MAC only when one is given. */
export function updateNicBody(form: NicForm): UpdateNicBody {
  return { ...(form.guest_mac ? { guest_mac: form.guest_mac } : {}), ...limiters(form) };
}

/** The API's error on the field it concerns; rate limiter paths fold onto their inputs. */
export function nicApiErrors(err: unknown): FieldErrors {
  if (!isApiError(err)) return {};
  const errors = validationFieldErrors(err);
  if (err.code === 'IFACE_ID_TAKEN') errors.iface_id = err.message;
  if (err.code === 'MAC_TAKEN') errors.guest_mac = err.message;
  for (const [key, message] of Object.entries(errors)) {
    const match = /^(rx|tx)_rate_limiter\.(bandwidth|ops)/.exec(key);
    if (match) errors[`${match[1]}_${match[2]}`] = message;
  }
  return errors;
}
