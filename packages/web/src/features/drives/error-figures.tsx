// The figures a storage refusal carries (507 INSUFFICIENT_STORAGE, 409 SHRINK_NOT_SUPPORTED),
// shown beside the server's own message so an operator sees why without reading logs.
import { isApiError } from '../../api/errors.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { formatBytes } from '../../lib/format.ts';

const FIGURES: [key: string, label: string, kind: 'bytes' | 'ratio'][] = [
  ['requested_bytes', 'Requested', 'bytes'],
  ['size_bytes', 'Requested size', 'bytes'],
  ['current_size_bytes', 'Current size', 'bytes'],
  ['provisioned_bytes', 'Provisioned on host', 'bytes'],
  ['limit_bytes', 'Host limit', 'bytes'],
  ['capacity_bytes', 'Host capacity', 'bytes'],
  ['overcommit', 'Overcommit', 'ratio'],
  ['available_bytes', 'Still available', 'bytes'],
  ['bytes_needed', 'Needed', 'bytes'],
  ['bytes_free', 'Free', 'bytes'],
];

function figures(details: Record<string, unknown>) {
  return FIGURES.flatMap(([key, label, kind]) => {
    const value = details[key];
    if (typeof value !== 'number') return [];
    const text = kind === 'ratio' ? `${value}×` : `${formatBytes(value)} (${value} bytes)`;
    return [{ key, label, text }];
  });
}

/** The error's message verbatim, and its figures when it has any. */
export function ErrorWithFigures({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const rows = isApiError(error) ? figures(error.details) : [];
  return (
    <Alert tone="error">
      <p>{message}</p>
      {rows.length > 0 ? (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-0.5 text-xs">
          {rows.map((r) => (
            <div key={r.key} className="contents">
              <dt className="font-medium">{r.label}</dt>
              <dd className="tabular-nums">{r.text}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </Alert>
  );
}
