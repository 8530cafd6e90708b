// The three states every page renders besides its data: loading, empty and error.
import { CircleAlert, Inbox } from 'lucide-react';
import type { ReactNode } from 'react';
import { errorMessage } from '../../api/errors.ts';
import { Button } from './button.tsx';
import { Spinner } from './spinner.tsx';

export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  return (
    <div
      role="status"
      className="flex items-center justify-center gap-2 py-16 text-sm text-zinc-500 dark:text-zinc-400"
    >
      <Spinner />
      {label}
    </div>
  );
}

export function EmptyState({
  title,
  description,
  action,
}: {
  title: string;
  description?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed border-zinc-300 px-6 py-14 text-center dark:border-zinc-700">
      <Inbox aria-hidden className="size-8 text-zinc-400 dark:text-zinc-500" />
      <p className="font-medium">{title}</p>
      {description ? (
        <p className="max-w-md text-sm text-zinc-500 dark:text-zinc-400">{description}</p>
      ) : null}
      {action ? <div className="mt-2">{action}</div> : null}
    </div>
  );
}

export function ErrorState({
  title = 'Something went wrong',
  error,
  onRetry,
}: {
  title?: string;
  error: unknown;
  onRetry?: () => void;
}) {
  return (
    <div
      role="alert"
      className="flex flex-col items-center gap-2 rounded-lg border border-red-200 bg-red-50/50 px-6 py-12 text-center dark:border-red-900/70 dark:bg-red-950/20"
    >
      <CircleAlert aria-hidden className="size-8 text-red-500" />
      <p className="font-medium">{title}</p>
      <p className="max-w-lg text-sm break-words text-zinc-600 dark:text-zinc-400">
        {errorMessage(error)}
      </p>
      {onRetry ? (
        <Button className="mt-2" onClick={onRetry}>
          Retry
        </Button>
      ) : null}
    </div>
  );
}
