import type { Nic } from '@hearth/api';
import { type FormEvent, useState } from 'react';
import { toast } from 'sonner';
import { errorMessage } from '../../api/errors.ts';
import { useAddNic, useUpdateNic } from '../../api/queries/nics.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Field, Input } from '../../components/ui/field.tsx';
import { EditorDialog } from '../devices/editor-dialog.tsx';
import {
  addNicBody,
  checkNicForm,
  type NicForm,
  nicApiErrors,
  nicFormOf,
  RATE_FIELDS,
  updateNicBody,
} from './nic-form.ts';

const PLACED = ['iface_id', 'guest_mac', ...RATE_FIELDS];

export function NicEditorDialog({
  vmId,
  nic,
  open,
  onOpenChange,
}: {
  vmId: string;
  /** null = add a new NIC */
  nic: Nic | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const add = useAddNic(vmId);
  const update = useUpdateNic(vmId);
  const mutation = nic ? update : add;
  return (
    <EditorDialog
      open={open}
      title={nic ? `Edit NIC ${nic.iface_id}` : 'Add NIC'}
      formId="nic-editor"
      pending={mutation.isPending}
      onOpenChange={onOpenChange}
      onReset={() => {
        add.reset();
        update.reset();
      }}
    >
      <NicEditorForm
        key={nic?.id ?? 'new'}
        nic={nic}
        error={mutation.error}
        onSubmit={(form) => {
          const done = () => {
            toast.success(nic ? `Saved NIC ${form.iface_id}` : `Added NIC ${form.iface_id}`, {
              description: 'It takes effect on the next VM start.',
            });
            onOpenChange(false);
          };
          if (nic)
            update.mutate(
              { ifaceId: nic.iface_id, body: updateNicBody(form) },
              { onSuccess: done },
            );
          else add.mutate(addNicBody(form), { onSuccess: done });
        }}
      />
    </EditorDialog>
  );
}

function NicEditorForm({
  nic,
  error,
  onSubmit,
}: {
  nic: Nic | null;
  error: unknown;
  onSubmit: (form: NicForm) => void;
}) {
  const mode = nic ? 'edit' : 'add';
  const [form, setForm] = useState<NicForm>(() => nicFormOf(nic));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const serverErrors = nicApiErrors(error);
  const errors = { ...serverErrors, ...clientErrors };
  const unplaced = error && !Object.keys(serverErrors).some((k) => PLACED.includes(k));
  const set = (key: keyof NicForm, value: string) => {
    setForm((f) => ({ ...f, [key]: value }));
    setClientErrors({});
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkNicForm(form, mode);
    setClientErrors(found);
    if (Object.keys(found).length === 0) onSubmit(form);
  };
  const rate = (key: (typeof RATE_FIELDS)[number], label: string) => (
    <Field label={label} error={errors[key]}>
      {(c) => (
        <Input
          {...c}
          type="number"
          min={0}
          step="any"
          value={form[key]}
          onChange={(e) => set(key, e.target.value)}
        />
      )}
    </Field>
  );

  return (
    <form id="nic-editor" onSubmit={submit} noValidate className="space-y-4">
      <Alert tone="info">
        This interface will be created immediately but attached to Firecracker on next VM start.
      </Alert>
      {unplaced ? <Alert tone="error">{errorMessage(error)}</Alert> : null}
      {mode === 'add' ? (
        <Field
          label="Interface ID"
          error={errors.iface_id}
          hint="Letters, digits and _, e.g. eth0."
        >
          {(c) => (
            <Input
              {...c}
              autoFocus
              autoComplete="off"
              value={form.iface_id}
              onChange={(e) => set('iface_id', e.target.value)}
            />
          )}
        </Field>
      ) : null}
      <Field
        label="Guest MAC"
        error={errors.guest_mac}
        hint={mode === 'add' ? 'Empty: Hearth generates one.' : undefined}
      >
        {(c) => (
          <Input
            {...c}
            className="font-mono"
            placeholder="06:00:ac:10:00:02"
            value={form.guest_mac}
            onChange={(e) => set('guest_mac', e.target.value)}
          />
        )}
      </Field>
      <section aria-labelledby="nic-rate-limiters" className="space-y-3">
        <div>
          <h3 id="nic-rate-limiters" className="text-sm font-medium">
            Rate limiters
          </h3>
          <p className="text-xs text-zinc-500 dark:text-zinc-400">
            Optional. Empty means unlimited.
          </p>
        </div>
        <div className="grid gap-3 sm:grid-cols-2">
          {rate('rx_bandwidth', 'RX bandwidth (MiB/s)')}
          {rate('rx_ops', 'RX operations (ops/s)')}
          {rate('tx_bandwidth', 'TX bandwidth (MiB/s)')}
          {rate('tx_ops', 'TX operations (ops/s)')}
        </div>
      </section>
    </form>
  );
}
