// The VMM processes of a host: stop, and the live view (GET /vms, GET /vms/:vmId). The live
// view is read from the host each time, so a restarted agent answers like the one that
// launched the VM.
import { type Static, Type } from '@sinclair/typebox';
import { StringEnum } from './common.ts';

/** POST /vms/:vmId/stop (no body means `{}`) */
export const StopRequest = Type.Object(
  {
    timeout_ms: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 600000,
        description: 'wait after SendCtrlAltDel before SIGKILL; default HEARTH_STOP_TIMEOUT_MS',
      }),
    ),
  },
  { additionalProperties: false },
);
export type StopRequest = Static<typeof StopRequest>;

export const StopResponse = Type.Object({
  vm_id: Type.String(),
  was_running: Type.Boolean(),
  method: StringEnum(['ctrl-alt-del', 'sigkill', 'not-running']),
});
export type StopResponse = Static<typeof StopResponse>;

export const VmmStatus = Type.Object({
  vm_id: Type.String(),
  status: StringEnum(['running', 'exited']),
  pid: Type.Union([Type.Integer(), Type.Null()]),
  started_at: Type.Union([Type.String(), Type.Null()], { description: 'ISO 8601' }),
  uptime_s: Type.Union([Type.Number(), Type.Null()]),
  socket_path: Type.String(),
  exit_code: Type.Union([Type.Integer(), Type.Null()], { description: 'when known' }),
  last_log_lines: Type.Array(Type.String(), { description: 'for exited VMMs' }),
});
export type VmmStatus = Static<typeof VmmStatus>;
