import { useQuery } from '@tanstack/react-query';
import { FlaskConical } from 'lucide-react';
import { hostsQuery, usesSimulator } from '../api/queries/hosts.ts';

/** Says plainly when no real guest runs, on every page. */
export function SimulatorBanner() {
  const { data: hosts } = useQuery(hostsQuery());
  if (!hosts?.some(usesSimulator)) return null;
  return (
    <div
      role="status"
      className="flex items-center justify-center gap-2 border-b border-amber-200 bg-amber-50 px-4 py-2 text-center text-sm text-amber-900 dark:border-amber-900/60 dark:bg-amber-950/50 dark:text-amber-200"
    >
      <FlaskConical aria-hidden className="size-4 shrink-0" />
      <span>
        Simulator mode: this host runs Hearth's Firecracker simulator; no real guest runs.
      </span>
    </div>
  );
}
