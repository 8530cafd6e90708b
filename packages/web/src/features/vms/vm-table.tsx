import { Link } from 'react-router';
import type { VmListItem } from '../../api/queries/vms.ts';
import { Table, TBody, Td, THead, Th, Tr } from '../../components/ui/table.tsx';
import { formatMib } from '../../lib/format.ts';
import { StateBadge } from './state-badge.tsx';
import { Uptime } from './uptime.tsx';
import { VmRowActions } from './vm-row-actions.tsx';

export function VmTable({
  items,
  hostNames,
}: {
  items: VmListItem[];
  hostNames: Map<string, string>;
}) {
  return (
    <Table>
      <THead>
        <tr>
          <Th>Name</Th>
          <Th>State</Th>
          <Th>Host</Th>
          <Th className="text-right">vCPU</Th>
          <Th className="text-right">Memory</Th>
          <Th className="text-right">Drives</Th>
          <Th>Uptime</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </tr>
      </THead>
      <TBody>
        {items.map((vm) => (
          <Tr key={vm.id}>
            <Td className="font-medium">
              <Link
                to={`/vms/${vm.id}`}
                className="rounded-sm text-zinc-900 hover:text-orange-600 hover:underline dark:text-zinc-100 dark:hover:text-orange-400"
              >
                {vm.name}
              </Link>
            </Td>
            <Td>
              <StateBadge state={vm.state} />
            </Td>
            <Td className="text-zinc-600 dark:text-zinc-400">
              {hostNames.get(vm.host_id) ?? <span title={vm.host_id}>—</span>}
            </Td>
            <Td className="text-right tabular-nums">{vm.vcpu}</Td>
            <Td className="text-right tabular-nums">{formatMib(vm.mem_mib)}</Td>
            <Td className="text-right tabular-nums">{vm.drive_count ?? '—'}</Td>
            <Td className="text-zinc-600 tabular-nums dark:text-zinc-400">
              <Uptime state={vm.state} startedAt={vm.started_at} />
            </Td>
            <Td className="py-1.5">
              <VmRowActions vm={vm} />
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
