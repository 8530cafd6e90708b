import { useQuery } from '@tanstack/react-query';
import { Plus } from 'lucide-react';
import { useMemo, useState } from 'react';
import { hostsQuery } from '../../api/queries/hosts.ts';
import { imagesQuery } from '../../api/queries/images.ts';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { Table, TBody, Td, THead, Th, Tr } from '../../components/ui/table.tsx';
import { formatBytes, formatDateTime } from '../../lib/format.ts';
import { RegisterImageDialog } from './register-image-dialog.tsx';

export function ImagesPage() {
  const images = useQuery(imagesQuery());
  const hosts = useQuery(hostsQuery());
  const hostNames = useMemo(
    () => new Map((hosts.data ?? []).map((h) => [h.id, h.name])),
    [hosts.data],
  );
  const [registering, setRegistering] = useState(false);
  const register = (
    <Button variant="primary" onClick={() => setRegistering(true)}>
      <Plus aria-hidden />
      Register image
    </Button>
  );
  return (
    <div className="space-y-5">
      <PageHeader
        title="Images"
        description="Kernels and root filesystems VMs are created from."
        actions={register}
      />
      {images.isPending ? (
        <LoadingState label="Loading images…" />
      ) : images.isError ? (
        <ErrorState
          title="Could not load images"
          error={images.error}
          onRetry={() => images.refetch()}
        />
      ) : images.data.length === 0 ? (
        <EmptyState
          title="No images registered"
          description="Register a kernel and a rootfs file that exist on a host."
          action={register}
        />
      ) : (
        <Table>
          <THead>
            <tr>
              <Th>Kind</Th>
              <Th>Name</Th>
              <Th>Path</Th>
              <Th className="text-right">Size</Th>
              <Th>Host</Th>
              <Th>Registered</Th>
            </tr>
          </THead>
          <TBody>
            {images.data.map((image) => (
              <Tr key={image.id}>
                <Td>
                  <Badge tone={image.kind === 'kernel' ? 'blue' : 'orange'}>{image.kind}</Badge>
                </Td>
                <Td className="font-medium">{image.name}</Td>
                <Td className="max-w-96 truncate font-mono text-xs" title={image.path}>
                  {image.path}
                </Td>
                <Td className="text-right tabular-nums">{formatBytes(image.size_bytes)}</Td>
                <Td className="text-zinc-600 dark:text-zinc-400">
                  {hostNames.get(image.host_id) ?? '—'}
                </Td>
                <Td className="text-zinc-600 dark:text-zinc-400">
                  {formatDateTime(image.created_at)}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      <RegisterImageDialog open={registering} onOpenChange={setRegistering} />
    </div>
  );
}
