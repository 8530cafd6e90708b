// Light/dark: follows the system until the operator picks one with the toggle; the choice
// is kept in localStorage. Tailwind's `dark:` variant keys on the `dark` class of <html>.
import { useEffect, useSyncExternalStore } from 'react';

type Theme = 'light' | 'dark';
const STORAGE_KEY = 'hearth.theme';
const media = () => window.matchMedia('(prefers-color-scheme: dark)');

function stored(): Theme | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

const listeners = new Set<() => void>();
const current = (): Theme => stored() ?? (media().matches ? 'dark' : 'light');

export function applyTheme(): void {
  document.documentElement.classList.toggle('dark', current() === 'dark');
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const m = media();
  m.addEventListener('change', listener);
  return () => {
    listeners.delete(listener);
    m.removeEventListener('change', listener);
  };
}

export function useTheme(): { theme: Theme; toggle: () => void } {
  const theme = useSyncExternalStore(subscribe, current);
  useEffect(() => {
    document.documentElement.classList.toggle('dark', theme === 'dark');
  }, [theme]);
  return {
    theme,
    toggle: () => {
      try {
        localStorage.setItem(STORAGE_KEY, theme === 'dark' ? 'light' : 'dark');
      } catch {
        // storage disabled: the toggle then does nothing lasting
      }
      for (const listener of listeners) listener();
    },
  };
}
