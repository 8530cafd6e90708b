// A hover and focus hint (Radix Tooltip). A disabled button gets no pointer or focus events,
// so the trigger is a focusable wrapper around it: the reason a button is disabled can still
// be read with the mouse and the keyboard.
import * as RadixTooltip from '@radix-ui/react-tooltip';
import type { ReactNode } from 'react';

export function Tooltip({ content, children }: { content: ReactNode; children: ReactNode }) {
  if (!content) return <>{children}</>;
  return (
    <RadixTooltip.Provider delayDuration={200}>
      <RadixTooltip.Root>
        <RadixTooltip.Trigger asChild>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the focusable wrapper of a disabled button */}
          <span tabIndex={0} className="inline-flex rounded-md">
            {children}
          </span>
        </RadixTooltip.Trigger>
        <RadixTooltip.Portal>
          <RadixTooltip.Content
            side="top"
            sideOffset={4}
            className="z-50 max-w-xs rounded-md bg-zinc-900 px-2.5 py-1.5 text-xs text-white shadow-md dark:bg-zinc-100 dark:text-zinc-900"
          >
            {content}
            <RadixTooltip.Arrow className="fill-zinc-900 dark:fill-zinc-100" />
          </RadixTooltip.Content>
        </RadixTooltip.Portal>
      </RadixTooltip.Root>
    </RadixTooltip.Provider>
  );
}
