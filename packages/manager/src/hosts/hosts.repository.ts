import type { Host } from '@hearth/api';
import { sql } from 'kysely';
import { type Db, iso, isoOrNull } from '../db/types.ts';

export interface HostRecord extends Host {
  agent_token: string;
}

export type HostRow = {
  id: string;
  name: string;
  addr: string;
  agent_token: string;
  capabilities: Record<string, unknown>;
  last_seen_at: Date | null;
  created_at: Date;
  healthy: boolean;
  vm_count: number | string;
};

export const toHost = (r: HostRow): HostRecord => ({
  id: r.id,
  name: r.name,
  addr: r.addr,
  agent_token: r.agent_token,
  capabilities: r.capabilities,
  healthy: r.healthy,
  vm_count: Number(r.vm_count),
  last_seen_at: isoOrNull(r.last_seen_at),
  created_at: iso(r.created_at),
});

/**
 * Healthiness is computed by the database clock so every replica agrees. `db` may also be an
 * expression builder, for a host read as a subquery of a larger statement (vm-bundle.ts).
 */
export function selectHosts(db: Pick<Db, 'selectFrom'>, staleSeconds: number) {
  return db
    .selectFrom('host')
    .selectAll('host')
    .select((eb) => [
      // fresh heartbeat and the manager's last call to the agent answered (host-reachability.ts)
      sql<boolean>`coalesce(last_seen_at > now() - make_interval(secs => ${staleSeconds}), false) and unreachable_since is null`.as(
        'healthy',
      ),
      eb
        .selectFrom('vm')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('vm.host_id', '=', 'host.id')
        .as('vm_count'),
    ]);
}

export async function listHosts(
  db: Db,
  staleSeconds: number,
  filter: { name?: string } = {},
): Promise<HostRecord[]> {
  let q = selectHosts(db, staleSeconds).orderBy('name');
  if (filter.name !== undefined) q = q.where('name', '=', filter.name);
  const rows = await q.execute();
  return rows.map((r) => toHost(r as unknown as HostRow));
}

export async function findHost(
  db: Db,
  id: string,
  staleSeconds: number,
): Promise<HostRecord | null> {
  const row = await selectHosts(db, staleSeconds).where('id', '=', id).executeTakeFirst();
  return row ? toHost(row as unknown as HostRow) : null;
}

/** The host registered under `name`, for what a re-registration changes. */
export async function findHostByName(
  db: Db,
  name: string,
): Promise<{ id: string; addr: string; capabilities: Record<string, unknown> } | null> {
  const row = await db
    .selectFrom('host')
    .select(['id', 'addr', 'capabilities'])
    .where('name', '=', name)
    .executeTakeFirst();
  return row ? { ...row, capabilities: row.capabilities as Record<string, unknown> } : null;
}

/** Registration is idempotent by name: an agent re-registering after a restart keeps its id. */
export async function upsertHost(
  db: Db,
  host: {
    id: string;
    name: string;
    addr: string;
    agent_token: string;
    capabilities: Record<string, unknown>;
  },
): Promise<string> {
  const row = await db
    .insertInto('host')
    .values({
      ...host,
      capabilities: JSON.stringify(host.capabilities),
      last_seen_at: sql`now()` as never,
    })
    .onConflict((oc) =>
      oc.column('name').doUpdateSet({
        addr: host.addr,
        agent_token: host.agent_token,
        capabilities: JSON.stringify(host.capabilities),
        last_seen_at: sql`now()` as never,
      }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * A heartbeat: moves last_seen_at and merges `updates` into the recorded capabilities (the
 * keys a heartbeat may change, host-facts.ts), in one statement so a registration running
 * meanwhile keeps every fact it wrote.
 */
export async function touchHost(
  db: Db,
  id: string,
  updates: Record<string, unknown> | undefined,
): Promise<boolean> {
  const merge = updates && Object.keys(updates).length > 0;
  const result = await db
    .updateTable('host')
    .set({
      last_seen_at: sql`now()` as never,
      ...(merge
        ? { capabilities: sql`capabilities || ${JSON.stringify(updates)}::jsonb` as never }
        : {}),
    })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Merges facts the manager measured itself through the host's agent (its own address and
 * token, so not a claim of some other host) into the host's capabilities. Unlike touchHost it
 * is not a sign of life: last_seen_at stays the heartbeat's.
 */
export async function recordMeasuredFacts(
  db: Db,
  id: string,
  facts: Record<string, unknown>,
): Promise<void> {
  await db
    .updateTable('host')
    .set({ capabilities: sql`capabilities || ${JSON.stringify(facts)}::jsonb` as never })
    .where('id', '=', id)
    .execute();
}
