// Extra drives and NICs in the Create VM dialog: one compact row each.
import { Plus, X } from 'lucide-react';
import { type ReactNode, useId } from 'react';
import type { FieldErrors } from '../../api/errors.ts';
import { Button } from '../../components/ui/button.tsx';
import { Field, Input, Select } from '../../components/ui/field.tsx';
import type { DriveRow, NicRow } from './create-vm-form.ts';

let nextKey = 1;
export const newKey = () => nextKey++;

function Section({
  title,
  hint,
  onAdd,
  addLabel,
  children,
}: {
  title: string;
  hint: string;
  onAdd: () => void;
  addLabel: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="space-y-3">
      <div className="flex items-center justify-between gap-3">
        <div>
          <h3 id={id} className="text-sm font-medium">
            {title}
          </h3>
          <p className="text-xs text-zinc-500 dark:text-zinc-400">{hint}</p>
        </div>
        <Button size="sm" onClick={onAdd}>
          <Plus aria-hidden />
          {addLabel}
        </Button>
      </div>
      {children}
    </section>
  );
}

const rowClass =
  'relative grid gap-3 rounded-lg border border-zinc-200 bg-zinc-50/60 p-3 pr-11 sm:grid-cols-3 dark:border-zinc-800 dark:bg-zinc-950/40';

function RemoveRow({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button
      size="icon"
      variant="ghost"
      aria-label={label}
      onClick={onClick}
      className="absolute top-2 right-2"
    >
      <X aria-hidden />
    </Button>
  );
}

export function DriveRows({
  rows,
  errors,
  onChange,
}: {
  rows: DriveRow[];
  errors: FieldErrors;
  onChange: (rows: DriveRow[]) => void;
}) {
  const update = (i: number, patch: Partial<DriveRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Section
      title="Extra drives"
      hint="The root drive comes from the rootfs image. Extra drives attach at every start."
      addLabel="Add drive"
      onAdd={() =>
        onChange([
          ...rows,
          {
            key: newKey(),
            drive_id: `data${rows.length + 1}`,
            source: 'provisioned',
            size_gib: '10',
            path: '',
          },
        ])
      }
    >
      {rows.map((row, i) => (
        <div key={row.key} className={rowClass}>
          <Field label="Drive ID" error={errors[`drives.${i}.drive_id`]}>
            {(c) => (
              <Input
                {...c}
                value={row.drive_id}
                onChange={(e) => update(i, { drive_id: e.target.value })}
              />
            )}
          </Field>
          <Field label="Drive source">
            {(c) => (
              <Select
                {...c}
                value={row.source}
                onChange={(e) => update(i, { source: e.target.value as DriveRow['source'] })}
              >
                <option value="provisioned">Auto-provision</option>
                <option value="host_path">Existing host path</option>
              </Select>
            )}
          </Field>
          {row.source === 'provisioned' ? (
            <Field label="Size (GiB)" error={errors[`drives.${i}.size_bytes`]}>
              {(c) => (
                <Input
                  {...c}
                  type="number"
                  min={0}
                  step="any"
                  inputMode="decimal"
                  value={row.size_gib}
                  onChange={(e) => update(i, { size_gib: e.target.value })}
                />
              )}
            </Field>
          ) : (
            <Field label="Host path" error={errors[`drives.${i}.path_on_host`]}>
              {(c) => (
                <Input
                  {...c}
                  value={row.path}
                  placeholder="/srv/data/disk.img"
                  onChange={(e) => update(i, { path: e.target.value })}
                />
              )}
            </Field>
          )}
          <RemoveRow
            label={`Remove drive ${row.drive_id || i + 1}`}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          />
        </div>
      ))}
    </Section>
  );
}

export function NicRows({
  rows,
  errors,
  onChange,
}: {
  rows: NicRow[];
  errors: FieldErrors;
  onChange: (rows: NicRow[]) => void;
}) {
  const update = (i: number, patch: Partial<NicRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Section
      title="Network interfaces"
      hint="Each NIC gets a TAP device on the host's bridge when the VM starts."
      addLabel="Add NIC"
      onAdd={() =>
        onChange([...rows, { key: newKey(), iface_id: `eth${rows.length}`, guest_mac: '' }])
      }
    >
      {rows.map((row, i) => (
        <div key={row.key} className={rowClass}>
          <Field label="Interface ID" error={errors[`nics.${i}.iface_id`]}>
            {(c) => (
              <Input
                {...c}
                value={row.iface_id}
                onChange={(e) => update(i, { iface_id: e.target.value })}
              />
            )}
          </Field>
          <Field
            label="Guest MAC"
            hint="Empty: generated"
            error={errors[`nics.${i}.guest_mac`]}
            className="sm:col-span-2"
          >
            {(c) => (
              <Input
                {...c}
                value={row.guest_mac}
                placeholder="06:00:ac:10:00:02"
                onChange={(e) => update(i, { guest_mac: e.target.value })}
              />
            )}
          </Field>
          <RemoveRow
            label={`Remove NIC ${row.iface_id || i + 1}`}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          />
        </div>
      ))}
    </Section>
  );
}
