// The one read placement makes: every host that holds a copy of both boot images (by kind and
// name), with its health, its copies of the images, the vCPUs and memory that VMs which
// run there, or are about to, reserve, and the bytes its drives are provisioned with. One statement however many hosts there are.
import type { Image } from '@hearth/api';
import { sql } from 'kysely';
import { jsonObjectFrom } from 'kysely/helpers/postgres';
import type { Db } from '../db/types.ts';
import { type HostRecord, type HostRow, selectHosts, toHost } from '../hosts/hosts.repository.ts';
import { toImage } from '../images/images.repository.ts';
import { provisionedBytesOfHost } from '../storage/storage.repository.ts';

export interface PlacementCandidate {
  host: HostRecord;
  kernel: Image;
  rootfs: Image;
  reserved: { vcpu: number; mem_mib: number };
  /** what the drives Hearth made on the host add up to (storage-limit.ts) */
  provisionedBytes: number;
}

type ImageRow = Parameters<typeof toImage>[0];

export async function placementCandidates(
  db: Db,
  kernelName: string,
  rootfsName: string,
  staleSeconds: number,
): Promise<PlacementCandidate[]> {
  const copy = (kind: Image['kind'], name: string) =>
    jsonObjectFrom(
      db
        .selectFrom('image')
        .selectAll()
        .where('image.kind', '=', kind)
        .where('image.name', '=', name)
        .where('image.host_id', '=', sql.ref<string>('host.id'))
        .limit(1),
    );
  const hosts = selectHosts(db, staleSeconds).select([
    copy('kernel', kernelName).as('kernel_json'),
    copy('rootfs', rootfsName).as('rootfs_json'),
    sql<number>`(select coalesce(sum(vcpu), 0)::int from vm where vm.host_id = host.id and vm.state in ('starting', 'running', 'stopping'))`.as(
      'reserved_vcpu',
    ),
    sql<number>`(select coalesce(sum(mem_mib), 0)::int from vm where vm.host_id = host.id and vm.state in ('starting', 'running', 'stopping'))`.as(
      'reserved_mem_mib',
    ),
    provisionedBytesOfHost('host.id').as('provisioned_bytes'),
  ]);
  const rows = await db
    .selectFrom(hosts.as('h'))
    .selectAll()
    .where('kernel_json', 'is not', null)
    .where('rootfs_json', 'is not', null)
    .orderBy('name')
    .execute();
  return rows.map(
    ({
      kernel_json,
      rootfs_json,
      reserved_vcpu,
      reserved_mem_mib,
      provisioned_bytes,
      ...host
    }) => ({
      host: toHost(host as unknown as HostRow),
      kernel: toImage(kernel_json as unknown as ImageRow),
      rootfs: toImage(rootfs_json as unknown as ImageRow),
      reserved: { vcpu: Number(reserved_vcpu), mem_mib: Number(reserved_mem_mib) },
      provisionedBytes: Number(provisioned_bytes),
    }),
  );
}
