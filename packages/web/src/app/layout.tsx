import { clsx } from 'clsx';
import { Flame, Moon, Sun } from 'lucide-react';
import { NavLink, Outlet } from 'react-router';
import { Toaster } from 'sonner';
import { useLiveUpdates } from '../api/live.ts';
import type { StreamStatus } from '../api/sse.ts';
import { SimulatorBanner } from './simulator-banner.tsx';
import { useTheme } from './theme.ts';
import { TokenPrompt } from './token-prompt.tsx';

const nav = [
  { to: '/', label: 'VMs', end: true },
  { to: '/hosts', label: 'Hosts', end: false },
  { to: '/images', label: 'Images', end: false },
];

function LiveIndicator({ status }: { status: StreamStatus }) {
  const live = status === 'open';
  return (
    <span
      className="hidden items-center gap-1.5 text-xs text-zinc-500 sm:flex dark:text-zinc-400"
      title={live ? 'Receiving live updates' : 'Live updates unavailable; refreshing every 3 s'}
    >
      <span
        aria-hidden
        className={clsx('size-2 rounded-full', live ? 'bg-emerald-500' : 'bg-amber-500')}
      />
      {live ? 'Live' : 'Polling'}
    </span>
  );
}

export function Layout() {
  const status = useLiveUpdates();
  const { theme, toggle } = useTheme();
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-sm dark:focus:bg-zinc-900"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-30 border-b border-zinc-200 bg-white/85 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/85">
        <div className="mx-auto flex h-14 max-w-7xl items-center gap-3 px-4 sm:gap-6 sm:px-6">
          <NavLink to="/" className="flex items-center gap-2 font-semibold tracking-tight">
            <Flame aria-hidden className="size-5 text-orange-600" />
            <span>Hearth</span>
          </NavLink>
          <nav aria-label="Main" className="flex min-w-0 items-center gap-1">
            {nav.map((item) => (
              <NavLink
                key={item.to}
                to={item.to}
                end={item.end}
                className={({ isActive }) =>
                  clsx(
                    'rounded-md px-2.5 py-1.5 text-sm font-medium transition-colors',
                    isActive
                      ? 'bg-zinc-100 text-zinc-900 dark:bg-zinc-800 dark:text-zinc-100'
                      : 'text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100',
                  )
                }
              >
                {item.label}
              </NavLink>
            ))}
          </nav>
          <div className="ml-auto flex items-center gap-3">
            <LiveIndicator status={status} />
            <button
              type="button"
              onClick={toggle}
              aria-label="Toggle theme"
              title={theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
              className="rounded-md p-2 text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
            >
              {theme === 'dark' ? (
                <Sun aria-hidden className="size-4" />
              ) : (
                <Moon aria-hidden className="size-4" />
              )}
            </button>
          </div>
        </div>
      </header>
      <SimulatorBanner />
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 sm:px-6 sm:py-8">
        <Outlet />
      </main>
      <TokenPrompt />
      <Toaster theme={theme} position="bottom-right" richColors closeButton />
    </div>
  );
}
