import type { Drive } from '@hearth/api';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { toast } from 'sonner';
import { errorMessage, isApiError, validationFieldErrors } from '../../api/errors.ts';
import { useAddDrive, useUpdateDrive } from '../../api/queries/drives.ts';
import { imagesQuery } from '../../api/queries/images.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Checkbox, Field, Input, RadioGroup, Select } from '../../components/ui/field.tsx';
import { formatBytes } from '../../lib/format.ts';
import { EditorDialog } from '../devices/editor-dialog.tsx';
import {
  addDriveBody,
  checkDriveForm,
  type DriveForm,
  driveFormOf,
  emptyDriveForm,
  SIZE_UNITS,
  type SizeUnit,
  updateDriveBody,
} from './drive-form.ts';

const FIELDS = [
  'drive_id',
  'size_bytes',
  'path_on_host',
  'image_id',
  'rate_limiter.bandwidth',
  'rate_limiter.ops',
];

/** The API's error on the field it concerns (code + details, never the message text). */
function apiErrors(err: unknown): Record<string, string> {
  if (!isApiError(err)) return {};
  const errors = validationFieldErrors(err);
  if (err.code === 'DRIVE_ID_TAKEN' || err.code === 'ROOT_DEVICE_EXISTS')
    errors.drive_id = err.message;
  if (err.code === 'PATH_NOT_ALLOWED' || err.code === 'FILE_NOT_FOUND')
    errors.path_on_host = err.message;
  if (err.code === 'IMAGE_NOT_FOUND') errors.image_id = err.message;
  // rate limiter issues arrive as rate_limiter.bandwidth.size etc.
  for (const [key, message] of Object.entries(errors)) {
    const match = /^rate_limiter\.(bandwidth|ops)\./.exec(key);
    if (match) errors[`rate_limiter.${match[1]}`] = message;
  }
  return errors;
}

