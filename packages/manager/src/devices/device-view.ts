// Device rows as the API shows them, for any kind of device (drives, NICs): each row with its
// attachment against the live VMM, plus a pending_detach entry for every device the VMM still
// has but the database no longer does. A kind says how its rows and live devices pair up.
import type { LiveVmConfig } from '@hearth/agent/contract';
import type { Attachment } from '@hearth/api';
import { attachmentOf, compareWithLive } from './attachment.ts';

export interface DeviceKind<Row, Live, Detached> {
  /** this kind's devices in the VMM's GET /vm/config */
  liveDevices(live: LiveVmConfig): readonly Live[];
  /** the device id Firecracker knows both by (drive_id, iface_id) */
  keyOfRow(row: Row): string;
  keyOfLive(device: Live): string;
  /** true when the next start would attach the row exactly as the VMM has it now */
  matches(row: Row, device: Live): boolean;
  /** the pending_detach entry of a device only the VMM has, shown with its live values */
  detachedView(vmId: string, device: Live): Detached;
}

export type WithAttachment<Row> = Row & { attachment: Attachment };

/** `live` null: the VM is not running (or its VMM could not be asked), attachment null. */
export function deviceViews<Row, Live, Detached>(
  kind: DeviceKind<Row, Live, Detached>,
  vmId: string,
  rows: readonly Row[],
  live: LiveVmConfig | null,
): Array<WithAttachment<Row> | Detached> {
  const compared = compareWithLive(
    rows,
    live ? kind.liveDevices(live) : null,
    kind.keyOfRow,
    kind.keyOfLive,
    kind.matches,
  );
  return [
    ...compared.rows.map(({ row, attachment }) => ({ ...row, attachment })),
    ...compared.detached.map((device) => kind.detachedView(vmId, device)),
  ];
}

/** One row's view, as deviceViews shows it among all the VM's rows. */
export function deviceView<Row, Live, Detached>(
  kind: DeviceKind<Row, Live, Detached>,
  row: Row,
  live: LiveVmConfig | null,
): WithAttachment<Row> {
  if (live === null) return { ...row, attachment: null };
  const key = kind.keyOfRow(row);
  const device = kind.liveDevices(live).find((d) => kind.keyOfLive(d) === key);
  return { ...row, attachment: attachmentOf(row, device, kind.matches) };
}
