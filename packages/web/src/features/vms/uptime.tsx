import type { VmState } from '@hearth/api';
import { formatDuration } from '../../lib/format.ts';
import { useNow } from '../../lib/use-now.ts';

export function Uptime({ state, startedAt }: { state: VmState; startedAt: string | null }) {
  if (state !== 'running' || !startedAt) return <span className="text-zinc-400">—</span>;
  return <RunningFor since={startedAt} />;
}

function RunningFor({ since }: { since: string }) {
  const now = useNow();
  return (
    <time dateTime={since} title={new Date(since).toLocaleString()}>
      {formatDuration(now - Date.parse(since))}
    </time>
  );
}
