// "Collect garbage": a dry run first (what would go, what is kept and why), then the real
// run on confirmation, and its result. Nothing is deleted without the second click.
import type { StorageFile, StorageGcResult } from '@hearth/api';
import { useEffect, useState } from 'react';
import { toast } from 'sonner';
import { errorMessage } from '../../api/errors.ts';
import { useStorageGc } from '../../api/queries/hosts.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { LoadingState } from '../../components/ui/states.tsx';
import { formatBytes } from '../../lib/format.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function FileList({ files }: { files: StorageFile[] }) {
  return (
    <ul className="divide-y divide-zinc-100 rounded-md border border-zinc-200 text-sm dark:divide-zinc-800 dark:border-zinc-800">
      {files.map((f) => (
        <li key={f.path} className="flex items-baseline justify-between gap-3 px-3 py-1.5">
          <span className="min-w-0 font-mono text-xs break-all">{f.path}</span>
          <span className="shrink-0 text-xs text-zinc-500 tabular-nums dark:text-zinc-400">
            {formatBytes(f.allocated_bytes)} on disk
          </span>
        </li>
      ))}
    </ul>
  );
}

function GcResult({ result }: { result: StorageGcResult }) {
  const count = result.removed.length + result.removed_dirs.length;
  const verb = result.dry_run ? 'Would remove' : 'Removed';
  return (
    <div className="space-y-4">
      <Alert tone={result.dry_run ? 'warn' : 'info'} role="status">
        {count === 0
          ? result.dry_run
            ? 'Nothing to collect right now.'
            : 'Nothing was removed.'
          : `${verb} ${plural(result.removed.length, 'file')}${
              result.removed_dirs.length > 0
                ? ` and ${plural(result.removed_dirs.length, 'directory')}`
                : ''
            }, ${result.dry_run ? 'freeing' : 'freed'} ${formatBytes(result.freed_bytes)}.`}
      </Alert>
      {result.removed.length > 0 ? (
        <section className="space-y-1.5">
          <h3 className="text-sm font-medium">{result.dry_run ? 'Would be removed' : 'Removed'}</h3>
          <FileList files={result.removed} />
        </section>
      ) : null}
      {result.removed_dirs.length > 0 ? (
        <section className="space-y-1.5">
          <h3 className="text-sm font-medium">
            Directories of deleted VMs {result.dry_run ? '(would be removed whole)' : '(removed)'}
          </h3>
          <ul className="space-y-0.5 font-mono text-xs break-all">
            {result.removed_dirs.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {result.kept.length > 0 ? (
        <section className="space-y-1.5">
          <h3 className="text-sm font-medium">Kept</h3>
          <ul className="divide-y divide-zinc-100 rounded-md border border-zinc-200 text-sm dark:divide-zinc-800 dark:border-zinc-800">
            {result.kept.map((k) => (
              <li key={k.path} className="px-3 py-1.5">
                <div className="font-mono text-xs break-all">{k.path}</div>
                <div className="text-xs text-zinc-500 dark:text-zinc-400">{k.reason}</div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

export function GcDialog({
  hostId,
  open,
  onOpenChange,
}: {
  hostId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const preview = useStorageGc(hostId);
  const collect = useStorageGc(hostId);
  const [ran, setRan] = useState(false);
  // mutate and reset are stable across renders
  const { mutate: runPreview, reset: resetPreview } = preview;
  const { reset: resetCollect } = collect;

  // each opening starts with a fresh dry run: the files may have changed since the last
  useEffect(() => {
    if (!open) return;
    setRan(false);
    resetCollect();
    resetPreview();
    runPreview({ dryRun: true });
  }, [open, runPreview, resetPreview, resetCollect]);

  const busy = collect.isPending;
  const close = (next: boolean) => !busy && onOpenChange(next);
  const toRemove = preview.data
    ? preview.data.removed.length + preview.data.removed_dirs.length
    : 0;

  const body = ran ? (
    collect.isPending ? (
      <LoadingState label="Collecting…" />
    ) : collect.isError ? (
      <Alert tone="error">{errorMessage(collect.error)}</Alert>
    ) : collect.data ? (
      <GcResult result={collect.data} />
    ) : null
  ) : preview.isPending ? (
    <LoadingState label="Checking what can be collected…" />
  ) : preview.isError ? (
    <Alert tone="error">{errorMessage(preview.error)}</Alert>
  ) : preview.data ? (
    <GcResult result={preview.data} />
  ) : null;

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      size="lg"
      title="Collect garbage"
      description="Deletes orphan files (no drive row names them) older than the grace period and not held by a running VMM. Files a drive row references are never touched."
      footer={
        ran && !collect.isPending ? (
          <Button variant="primary" onClick={() => close(false)}>
            Close
          </Button>
        ) : (
          <>
            <Button onClick={() => close(false)} disabled={busy}>
              Cancel
            </Button>
            <Button
              variant="danger"
              pending={busy}
              disabled={toRemove === 0}
              onClick={() => {
                setRan(true);
                collect.mutate(
                  { dryRun: false },
                  {
                    onSuccess: (result) =>
                      toast.success(
                        `Removed ${plural(result.removed.length, 'file')}, freed ${formatBytes(result.freed_bytes)}`,
                      ),
                  },
                );
              }}
            >
              {toRemove === 0 ? 'Delete' : `Delete ${plural(toRemove, 'item')}`}
            </Button>
          </>
        )
      }
    >
      {body}
    </Dialog>
  );
}
