import { useQuery } from '@tanstack/react-query';
import { HardDrive } from 'lucide-react';
import { Link } from 'react-router';
import { type HostItem, hostCapabilities, hostsQuery } from '../../api/queries/hosts.ts';
import { Badge } from '../../components/ui/badge.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { Table, TBody, Td, THead, Th, Tr } from '../../components/ui/table.tsx';
import { formatBytes, formatDateTime } from '../../lib/format.ts';
import { freeText, ProvisionedBar, provisionedText } from './storage-summary.tsx';

function StorageCells({ host }: { host: HostItem }) {
  const summary = host.storage;
  if (!summary) {
    // an older manager: only the agent's free-space report
    const free = formatBytes(hostCapabilities(host).storageFreeBytes);
    return (
      <>
        <Td className="text-right tabular-nums">{free}</Td>
        <Td className="text-right text-zinc-400">—</Td>
        <Td className="text-right text-zinc-400">—</Td>
      </>
    );
  }
  return (
    <>
      <Td className="text-right tabular-nums" title="free of capacity">
        {freeText(summary)}
      </Td>
      <Td className="text-right tabular-nums">
        <div title={`capacity × overcommit ${summary.overcommit}`}>{provisionedText(summary)}</div>
        <div className="flex items-center justify-end gap-1.5 text-xs text-zinc-500 dark:text-zinc-400">
          overcommit {summary.overcommit}×
          <ProvisionedBar summary={summary} />
        </div>
      </Td>
      <Td className="text-right tabular-nums">{formatBytes(summary.allocated_bytes)}</Td>
    </>
  );
}

function FirecrackerCell({ host }: { host: HostItem }) {
  const fc = hostCapabilities(host).firecracker;
  if (!fc) return <span className="text-red-600 dark:text-red-400">not found</span>;
  if (fc.simulator) return <Badge tone="amber">simulator</Badge>;
  return (
    <span className="font-mono text-xs" title={fc.path}>
      {fc.version || fc.error || 'unknown'}
    </span>
  );
}

export function HostsPage() {
  const hosts = useQuery(hostsQuery());
  return (
    <div className="space-y-5">
      <PageHeader
        title="Hosts"
        description="Agents that run Firecracker; each registers and sends heartbeats."
      />
      {hosts.isPending ? (
        <LoadingState label="Loading hosts…" />
      ) : hosts.isError ? (
        <ErrorState
          title="Could not load hosts"
          error={hosts.error}
          onRetry={() => hosts.refetch()}
        />
      ) : hosts.data.length === 0 ? (
        <EmptyState
          title="No hosts registered"
          description="Start an agent with the manager's join token to add one."
        />
      ) : (
        <Table>
          <THead>
            <tr>
              <Th>Name</Th>
              <Th>Health</Th>
              <Th>Firecracker</Th>
              <Th>KVM</Th>
              <Th className="text-right">CPUs</Th>
              <Th className="text-right">Memory</Th>
              <Th className="text-right">Free disk</Th>
              <Th className="text-right">Provisioned</Th>
              <Th className="text-right">Allocated</Th>
              <Th className="text-right">VMs</Th>
              <Th>Last seen</Th>
              <Th>
                <span className="sr-only">Storage</span>
              </Th>
            </tr>
          </THead>
          <TBody>
            {hosts.data.map((host) => {
              const caps = hostCapabilities(host);
              return (
                <Tr key={host.id}>
                  <Td>
                    <div className="font-medium">{host.name}</div>
                    <div className="font-mono text-xs text-zinc-500 dark:text-zinc-400">
                      {host.addr}
                    </div>
                  </Td>
                  <Td>
                    <Badge tone={host.healthy ? 'green' : 'red'} dot>
                      {host.healthy ? 'healthy' : 'stale'}
                    </Badge>
                  </Td>
                  <Td>
                    <FirecrackerCell host={host} />
                  </Td>
                  <Td title={caps.kvm?.reason}>
                    {caps.kvm ? (caps.kvm.usable ? 'yes' : 'no') : '—'}
                  </Td>
                  <Td className="text-right tabular-nums">{caps.cpus ?? '—'}</Td>
                  <Td className="text-right tabular-nums">{formatBytes(caps.memoryBytes)}</Td>
                  <StorageCells host={host} />
                  <Td className="text-right tabular-nums">{host.vm_count}</Td>
                  <Td className="text-zinc-600 dark:text-zinc-400">
                    {formatDateTime(host.last_seen_at)}
                  </Td>
                  <Td>
                    <Link
                      to={`/hosts/${host.id}/storage`}
                      aria-label={`Storage of ${host.name}`}
                      className="inline-flex items-center gap-1 text-sm font-medium text-orange-600 hover:underline dark:text-orange-400"
                    >
                      <HardDrive aria-hidden className="size-4" />
                      Storage
                    </Link>
                  </Td>
                </Tr>
              );
            })}
          </TBody>
        </Table>
      )}
    </div>
  );
}
