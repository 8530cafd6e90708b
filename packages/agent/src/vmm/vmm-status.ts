// What the live view says about one VMM record, computed from the host each time: the
// process (pid + start time) decides running vs exited; an exited VMM brings its exit code
// when known and the end of its console log, which usually says why it ended.

import type { VmmStatus } from '../contract/index.ts';
import type { VmmStateRecord } from '../state/vmm-state-file.ts';
import type { ProcessSupervisor, VmmProcess } from './process-supervisor.ts';

const LAST_LOG_LINES = 20;

export const processOf = (record: VmmStateRecord): VmmProcess => ({
  pid: record.pid,
  startTime: record.process_start_time,
});

export async function describeVmm(
  record: VmmStateRecord,
  consoleLog: string,
  supervisor: ProcessSupervisor,
): Promise<VmmStatus> {
  const proc = processOf(record);
  const startedAt = record.started_at || null;
  const base = {
    vm_id: record.vm_id,
    pid: record.pid,
    started_at: startedAt,
    socket_path: record.socket_path,
  };
  if (await supervisor.isAlive(proc)) {
    const uptime = startedAt ? (Date.now() - Date.parse(startedAt)) / 1000 : null;
    return {
      ...base,
      status: 'running',
      uptime_s: uptime === null ? null : Math.max(0, Math.round(uptime)),
      exit_code: null,
      last_log_lines: [],
    };
  }
  return {
    ...base,
    status: 'exited',
    uptime_s: null,
    exit_code: record.exit_code ?? supervisor.exitStatus(proc)?.code ?? null,
    last_log_lines: await supervisor.lastLogLines(consoleLog, LAST_LOG_LINES),
  };
}
