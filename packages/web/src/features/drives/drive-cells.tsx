// The drive table's cells that compare the row with the running VMM: size (allocated of
// size, and the size the VMM has), the guest device (next start, and now), what a pending
// change differs in, and the "Apply now" button.
import type { Drive } from '@hearth/api';
import { Zap } from 'lucide-react';
import { Button } from '../../components/ui/button.tsx';
import { Tooltip } from '../../components/ui/tooltip.tsx';
import { formatBytes } from '../../lib/format.ts';

const FIELD_LABELS: Record<string, string> = {
  path_on_host: 'path',
  size_bytes: 'size',
  is_root_device: 'root flag',
  is_read_only: 'read-only',
  cache_type: 'cache type',
  io_engine: 'IO engine',
  rate_limiter: 'rate limit',
};
/** What Firecracker accepts in a post-boot PATCH /drives/{id} (see the apply route). */
const LIVE_FIELDS = new Set(['path_on_host', 'size_bytes', 'rate_limiter']);

export const fieldLabel = (field: string) => FIELD_LABELS[field] ?? field;
export const fieldList = (fields: readonly string[]) => fields.map(fieldLabel).join(', ');

export function SizeCell({ drive }: { drive: Drive }) {
  const { size_bytes: size, allocated_bytes: allocated, live_size_bytes: live } = drive;
  return (
    <div className="text-right tabular-nums">
      <div title={allocated !== null ? 'allocated on disk of apparent size' : undefined}>
        {allocated !== null && size !== null ? (
          <>
            <span className="text-zinc-500 dark:text-zinc-400">{formatBytes(allocated)} of </span>
            {formatBytes(size)}
          </>
        ) : (
          formatBytes(size ?? allocated)
        )}
      </div>
      {live !== null && live !== size ? (
        <div className="text-xs text-amber-700 dark:text-amber-400">
          running VMM: {formatBytes(live)}
        </div>
      ) : null}
    </div>
  );
}

export function GuestDeviceCell({ drive }: { drive: Drive }) {
  const next = drive.guest_device;
  const now = drive.live_guest_device;
  if (!next && !now) return <span className="text-zinc-400">—</span>;
  return (
    <span className="font-mono text-xs">
      {next ?? '—'}
      {now && now !== next ? (
        <span className="text-amber-700 dark:text-amber-400"> (now {now})</span>
      ) : null}
    </span>
  );
}

export function PendingFields({ drive }: { drive: Drive }) {
  if (drive.attachment !== 'pending_change' || drive.pending_fields.length === 0) return null;
  return (
    <div className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
      differs in: {fieldList(drive.pending_fields)}
    </div>
  );
}

/** Why "Apply now" cannot fix the drive live, for its tooltip. */
function restartReason(drive: Drive): string {
  const fixed = drive.pending_fields.filter((f) => !LIVE_FIELDS.has(f));
  return fixed.length > 0
    ? `Restart needed: Firecracker cannot change ${fieldList(fixed)} on a running VM.`
    : 'Restart needed to apply this change.';
}

export function ApplyButton({
  drive,
  pending,
  onApply,
}: {
  drive: Drive;
  pending: boolean;
  onApply: () => void;
}) {
  // an added or removed drive always needs a restart: the note above the table says so
  if (drive.attachment !== 'pending_change') return null;
  const button = (
    <Button
      size="sm"
      className="h-7"
      disabled={!drive.live_apply}
      pending={pending}
      onClick={onApply}
    >
      <Zap aria-hidden />
      Apply now
    </Button>
  );
  return (
    <div className="mt-1.5">
      {drive.live_apply ? button : <Tooltip content={restartReason(drive)}>{button}</Tooltip>}
    </div>
  );
}
