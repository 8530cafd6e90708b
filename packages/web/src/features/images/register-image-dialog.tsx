import type { ImageKind } from '@hearth/api';
import { type FormEvent, useState } from 'react';
import { toast } from 'sonner';
import {
  errorMessage,
  type FieldErrors,
  isApiError,
  validationFieldErrors,
} from '../../api/errors.ts';
import { useRegisterImage } from '../../api/queries/images.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { Field, Input, Select } from '../../components/ui/field.tsx';
import { checkHostPath, checkName } from '../../lib/patterns.ts';

function apiErrors(err: unknown): FieldErrors {
  if (!isApiError(err)) return {};
  const errors = validationFieldErrors(err);
  if (err.code === 'NAME_TAKEN') errors.name = err.message;
  if (err.code === 'PATH_NOT_ALLOWED' || err.code === 'FILE_NOT_FOUND') errors.path = err.message;
  return errors;
}

export function RegisterImageDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const [kind, setKind] = useState<ImageKind>('rootfs');
  const [name, setName] = useState('');
  const [path, setPath] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const register = useRegisterImage();
  const serverErrors = apiErrors(register.error);
  const errors = { ...serverErrors, ...clientErrors };
  const unplaced = register.error && !['kind', 'name', 'path'].some((k) => serverErrors[k]);

  const close = (next: boolean) => {
    if (register.isPending) return;
    onOpenChange(next);
    if (!next) {
      setName('');
      setPath('');
      setClientErrors({});
      register.reset();
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    const nameError = checkName(name.trim());
    const pathError = checkHostPath(path.trim());
    if (nameError) found.name = nameError;
    if (pathError) found.path = pathError;
    setClientErrors(found);
    if (Object.keys(found).length > 0) return;
    register.mutate(
      { kind, name: name.trim(), path: path.trim() },
      {
        onSuccess: (image) => {
          toast.success(`Registered ${image.kind} ${image.name}`);
          close(false);
        },
      },
    );
  };

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title="Register image"
      description="The file must already exist on the host, inside its storage root or allowed paths."
      footer={
        <>
          <Button onClick={() => close(false)} disabled={register.isPending}>
            Cancel
          </Button>
          <Button
            variant="primary"
            type="submit"
            form="register-image"
            pending={register.isPending}
          >
            Register
          </Button>
        </>
      }
    >
      <form id="register-image" onSubmit={submit} noValidate className="space-y-4">
        {unplaced ? <Alert tone="error">{errorMessage(register.error)}</Alert> : null}
        <Field label="Kind" error={errors.kind}>
          {(c) => (
            <Select {...c} value={kind} onChange={(e) => setKind(e.target.value as ImageKind)}>
              <option value="kernel">kernel</option>
              <option value="rootfs">rootfs</option>
            </Select>
          )}
        </Field>
        <Field label="Name" error={errors.name}>
          {(c) => (
            <Input
              {...c}
              autoComplete="off"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        <Field label="Path" error={errors.path}>
          {(c) => (
            <Input
              {...c}
              className="font-mono"
              placeholder="/srv/images/vmlinux"
              value={path}
              onChange={(e) => setPath(e.target.value)}
            />
          )}
        </Field>
      </form>
    </Dialog>
  );
}
