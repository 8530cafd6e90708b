// The shell both device editors (drives, NICs) share: a dialog whose Save submits the form
// inside it, that cannot be closed while the request runs, and that forgets the last error
// when closed, so reopening it starts clean.
import type { ReactNode } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';

export function EditorDialog({
  open,
  title,
  formId,
  pending,
  onOpenChange,
  onReset,
  children,
}: {
  open: boolean;
  title: string;
  /** the id of the <form> the Save button submits */
  formId: string;
  pending: boolean;
  onOpenChange: (open: boolean) => void;
  /** clears the mutations' state (their error) */
  onReset: () => void;
  /** rendered only while open, so each opening mounts a fresh form */
  children: ReactNode;
}) {
  const close = (next: boolean) => {
    if (pending) return;
    if (!next) onReset();
    onOpenChange(next);
  };
  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title={title}
      footer={
        <>
          <Button onClick={() => close(false)} disabled={pending}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" form={formId} pending={pending}>
            Save
          </Button>
        </>
      }
    >
      {open ? children : null}
    </Dialog>
  );
}
