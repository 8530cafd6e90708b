import type { EventLevel, VmEvent } from '@hearth/api';
import { useQuery } from '@tanstack/react-query';
import { clsx } from 'clsx';
import { CircleCheck, CircleX, Info, TriangleAlert } from 'lucide-react';
import { launchSteps, vmEventsQuery } from '../../api/queries/events.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { formatEventTime } from '../../lib/format.ts';

const levelStyle: Record<EventLevel, { icon: typeof Info; className: string; label: string }> = {
  info: { icon: Info, className: 'text-sky-600 dark:text-sky-400', label: 'Info' },
  warn: { icon: TriangleAlert, className: 'text-amber-600 dark:text-amber-400', label: 'Warning' },
  error: { icon: CircleX, className: 'text-red-600 dark:text-red-400', label: 'Error' },
};

const str = (v: unknown) => (typeof v === 'string' && v ? v : null);

function LaunchSteps({ event }: { event: VmEvent }) {
  const steps = launchSteps(event);
  if (steps.length === 0) return null;
  const total = steps.reduce((sum, s) => sum + s.duration_ms, 0);
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="text-xs">
        <caption className="pb-1 text-left text-zinc-500 dark:text-zinc-400">
          Launch steps · {Math.round(total * 10) / 10} ms total
        </caption>
        <tbody>
          {steps.map((step) => (
            <tr key={step.name}>
              <td className="py-0.5 pr-2">
                {step.ok ? (
                  <CircleCheck
                    aria-label="ok"
                    className="size-3.5 text-emerald-600 dark:text-emerald-400"
                  />
                ) : (
                  <CircleX
                    aria-label="failed"
                    className="size-3.5 text-red-600 dark:text-red-400"
                  />
                )}
              </td>
              <td className="py-0.5 pr-4 font-mono">{step.name}</td>
              <td className="py-0.5 text-right font-mono tabular-nums">{step.duration_ms} ms</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Failure({ event }: { event: VmEvent }) {
  const step = str(event.data.step);
  const fault = str(event.data.firecracker_fault);
  if (!step && !fault) return null;
  return (
    <dl className="mt-1.5 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
      {step ? (
        <>
          <dt className="text-zinc-500 dark:text-zinc-400">Failed step</dt>
          <dd className="font-mono">{step}</dd>
        </>
      ) : null}
      {fault ? (
        <>
          <dt className="text-zinc-500 dark:text-zinc-400">Firecracker</dt>
          <dd className="font-mono break-all">{fault}</dd>
        </>
      ) : null}
    </dl>
  );
}

export function EventsTab({ vmId }: { vmId: string }) {
  const events = useQuery(vmEventsQuery(vmId));
  if (events.isPending) return <LoadingState label="Loading events…" />;
  if (events.isError) {
    return (
      <ErrorState
        title="Could not load events"
        error={events.error}
        onRetry={() => events.refetch()}
      />
    );
  }
  if (events.data.length === 0) return <EmptyState title="No events yet" />;
  return (
    <ol aria-label="Events, newest first" className="relative space-y-0">
      {events.data.map((event, i) => {
        const { icon: Icon, className, label } = levelStyle[event.level];
        return (
          <li key={event.id} className="relative flex gap-3 pb-5">
            {i < events.data.length - 1 ? (
              <span
                aria-hidden
                className="absolute top-6 bottom-0 left-[9px] w-px bg-zinc-200 dark:bg-zinc-800"
              />
            ) : null}
            <Icon
              aria-label={label}
              className={clsx('relative mt-0.5 size-[18px] shrink-0', className)}
            />
            <div className="min-w-0 flex-1">
              <div className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5">
                <p
                  className={clsx(
                    'text-sm font-medium break-words',
                    event.level === 'error' && 'text-red-700 dark:text-red-300',
                  )}
                >
                  {event.message}
                </p>
                <time
                  dateTime={event.at}
                  className="text-xs text-zinc-500 tabular-nums dark:text-zinc-400"
                >
                  {formatEventTime(event.at)}
                </time>
              </div>
              <LaunchSteps event={event} />
              {event.level !== 'info' ? <Failure event={event} /> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
