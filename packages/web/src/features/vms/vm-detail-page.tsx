import type { VmDetail as VmDetailData } from '@hearth/api';
import { useQuery } from '@tanstack/react-query';
import { ArrowLeft } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../api/errors.ts';
import { vmQuery } from '../../api/queries/vms.ts';
import { Button } from '../../components/ui/button.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '../../components/ui/tabs.tsx';
import { DrivesTab } from '../drives/drives-tab.tsx';
import { EventsTab } from '../events/events-tab.tsx';
import { NicsTab } from '../nics/nics-tab.tsx';
import { DeleteVmDialog } from './delete-vm-dialog.tsx';
import { LastErrorAlert } from './last-error-alert.tsx';
import { StateBadge } from './state-badge.tsx';
import { useVmActions } from './use-vm-actions.ts';
import { VmSummary } from './vm-summary.tsx';

// xterm.js is the largest dependency: load it only when the Console tab opens
const ConsoleTab = lazy(() => import('../console/console-tab.tsx'));

const TABS = ['drives', 'nics', 'events', 'console'] as const;
type Tab = (typeof TABS)[number];

const backLink = (
  <Link
    to="/"
    className="inline-flex items-center gap-1 text-sm text-zinc-500 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100"
  >
    <ArrowLeft aria-hidden className="size-4" />
    Virtual machines
  </Link>
);

export function VmDetailPage() {
  const { id = '' } = useParams();
  const vm = useQuery(vmQuery(id));

  if (vm.isPending) return <LoadingState label="Loading VM…" />;
  if (vm.isError) {
    if (isApiError(vm.error) && (vm.error.code === 'VM_NOT_FOUND' || vm.error.status === 400)) {
      return (
        <EmptyState
          title="VM not found"
          description="It may have been deleted."
          action={backLink}
        />
      );
    }
    return (
      <ErrorState title="Could not load the VM" error={vm.error} onRetry={() => vm.refetch()} />
    );
  }
  return <VmDetail vm={vm.data} />;
}

/**
 * What the user last asked for, when the observed state differs from it and no transition is
 * under way: e.g. a VM in `error` that the reconciler will restart (restart policy), or one
 * whose VMM it still has to stop.
 */
function DesiredStateHint({ vm }: { vm: VmDetailData }) {
  const settled = vm.state === 'running' || vm.state === 'stopped' || vm.state === 'error';
  const observed = vm.state === 'running' ? 'running' : 'stopped';
  if (!settled || observed === vm.desired_state) return null;
  return (
    <span className="text-sm text-zinc-500 dark:text-zinc-400" title="desired_state">
      asked to be {vm.desired_state}
    </span>
  );
}

function VmDetail({ vm }: { vm: VmDetailData }) {
  const actions = useVmActions(vm);
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((t) => t === params.get('tab')) ?? 'drives';

  return (
    <div className="space-y-6">
      <div className="space-y-3">
        {backLink}
        <PageHeader
          title={vm.name}
          actions={
            <>
              <Button
                disabled={!actions.can.start}
                pending={actions.pendingAction === 'start'}
                onClick={() => actions.run('start')}
              >
                Start
              </Button>
              <Button
                disabled={!actions.can.stop}
                pending={actions.pendingAction === 'stop'}
                onClick={() => actions.run('stop')}
              >
                Stop
              </Button>
              <Button
                disabled={!actions.can.restart}
                pending={actions.pendingAction === 'restart'}
                onClick={() => actions.run('restart')}
              >
                Restart
              </Button>
              <Button
                variant="danger-outline"
                disabled={!actions.can.delete}
                onClick={() => setConfirming(true)}
              >
                Delete
              </Button>
            </>
          }
        >
          <div className="flex items-center gap-2 pt-1">
            <StateBadge state={vm.state} />
            <DesiredStateHint vm={vm} />
          </div>
        </PageHeader>
      </div>

      {vm.last_error ? <LastErrorAlert error={vm.last_error} /> : null}
      <VmSummary vm={vm} />

      <Tabs
        value={tab}
        onValueChange={(next) =>
          setParams(
            (prev) => {
              const p = new URLSearchParams(prev);
              p.set('tab', next);
              return p;
            },
            { replace: true },
          )
        }
      >
        <TabsList aria-label="VM sections">
          <TabsTrigger value="drives">Drives</TabsTrigger>
          <TabsTrigger value="nics">NICs</TabsTrigger>
          <TabsTrigger value="events">Events</TabsTrigger>
          <TabsTrigger value="console">Console</TabsTrigger>
        </TabsList>
        <TabsContent value="drives">
          <DrivesTab vm={vm} actions={actions} />
        </TabsContent>
        <TabsContent value="nics">
          <NicsTab vm={vm} actions={actions} />
        </TabsContent>
        <TabsContent value="events">
          <EventsTab vmId={vm.id} />
        </TabsContent>
        <TabsContent value="console">
          <Suspense fallback={<LoadingState label="Loading console…" />}>
            <ConsoleTab vm={vm} />
          </Suspense>
        </TabsContent>
      </Tabs>

      <DeleteVmDialog
        name={vm.name}
        open={confirming}
        onOpenChange={setConfirming}
        pending={actions.pendingAction === 'delete'}
        onConfirm={() =>
          actions.destroy(() => {
            setConfirming(false);
            navigate('/');
          })
        }
      />
    </div>
  );
}
