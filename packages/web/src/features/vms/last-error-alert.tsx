import type { VmDetail } from '@hearth/api';
import { Alert } from '../../components/ui/alert.tsx';
import { formatDateTime } from '../../lib/format.ts';

/** Why the last transition failed: the message, the launch step and Firecracker's own words. */
export function LastErrorAlert({ error }: { error: NonNullable<VmDetail['last_error']> }) {
  return (
    <Alert tone="error" title={error.message}>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
        {error.step ? (
          <>
            <dt className="font-medium">Failed step</dt>
            <dd className="font-mono">{error.step}</dd>
          </>
        ) : null}
        {error.firecracker_fault ? (
          <>
            <dt className="font-medium">Firecracker</dt>
            <dd className="font-mono break-all">{error.firecracker_fault}</dd>
          </>
        ) : null}
        {error.drive_id ? (
          <>
            <dt className="font-medium">Drive</dt>
            <dd className="font-mono">{error.drive_id}</dd>
          </>
        ) : null}
        <dt className="font-medium">Code</dt>
        <dd className="font-mono">{error.code}</dd>
        <dt className="font-medium">At</dt>
        <dd>{formatDateTime(error.at)}</dd>
      </dl>
    </Alert>
  );
}
