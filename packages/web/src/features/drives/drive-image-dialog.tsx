import type { Drive } from '@hearth/api';
import { type FormEvent, useState } from 'react';
import { toast } from 'sonner';
import { errorMessage, isApiError, validationFieldErrors } from '../../api/errors.ts';
import { useDriveToImage } from '../../api/queries/drives.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Field, Input } from '../../components/ui/field.tsx';
import { checkName } from '../../lib/patterns.ts';
import { EditorDialog } from '../devices/editor-dialog.tsx';

/** Registers a copy of a stopped VM's drive as a new rootfs image on the VM's host. */
export function DriveImageDialog({
  vmId,
  drive,
  onClose,
}: {
  vmId: string;
  drive: Drive | null;
  onClose: () => void;
}) {
  const toImage = useDriveToImage(vmId);
  return (
    <EditorDialog
      open={drive !== null}
      title={`Save drive ${drive?.drive_id ?? ''} as image`}
      formId="drive-image"
      pending={toImage.isPending}
      onOpenChange={(open) => !open && onClose()}
      onReset={() => toImage.reset()}
    >
      {drive ? (
        <DriveImageForm
          drive={drive}
          error={toImage.error}
          onSubmit={(name) =>
            toImage.mutate(
              { driveId: drive.drive_id, body: { name } },
              {
                onSuccess: (image) => {
                  toast.success(`Registered image ${image.name}`, {
                    description: 'It is listed under Images and can be a rootfs or a drive copy.',
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

function DriveImageForm({
  drive,
  error,
  onSubmit,
}: {
  drive: Drive;
  error: unknown;
  onSubmit: (name: string) => void;
}) {
  const [name, setName] = useState('');
  const [clientError, setClientError] = useState<string | undefined>();
  const serverField =
    validationFieldErrors(error).name ??
    (isApiError(error) && error.code === 'NAME_TAKEN' ? error.message : undefined);
  const unplaced = error && !serverField;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkName(name);
    setClientError(found);
    if (!found) onSubmit(name);
  };

  return (
    <form id="drive-image" onSubmit={submit} noValidate className="space-y-4">
      <Alert tone="info">
        A copy of <span className="font-mono break-all">{drive.path_on_host}</span> is registered as
        a rootfs image on the VM's host. The drive itself is not changed.
      </Alert>
      {unplaced ? <Alert tone="error">{errorMessage(error)}</Alert> : null}
      <Field
        label="Image name"
        error={clientError ?? serverField}
        hint="Unique per host, e.g. golden-web-v2."
      >
        {(c) => (
          <Input
            {...c}
            autoFocus
            autoComplete="off"
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setClientError(undefined);
            }}
          />
        )}
      </Field>
    </form>
  );
}
