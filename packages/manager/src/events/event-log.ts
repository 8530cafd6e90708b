// Every transition and every drive/NIC change leaves a vm_event; the log also goes to the
// manager's own logger so operators see it without querying.
import type { EventLevel } from '@hearth/api';
import type { Db } from '../db/types.ts';
import { insertEvent } from './events.repository.ts';

export async function recordEvent(
  db: Db,
  vmId: string,
  level: EventLevel,
  message: string,
  data: Record<string, unknown> = {},
): Promise<void> {
  await insertEvent(db, { vm_id: vmId, level, message, data });
}
