import type { Drive } from '@hearth/api';
import { type FormEvent, useState } from 'react';
import { toast } from 'sonner';
import { useUpdateDrive } from '../../api/queries/drives.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Field, Input, Select } from '../../components/ui/field.tsx';
import { formatBytes } from '../../lib/format.ts';
import { EditorDialog } from '../devices/editor-dialog.tsx';
import { SIZE_UNITS, type SizeUnit, sizeBytes, sizeFieldsOf } from './drive-form.ts';
import { ErrorWithFigures } from './error-figures.tsx';

/** Grows a provisioned drive's file (PATCH size_bytes); a running guest sees it after Apply. */
export function ResizeDriveDialog({
  vmId,
  drive,
  running,
  onClose,
}: {
  vmId: string;
  drive: Drive | null;
  /** the VM runs: the new size reaches the guest with "Apply now" or the next start */
  running: boolean;
  onClose: () => void;
}) {
  const update = useUpdateDrive(vmId);
  return (
    <EditorDialog
      open={drive !== null}
      title={`Resize drive ${drive?.drive_id ?? ''}`}
      formId="drive-resize"
      pending={update.isPending}
      onOpenChange={(open) => !open && onClose()}
      onReset={() => update.reset()}
    >
      {drive ? (
        <ResizeForm
          drive={drive}
          running={running}
          error={update.error}
          onSubmit={(bytes) =>
            update.mutate(
              { driveId: drive.drive_id, body: { size_bytes: bytes } },
              {
                onSuccess: () => {
                  toast.success(`Grew drive ${drive.drive_id} to ${formatBytes(bytes)}`, {
                    description: running
                      ? 'The running guest keeps the old size until "Apply now" or the next start.'
                      : 'The guest sees the new size at the next start.',
                  });
                  onClose();
                },
              },
            )
          }
        />
      ) : null}
    </EditorDialog>
  );
}

function ResizeForm({
  drive,
  running,
  error,
  onSubmit,
}: {
  drive: Drive;
  running: boolean;
  error: unknown;
  onSubmit: (bytes: number) => void;
}) {
  const current = drive.size_bytes ?? 0;
  const [fields, setFields] = useState(() => sizeFieldsOf(current));
  const [clientError, setClientError] = useState<string | undefined>();
  const set = (next: Partial<typeof fields>) => {
    setFields((f) => ({ ...f, ...next }));
    setClientError(undefined);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(fields.size);
    if (!fields.size.trim() || !Number.isFinite(n) || n <= 0)
      return setClientError('Must be greater than 0.');
    const bytes = sizeBytes(fields);
    if (bytes < current)
      return setClientError(
        `Shrinking is not possible: choose at least the current ${formatBytes(current)}.`,
      );
    if (bytes === current) return setClientError('This is the current size.');
    onSubmit(bytes);
  };

  return (
    <form id="drive-resize" onSubmit={submit} noValidate className="space-y-4">
      <Alert tone="info">
        Drives can only grow; shrinking is not possible. The file grows at once (sparse, so it takes
        no disk space until the guest writes).{' '}
        {running
          ? 'The running guest keeps the old size until you use "Apply now" or restart the VM.'
          : 'The guest sees the new size at the next start.'}
      </Alert>
      <p className="text-sm">
        Current size: <span className="font-medium tabular-nums">{formatBytes(current)}</span>
        {drive.allocated_bytes !== null ? (
          <span className="text-zinc-500 dark:text-zinc-400">
            {' '}
            ({formatBytes(drive.allocated_bytes)} allocated on disk)
          </span>
        ) : null}
      </p>
      <ErrorWithFigures error={error} />
      <div className="grid grid-cols-[1fr_8rem] gap-3">
        <Field label="New size" error={clientError}>
          {(c) => (
            <Input
              {...c}
              autoFocus
              type="number"
              min={0}
              step="any"
              inputMode="decimal"
              value={fields.size}
              onChange={(e) => set({ size: e.target.value })}
            />
          )}
        </Field>
        <Field label="Size unit">
          {(c) => (
            <Select
              {...c}
              value={fields.unit}
              onChange={(e) => set({ unit: e.target.value as SizeUnit })}
            >
              {Object.keys(SIZE_UNITS).map((u) => (
                <option key={u}>{u}</option>
              ))}
            </Select>
          )}
        </Field>
      </div>
    </form>
  );
}
