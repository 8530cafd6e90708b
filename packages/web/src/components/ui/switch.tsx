import { clsx } from 'clsx';
import type { ButtonHTMLAttributes } from 'react';

/** An on/off control (role switch), named by aria-label or a <label htmlFor>. */
export function Switch({
  checked,
  onCheckedChange,
  className,
  ...rest
}: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onChange'> & {
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
}) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      onClick={() => onCheckedChange(!checked)}
      className={clsx(
        'relative inline-flex h-5 w-9 shrink-0 items-center rounded-full transition-colors disabled:opacity-50',
        checked ? 'bg-orange-500' : 'bg-zinc-300 dark:bg-zinc-700',
        className,
      )}
      {...rest}
    >
      <span
        aria-hidden
        className={clsx(
          'inline-block size-4 rounded-full bg-white shadow transition-transform',
          checked ? 'translate-x-4.5' : 'translate-x-0.5',
        )}
      />
    </button>
  );
}
