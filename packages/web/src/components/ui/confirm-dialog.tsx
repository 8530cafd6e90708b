import * as AlertDialog from '@radix-ui/react-alert-dialog';
import type { ReactNode } from 'react';
import { errorMessage } from '../../api/errors.ts';
import { Alert } from './alert.tsx';
import { Button } from './button.tsx';
import { overlayClass, panelClass } from './dialog.tsx';

export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  /** extra controls, e.g. "Also delete the file" */
  children?: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  pending?: boolean;
  error?: unknown;
  destructive?: boolean;
}

/** Asks before an irreversible action; stays open (showing the error) if it fails. */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  confirmLabel,
  onConfirm,
  pending = false,
  error,
  destructive = true,
}: ConfirmDialogProps) {
  return (
    <AlertDialog.Root open={open} onOpenChange={(next) => !pending && onOpenChange(next)}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className={overlayClass} />
        <AlertDialog.Content className={`${panelClass} max-w-md gap-4 p-5`}>
          <AlertDialog.Title className="text-base font-semibold break-words">
            {title}
          </AlertDialog.Title>
          <AlertDialog.Description className="text-sm text-zinc-600 dark:text-zinc-400">
            {description ?? 'This cannot be undone.'}
          </AlertDialog.Description>
          {children}
          {error ? <Alert tone="error">{errorMessage(error)}</Alert> : null}
          <div className="flex justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <Button disabled={pending}>Cancel</Button>
            </AlertDialog.Cancel>
            {/* not AlertDialog.Action: that would close the dialog before the request ends */}
            <Button
              variant={destructive ? 'danger' : 'primary'}
              pending={pending}
              onClick={onConfirm}
            >
              {confirmLabel}
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
