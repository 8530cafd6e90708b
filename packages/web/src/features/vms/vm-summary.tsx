import type { VmDetail } from '@hearth/api';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { imagesQuery } from '../../api/queries/images.ts';
import { formatBytes, formatDateTime, formatMib } from '../../lib/format.ts';
import { Uptime } from './uptime.tsx';
import { MmdsSwitch } from './vm-mmds.tsx';

function Item({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'col-span-2 lg:col-span-4' : undefined}>
      <dt className="text-xs font-medium text-zinc-500 dark:text-zinc-400">{label}</dt>
      <dd className="mt-0.5 text-sm break-words">{children}</dd>
    </div>
  );
}

export function VmSummary({ vm }: { vm: VmDetail }) {
  const images = useQuery(imagesQuery());
  const imageName = (id: string) => images.data?.find((i) => i.id === id)?.name ?? id;
  return (
    <dl className="grid grid-cols-2 gap-x-6 gap-y-4 rounded-lg border border-zinc-200 bg-white p-4 lg:grid-cols-4 dark:border-zinc-800 dark:bg-zinc-900">
      <Item label="Host">
        <Link to="/hosts" className="hover:text-orange-600 hover:underline">
          {vm.host.name}
        </Link>
      </Item>
      <Item label="vCPU / memory">
        {vm.vcpu} vCPU · {formatMib(vm.mem_mib)}
      </Item>
      <Item label="Created">{formatDateTime(vm.created_at)}</Item>
      <Item label="Started">
        {vm.started_at ? (
          <>
            {formatDateTime(vm.started_at)}{' '}
            <span className="text-zinc-500 dark:text-zinc-400">
              (up <Uptime state={vm.state} startedAt={vm.started_at} />)
            </span>
          </>
        ) : (
          '—'
        )}
      </Item>
      <Item label="Restart policy">
        {vm.restart_policy.name === 'on-failure' ? (
          <>
            on failure, up to {vm.restart_policy.max_retries}×{' '}
            <span className="text-zinc-500 dark:text-zinc-400">({vm.restart_count} so far)</span>
          </>
        ) : (
          'never (no)'
        )}
      </Item>
      <Item label="Storage">
        <span className="tabular-nums">{formatBytes(vm.storage.provisioned_bytes)}</span>{' '}
        provisioned
        <span className="text-zinc-500 dark:text-zinc-400">
          {' '}
          · <span className="tabular-nums">{formatBytes(vm.storage.allocated_bytes)}</span>{' '}
          allocated
        </span>
      </Item>
      <Item label="Metadata (MMDS)">
        <MmdsSwitch vm={vm} />
      </Item>
      <Item label="Kernel image">{imageName(vm.kernel_image_id)}</Item>
      <Item label="Rootfs image">{imageName(vm.rootfs_image_id)}</Item>
      <Item label="ID">
        <span className="font-mono text-xs">{vm.id}</span>
      </Item>
      <Item label="Boot arguments" wide>
        <code className="font-mono text-xs">{vm.boot_args || '—'}</code>
      </Item>
    </dl>
  );
}