export function DriveEditorDialog({
  vmId,
  hostId,
  drive,
  open,
  onOpenChange,
}: {
  vmId: string;
  /** the VM's host: a copied image must be registered there */
  hostId: string;
  /** null = add a new drive */
  drive: Drive | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const add = useAddDrive(vmId);
  const update = useUpdateDrive(vmId);
  const mutation = drive ? update : add;
  return (
    <EditorDialog
      open={open}
      title={drive ? `Edit drive ${drive.drive_id}` : 'Add drive'}
      formId="drive-editor"
      pending={mutation.isPending}
      onOpenChange={onOpenChange}
      onReset={() => {
        add.reset();
        update.reset();
      }}
    >
      <DriveEditorForm
        key={drive?.id ?? 'new'}
        hostId={hostId}
        drive={drive}
        error={mutation.error}
        onSubmit={(form) => {
          const done = () => {
            toast.success(drive ? `Saved drive ${form.drive_id}` : `Added drive ${form.drive_id}`, {
              description: 'It takes effect on the next VM start.',
            });
            onOpenChange(false);
          };
          if (drive)
            update.mutate(
              { driveId: drive.drive_id, body: updateDriveBody(form) },
              { onSuccess: done },
            );
          else add.mutate(addDriveBody(form), { onSuccess: done });
        }}
      />
    </EditorDialog>
  );
}

function DriveEditorForm({
  hostId,
  drive,
  error,
  onSubmit,
}: {
  hostId: string;
  drive: Drive | null;
  error: unknown;
  onSubmit: (form: DriveForm) => void;
}) {
  const mode = drive ? 'edit' : 'add';
  const [form, setForm] = useState<DriveForm>(() =>
    drive ? driveFormOf(drive) : emptyDriveForm(),
  );
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const images = useQuery({ ...imagesQuery(), enabled: mode === 'add' });
  const rootfsImages = (images.data ?? []).filter(
    (i) => i.kind === 'rootfs' && i.host_id === hostId,
  );
  const chosenImage = rootfsImages.find((i) => i.id === form.image_id);
  const serverErrors = apiErrors(error);
  const errors = { ...serverErrors, ...clientErrors };
  const unplaced = error && !Object.keys(serverErrors).some((k) => FIELDS.includes(k));

  const set = <K extends keyof DriveForm>(key: K, value: DriveForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setClientErrors({});
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkDriveForm(form, mode);
    setClientErrors(found);
    if (Object.keys(found).length === 0) onSubmit(form);
  };

  return (
    <form id="drive-editor" onSubmit={submit} noValidate className="space-y-4">
      <Alert tone="info">
        {mode === 'add'
          ? 'This drive will be created immediately but attached to Firecracker on next VM start.'
          : 'Changes are saved in the database at once and reach Firecracker on next VM start.'}
      </Alert>
      {unplaced ? <Alert tone="error">{errorMessage(error)}</Alert> : null}
      {mode === 'add' ? (
        <>
          <Field label="Drive ID" error={errors.drive_id} hint="Letters, digits and _, e.g. data1.">
            {(c) => (
              <Input
                {...c}
                autoFocus
                autoComplete="off"
                value={form.drive_id}
                onChange={(e) => set('drive_id', e.target.value)}
              />
            )}
          </Field>
          <RadioGroup
            label="Source"
            value={form.source}
            onChange={(v) => set('source', v)}
            options={[
              { value: 'provisioned', label: 'Auto-provision' },
              { value: 'host_path', label: 'Existing host path' },
              { value: 'image', label: 'Copy of an image' },
            ]}
          />
          {form.source === 'image' ? (
            <>
              <Field
                label="Image"
                error={errors.image_id ?? (images.isError ? errorMessage(images.error) : undefined)}
                hint={
                  rootfsImages.length === 0 && !images.isPending
                    ? "No rootfs image is registered on this VM's host."
                    : "A copy of a rootfs image on the VM's host, as a data drive."
                }
              >
                {(c) => (
                  <Select
                    {...c}
                    value={form.image_id}
                    onChange={(e) => set('image_id', e.target.value)}
                  >
                    <option value="">
                      {images.isPending ? 'Loading images…' : 'Choose an image'}
                    </option>
                    {rootfsImages.map((i) => (
                      <option key={i.id} value={i.id}>
                        {i.name} ({formatBytes(i.size_bytes)})
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
              <div className="grid grid-cols-[1fr_8rem] gap-3">
                <Field
                  label="Size"
                  error={errors.size_bytes}
                  hint={
                    chosenImage
                      ? `Optional: grow the copy to this size, at least ${formatBytes(chosenImage.size_bytes)}. Empty: the image's size.`
                      : "Optional: grow the copy, at least the image's size. Empty: the image's size."
                  }
                >
                  {(c) => (
                    <Input
                      {...c}
                      type="number"
                      min={0}
                      step="any"
                      inputMode="decimal"
                      placeholder={chosenImage ? formatBytes(chosenImage.size_bytes) : undefined}
                      value={form.image_size}
                      onChange={(e) => set('image_size', e.target.value)}
                    />
                  )}
                </Field>
                <Field label="Size unit">
                  {(c) => (
                    <Select
                      {...c}
                      value={form.unit}
                      onChange={(e) => set('unit', e.target.value as SizeUnit)}
                    >
                      {Object.keys(SIZE_UNITS).map((u) => (
                        <option key={u}>{u}</option>
                      ))}
                    </Select>
                  )}
                </Field>
              </div>
            </>
          ) : form.source === 'provisioned' ? (
            <div className="grid grid-cols-[1fr_8rem] gap-3">
              <Field
                label="Size"
                error={errors.size_bytes}
                hint="A sparse file in the VM's storage directory."
              >
                {(c) => (
                  <Input
                    {...c}
                    type="number"
                    min={0}
                    step="any"
                    inputMode="decimal"
                    value={form.size}
                    onChange={(e) => set('size', e.target.value)}
                  />
                )}
              </Field>
              <Field label="Size unit">
                {(c) => (
                  <Select
                    {...c}
                    value={form.unit}
                    onChange={(e) => set('unit', e.target.value as SizeUnit)}
                  >
                    {Object.keys(SIZE_UNITS).map((u) => (
                      <option key={u}>{u}</option>
                    ))}
                  </Select>
                )}
              </Field>
            </div>
          ) : (
            <Field
              label="Host path"
              error={errors.path_on_host}
              hint="An existing file inside the host's allowed paths."
            >
              {(c) => (
                <Input
                  {...c}
                  className="font-mono"
                  placeholder="/srv/data/disk.img"
                  value={form.path}
                  onChange={(e) => set('path', e.target.value)}
                />
              )}
            </Field>
          )}
        </>
      ) : null}
      <Checkbox
        label="Read-only"
        checked={form.read_only}
        onChange={(e) => set('read_only', e.target.checked)}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Cache type">
          {(c) => (
            <Select
              {...c}
              value={form.cache_type}
              onChange={(e) => set('cache_type', e.target.value as DriveForm['cache_type'])}
            >
              <option value="Unsafe">Unsafe</option>
              <option value="Writeback">Writeback</option>
            </Select>
          )}
        </Field>
        <Field label="IO engine">
          {(c) => (
            <Select
              {...c}
              value={form.io_engine}
              onChange={(e) => set('io_engine', e.target.value as DriveForm['io_engine'])}
            >
              <option value="Sync">Sync</option>
              <option value="Async">Async</option>
            </Select>
          )}
        </Field>
      </div>
      <section aria-labelledby="drive-rate-limiter" className="space-y-3">
        <div>
          <h3 id="drive-rate-limiter" className="text-sm font-medium">
            Rate limiter
          </h3>
          <p className="text-xs text-zinc-500 dark:text-zinc-400">
            Optional. Empty means unlimited.
          </p>
        </div>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Bandwidth (MiB/s)" error={errors['rate_limiter.bandwidth']}>
            {(c) => (
              <Input
                {...c}
                type="number"
                min={0}
                step="any"
                value={form.bandwidth}
                onChange={(e) => set('bandwidth', e.target.value)}
              />
            )}
          </Field>
          <Field label="Operations (ops/s)" error={errors['rate_limiter.ops']}>
            {(c) => (
              <Input
                {...c}
                type="number"
                min={0}
                step={1}
                value={form.ops}
                onChange={(e) => set('ops', e.target.value)}
              />
            )}
          </Field>
        </div>
      </section>
    </form>
  );
}
