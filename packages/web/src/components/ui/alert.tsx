import { clsx } from 'clsx';
import { CircleAlert, Info, TriangleAlert } from 'lucide-react';
import type { ReactNode } from 'react';

type Tone = 'info' | 'warn' | 'error';

const styles: Record<Tone, string> = {
  info: 'border-sky-200 bg-sky-50 text-sky-900 dark:border-sky-900 dark:bg-sky-950/60 dark:text-sky-100',
  warn: 'border-amber-200 bg-amber-50 text-amber-900 dark:border-amber-900 dark:bg-amber-950/60 dark:text-amber-100',
  error:
    'border-red-200 bg-red-50 text-red-900 dark:border-red-900 dark:bg-red-950/60 dark:text-red-100',
};
const icons = { info: Info, warn: TriangleAlert, error: CircleAlert };

/** A message box; errors are announced (role alert), other tones are plain notes. */
export function Alert({
  tone = 'info',
  title,
  children,
  className,
  role,
}: {
  tone?: Tone;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
  role?: 'alert' | 'status' | 'note';
}) {
  const Icon = icons[tone];
  return (
    <div
      role={role ?? (tone === 'error' ? 'alert' : 'note')}
      className={clsx('flex gap-3 rounded-lg border px-3.5 py-3 text-sm', styles[tone], className)}
    >
      <Icon aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0 space-y-1">
        {title ? <p className="font-medium">{title}</p> : null}
        {children ? <div className="break-words opacity-90">{children}</div> : null}
      </div>
    </div>
  );
}
