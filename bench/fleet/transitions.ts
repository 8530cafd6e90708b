// "No VM saw two concurrent transitions", checked two ways after a fleet run:
//   1. the database: an audit trigger the bench installs on `vm` (in its own throwaway
//      database) records every change of state or transition_owner, in commit order per row
//      (the row lock orders them). A transition opens when the state becomes starting,
//      stopping or deleting and closes when it leaves them; a second owner entering a
//      transitional state while one is open is an overlap (a takeover, which only a dead
//      owner may suffer: the bench kills no manager, so every takeover is a finding).
//   2. the hosts: every launch and stop an agent served for a VM, as an interval from its
//      request log (incoming request .. request completed). Two intervals of one VM that
//      overlap mean the VMM was driven by two transitions at once, whatever the rows say
//      (e.g. a reconciler correction made outside the per-VM lock).
// Both checks are pure functions over rows, so selfCheck() can prove they fail on a
// synthetic overlap before the bench trusts a "none found".

export const TRANSITIONAL = new Set(['starting', 'stopping', 'deleting']);

/** The audit table and trigger, installed by the bench into its own database. */
export const AUDIT_SQL = [
  `CREATE TABLE fleet_bench_vm_audit (
     seq        bigserial PRIMARY KEY,
     vm_id      uuid NOT NULL,
     old_state  text,
     new_state  text NOT NULL,
     old_owner  text,
     new_owner  text,
     at         timestamptz NOT NULL DEFAULT clock_timestamp()
   )`,
  `CREATE FUNCTION fleet_bench_vm_audit() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP = 'INSERT' THEN
       INSERT INTO fleet_bench_vm_audit (vm_id, new_state, new_owner)
         VALUES (NEW.id, NEW.state, NEW.transition_owner);
     ELSIF OLD.state IS DISTINCT FROM NEW.state
        OR OLD.transition_owner IS DISTINCT FROM NEW.transition_owner THEN
       INSERT INTO fleet_bench_vm_audit (vm_id, old_state, new_state, old_owner, new_owner)
         VALUES (NEW.id, OLD.state, NEW.state, OLD.transition_owner, NEW.transition_owner);
     END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER fleet_bench_vm_audit AFTER INSERT OR UPDATE ON vm
     FOR EACH ROW EXECUTE FUNCTION fleet_bench_vm_audit()`,
];

export interface AuditRow {
  seq: number;
  vm_id: string;
  old_state: string | null;
  new_state: string;
  old_owner: string | null;
  new_owner: string | null;
}

export interface RowOverlap {
  vm_id: string;
  /** the audit row that opened the transition still open */
  open: AuditRow;
  /** the audit row where another owner began a transition */
  second: AuditRow;
}

/** Transitions of one VM that overlap in the database's history (rows in any order). */
export function rowOverlaps(rows: AuditRow[]): RowOverlap[] {
  const byVm = new Map<string, AuditRow[]>();
  for (const row of rows) {
    const list = byVm.get(row.vm_id) ?? [];
    list.push(row);
    byVm.set(row.vm_id, list);
  }
  const found: RowOverlap[] = [];
  for (const [vmId, list] of byVm) {
    list.sort((a, b) => a.seq - b.seq);
    let open: AuditRow | null = null;
    for (const row of list) {
      if (!TRANSITIONAL.has(row.new_state)) {
        open = null;
        continue;
      }
      if (open === null) {
        open = row;
      } else if (row.new_owner !== open.new_owner) {
        // a restart's stopping -> starting keeps its owner; anything else is a second transition
        found.push({ vm_id: vmId, open, second: row });
        open = row;
      }
    }
  }
  return found;
}

/** An agent-side call that drives a VM's VMM: launch or stop, from the agent's request log. */
export interface HostCall {
  vm_id: string;
  kind: 'launch' | 'stop';
  host: string;
  /** epoch ms: request received, response sent */
  start: number;
  end: number;
}

export interface CallOverlap {
  vm_id: string;
  first: HostCall;
  second: HostCall;
}

/** Launches and stops of one VM that were in flight at the same time on its host. */
export function callOverlaps(calls: HostCall[]): CallOverlap[] {
  const byVm = new Map<string, HostCall[]>();
  for (const call of calls) {
    const list = byVm.get(call.vm_id) ?? [];
    list.push(call);
    byVm.set(call.vm_id, list);
  }
  const found: CallOverlap[] = [];
  for (const [vmId, list] of byVm) {
    list.sort((a, b) => a.start - b.start || a.end - b.end);
    let latest: HostCall | null = null;
    for (const call of list) {
      if (latest && call.start < latest.end)
        found.push({ vm_id: vmId, first: latest, second: call });
      if (!latest || call.end > latest.end) latest = call;
    }
  }
  return found;
}

/**
 * The checks above, run on synthetic histories: each must find the overlap planted in it and
 * nothing in its clean twin. Throws when a check could not fail.
 */
export function selfCheck(): void {
  const vm = '00000000-0000-4000-8000-000000000001';
  const row = (seq: number, from: string | null, to: string, owner: string | null): AuditRow => ({
    seq,
    vm_id: vm,
    old_state: from,
    new_state: to,
    old_owner: null,
    new_owner: owner,
  });
  const clean = [
    row(1, null, 'created', null),
    row(2, 'created', 'starting', 'A'),
    row(3, 'starting', 'running', null),
    row(4, 'running', 'stopping', 'B'),
    // a restart: stopping -> starting under the same owner is one transition
    row(5, 'stopping', 'starting', 'B'),
    row(6, 'starting', 'running', null),
  ];
  const overlapping = [
    row(1, null, 'created', null),
    row(2, 'created', 'starting', 'A'),
    // B takes the VM over while A's start is open (A alive: two transitions at once)
    row(3, 'starting', 'stopping', 'B'),
    row(4, 'stopping', 'stopped', null),
  ];
  const call = (kind: HostCall['kind'], start: number, end: number): HostCall => ({
    vm_id: vm,
    kind,
    host: 'h',
    start,
    end,
  });
  const cleanCalls = [call('launch', 0, 100), call('stop', 100, 150), call('launch', 200, 300)];
  const overlappingCalls = [call('launch', 0, 100), call('stop', 400, 450), call('stop', 50, 60)];
  const problems = [
    rowOverlaps(clean).length === 0 ? null : 'row check flags a clean history',
    rowOverlaps(overlapping).length === 1 ? null : 'row check misses a takeover',
    callOverlaps(cleanCalls).length === 0 ? null : 'host check flags back-to-back calls',
    callOverlaps(overlappingCalls).length === 1 ? null : 'host check misses a stop inside a launch',
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(`transition checks are broken: ${problems.join('; ')}`);
}
