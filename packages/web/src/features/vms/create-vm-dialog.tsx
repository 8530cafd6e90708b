import { useQuery } from '@tanstack/react-query';
import { ChevronRight } from 'lucide-react';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import { errorMessage, type FieldErrors } from '../../api/errors.ts';
import { imagesQuery } from '../../api/queries/images.ts';
import { useCreateVm } from '../../api/queries/vms.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { Checkbox, Field, Input, Select } from '../../components/ui/field.tsx';
import { formatBytes } from '../../lib/format.ts';
import { DriveRows, NicRows } from './create-vm-devices.tsx';
import {
  apiFieldErrors,
  type CreateVmForm,
  checkForm,
  createBody,
  fieldKeys,
  initialForm,
} from './create-vm-form.ts';

export function CreateVmDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const [form, setForm] = useState<CreateVmForm>(initialForm);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [advanced, setAdvanced] = useState(false);
  const images = useQuery({ ...imagesQuery(), enabled: open });
  const create = useCreateVm();
  const navigate = useNavigate();

  const kernels = useMemo(
    () => (images.data ?? []).filter((i) => i.kind === 'kernel'),
    [images.data],
  );
  const rootfses = useMemo(
    () => (images.data ?? []).filter((i) => i.kind === 'rootfs'),
    [images.data],
  );

  // preselect the first image of each kind once they are known
  useEffect(() => {
    setForm((f) => ({
      ...f,
      kernel_image_id: f.kernel_image_id || kernels[0]?.id || '',
      rootfs_image_id: f.rootfs_image_id || rootfses[0]?.id || '',
    }));
  }, [kernels, rootfses]);

  const serverErrors = useMemo(() => apiFieldErrors(create.error, form), [create.error, form]);
  const errors = { ...serverErrors, ...clientErrors };
  const known = fieldKeys(form);
  const unplaced = create.error && !Object.keys(serverErrors).some((k) => known.has(k));

  useEffect(() => {
    if (errors.boot_args) setAdvanced(true);
  }, [errors.boot_args]);

  const set = <K extends keyof CreateVmForm>(key: K, value: CreateVmForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    // editing a field (or any row of a list) drops its client-side errors
    setClientErrors((e) =>
      Object.fromEntries(
        Object.entries(e).filter(([k]) => k !== key && !k.startsWith(`${String(key)}.`)),
      ),
    );
  };

  const close = (next: boolean) => {
    if (create.isPending) return;
    onOpenChange(next);
    if (!next) {
      setForm(initialForm());
      setClientErrors({});
      create.reset();
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkForm(form);
    setClientErrors(found);
    if (Object.keys(found).length > 0) return;
    create.mutate(createBody(form), {
      onSuccess: (vm) => {
        if (vm.state === 'error' && vm.last_error) {
          toast.error(`Created ${vm.name}, but it failed to start`, {
            description: vm.last_error.message,
          });
        } else {
          toast.success(`Created ${vm.name}`);
        }
        close(false);
        navigate(`/vms/${vm.id}`);
      },
    });
  };

  const imageOption = (i: { id: string; name: string; size_bytes: number }) => (
    <option key={i.id} value={i.id}>
      {i.name} ({formatBytes(i.size_bytes)})
    </option>
  );

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title="Create VM"
      size="lg"
      footer={
        <>
          <Button onClick={() => close(false)} disabled={create.isPending}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" form="create-vm" pending={create.isPending}>
            Create
          </Button>
        </>
      }
    >
      <form id="create-vm" onSubmit={submit} noValidate className="space-y-5">
        {unplaced ? (
          <Alert tone="error" title="Could not create the VM">
            {errorMessage(create.error)}
          </Alert>
        ) : null}
        <Field label="Name" error={errors.name} hint="Letters, digits, '.', '_' and '-'.">
          {(c) => (
            <Input
              {...c}
              autoFocus
              autoComplete="off"
              value={form.name}
              onChange={(e) => set('name', e.target.value)}
            />
          )}
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="vCPUs" error={errors.vcpu}>
            {(c) => (
              <Input
                {...c}
                type="number"
                min={1}
                max={32}
                value={form.vcpu}
                onChange={(e) => set('vcpu', e.target.value)}
              />
            )}
          </Field>
          <Field label="Memory (MiB)" error={errors.mem_mib}>
            {(c) => (
              <Input
                {...c}
                type="number"
                min={128}
                step={128}
                value={form.mem_mib}
                onChange={(e) => set('mem_mib', e.target.value)}
              />
            )}
          </Field>
          <Field label="Kernel image" error={errors.kernel_image_id}>
            {(c) => (
              <Select
                {...c}
                value={form.kernel_image_id}
                onChange={(e) => set('kernel_image_id', e.target.value)}
              >
                {kernels.length === 0 ? (
                  <option value="">{images.isPending ? 'Loading…' : 'No kernel images'}</option>
                ) : null}
                {kernels.map(imageOption)}
              </Select>
            )}
          </Field>
          <Field label="Rootfs image" error={errors.rootfs_image_id}>
            {(c) => (
              <Select
                {...c}
                value={form.rootfs_image_id}
                onChange={(e) => set('rootfs_image_id', e.target.value)}
              >
                {rootfses.length === 0 ? (
                  <option value="">{images.isPending ? 'Loading…' : 'No rootfs images'}</option>
                ) : null}
                {rootfses.map(imageOption)}
              </Select>
            )}
          </Field>
        </div>
        {images.isError ? (
          <Alert tone="error">Could not load images: {errorMessage(images.error)}</Alert>
        ) : null}

        <DriveRows rows={form.drives} errors={errors} onChange={(rows) => set('drives', rows)} />
        <NicRows rows={form.nics} errors={errors} onChange={(rows) => set('nics', rows)} />

        <div>
          <button
            type="button"
            aria-expanded={advanced}
            aria-controls="create-vm-advanced"
            onClick={() => setAdvanced((a) => !a)}
            className="flex items-center gap-1 rounded text-sm font-medium text-zinc-700 hover:text-zinc-900 dark:text-zinc-300 dark:hover:text-zinc-100"
          >
            <ChevronRight
              aria-hidden
              className={`size-4 transition-transform ${advanced ? 'rotate-90' : ''}`}
            />
            Advanced
          </button>
          <div id="create-vm-advanced" hidden={!advanced} className="mt-3">
            <Field
              label="Boot arguments"
              error={errors.boot_args}
              hint="Kernel command line. Empty: Hearth's default (console=ttyS0 reboot=k panic=1 pci=off)."
            >
              {(c) => (
                <Input
                  {...c}
                  className="font-mono"
                  value={form.boot_args}
                  onChange={(e) => set('boot_args', e.target.value)}
                />
              )}
            </Field>
          </div>
        </div>

        <Checkbox
          label="Start after create"
          checked={form.start}
          onChange={(e) => set('start', e.target.checked)}
        />
      </form>
    </Dialog>
  );
}
