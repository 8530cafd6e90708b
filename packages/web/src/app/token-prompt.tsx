import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { setToken, useAuth } from '../api/auth.ts';
import { Button } from '../components/ui/button.tsx';
import { Dialog } from '../components/ui/dialog.tsx';
import { Field, Input } from '../components/ui/field.tsx';

/** Shown after a 401: the manager requires a token and ours is missing or wrong. */
export function TokenPrompt() {
  const { needed, token } = useAuth();
  const client = useQueryClient();
  const [value, setValue] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!value.trim()) return;
    setToken(value.trim());
    setValue('');
    void client.invalidateQueries();
  };

  return (
    <Dialog
      open={needed}
      onOpenChange={() => {}}
      title="API token"
      description={
        token
          ? 'The manager refused the stored token. Enter a valid one.'
          : 'This Hearth manager requires an API token (HEARTH_API_TOKEN).'
      }
      footer={
        <Button variant="primary" type="submit" form="token-form" disabled={!value.trim()}>
          Save token
        </Button>
      }
    >
      <form id="token-form" onSubmit={submit}>
        <Field label="API token" hint="Kept in this browser's local storage.">
          {(control) => (
            <Input
              {...control}
              type="password"
              autoComplete="off"
              value={value}
              onChange={(e) => setValue(e.target.value)}
            />
          )}
        </Field>
      </form>
    </Dialog>
  );
}
