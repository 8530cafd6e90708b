// Progress of a start, restart, stop or create, for a person at a terminal: a spinner on
// stderr naming the VM's current phase, fed by the API's change stream (GET
// /v1/events/stream: a `vm` change carries the new state, a `vm_event` insert means a new
// event whose message is fetched). Afterwards, the launch's step timings from the
// "VM started" event. Off a terminal, or with -q / -o json, nothing but the result.
import type { VmEvent } from '@hearth/api';
import type { Context } from './context.ts';
import { formatDuration } from './output/time.ts';
import { readEventStream } from './sse.ts';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const FRAME_MS = 80;

/**
 * Runs `task` (the API call) with a spinner titled `title` ("Restarting web1"). `vmId` may be
 * unknown until the task answers (a create): the phase then follows the VM of that name.
 */
export async function withProgress<T>(
  ctx: Context,
  title: string,
  watch: { vmId?: string; vmName: string },
  task: () => Promise<T>,
): Promise<T> {
  if (!ctx.interactive) return task();
  const started = Date.now();
  let phase = '';
  let frame = 0;
  const render = () => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const text = `${FRAMES[frame++ % FRAMES.length]} ${title} (${seconds} s)${phase ? `  ${phase}` : ''}`;
    process.stderr.write(`\r\u001b[K${text}`);
  };
  const timer = setInterval(render, FRAME_MS);
  render();
  const abort = new AbortController();
  const following = followPhase(ctx, watch, abort.signal, (text) => {
    phase = text;
    render();
  }).catch(() => {}); // progress is a nicety: a stream that fails leaves the spinner bare
  try {
    return await task();
  } finally {
    clearInterval(timer);
    abort.abort();
    await following;
    process.stderr.write('\r\u001b[K');
  }
}

async function followPhase(
  ctx: Context,
  watch: { vmId?: string; vmName: string },
  signal: AbortSignal,
  show: (text: string) => void,
): Promise<void> {
  let vmId = watch.vmId;
  let state = '';
  const headers: Record<string, string> = { accept: 'text/event-stream' };
  if (ctx.token) headers.authorization = `Bearer ${ctx.token}`;
  const response = await fetch(`${ctx.baseUrl}/v1/events/stream`, { headers, signal });
  if (!response.ok || !response.body) return;
  for await (const event of readEventStream(response.body, signal)) {
    if (event.event !== 'vm' && event.event !== 'vm_event') continue;
    const change = JSON.parse(event.data) as { vm_id: string | null; state: string | null };
    if (!vmId && event.event === 'vm' && change.vm_id) {
      const { data } = await ctx.client.GET('/v1/vms/{id}', {
        params: { path: { id: change.vm_id } },
      });
      if (data?.name === watch.vmName) vmId = change.vm_id;
    }
    if (!vmId || change.vm_id !== vmId) continue;
    if (event.event === 'vm' && change.state) {
      state = change.state;
      show(`${watch.vmName} ${ctx.errColour.state(state)}`);
    } else if (event.event === 'vm_event') {
      // The VM's state is read with the event: a state change and its event can commit in
      // one statement, and the stream may have connected after the state change it missed.
      const [vm, events] = await Promise.all([
        ctx.client.GET('/v1/vms/{id}', { params: { path: { id: vmId } } }),
        ctx.client.GET('/v1/vms/{id}/events', {
          params: { path: { id: vmId }, query: { limit: 1 } },
        }),
      ]);
      if (vm.data?.state) state = vm.data.state;
      const latest = events.data?.items[0];
      if (latest)
        show(`${watch.vmName} ${state ? `${ctx.errColour.state(state)}: ` : ''}${latest.message}`);
    }
  }
}

interface LaunchStep {
  name: string;
  duration_ms: number;
  ok?: boolean;
}

const isSteps = (value: unknown): value is LaunchStep[] =>
  Array.isArray(value) &&
  value.every((s) => typeof s?.name === 'string' && typeof s?.duration_ms === 'number');

/** The step timings of the VM's latest launch ("VM started", or a failed start's details). */
export async function latestLaunchSteps(ctx: Context, vmId: string): Promise<LaunchStep[] | null> {
  const { data } = await ctx.client.GET('/v1/vms/{id}/events', {
    params: { path: { id: vmId }, query: { limit: 20 } },
  });
  const events = (data?.items ?? []) as VmEvent[];
  const started = events.find((e) => e.message === 'VM started' && isSteps(e.data.steps));
  return started && isSteps(started.data.steps) ? started.data.steps : null;
}

export function stepTable(steps: LaunchStep[]): string {
  const rows = steps.map((s) => [
    `${s.name}${s.ok === false ? ' (failed)' : ''}`,
    formatDuration(s.duration_ms),
  ]);
  const total = steps.reduce((sum, s) => sum + s.duration_ms, 0);
  rows.push(['total', formatDuration(total)]);
  const width = Math.max(11, ...rows.map(([name]) => (name ?? '').length)) + 2;
  const timeWidth = Math.max(4, ...rows.map(([, time]) => (time ?? '').length));
  const line = (name: string, time: string) => `${name.padEnd(width)}${time.padStart(timeWidth)}`;
  return `${[line('LAUNCH STEP', 'TIME'), ...rows.map(([n = '', t = '']) => line(n, t))].join('\n')}\n`;
}
