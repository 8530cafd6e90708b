// Every transition and every drive/NIC change leaves a vm_event, read through
// GET /v1/vms/{id}/events and announced on the change feed (the process log has the requests
// and the failures, each with its vm_id; the events are the VM's own history).
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
