// Which of a host's recorded facts may move with a heartbeat, and which only a registration
// may change. A heartbeat carries the join token only, which every agent of the cluster
// holds: were it allowed to rewrite a host's storage root, its VMM or its allowed paths, one
// host could turn off another's isolation checks or pass a simulator off as Firecracker. A
// registration is checked against the agent itself (its address and its own token).
import { isDeepStrictEqual } from 'node:util';

/** Free capacity, measured as it moves: what a heartbeat may update. */
export const HEARTBEAT_KEYS: ReadonlySet<string> = new Set([
  'storage_free_bytes',
  'storage_capacity_bytes',
]);

/**
 * Identity and safety facts: only a registration changes them, and the change is recorded as
 * a host event. Those the agent measures come from its own report, never from the body.
 */
export const PROTECTED_FACTS = [
  'hostname',
  'storage_root',
  'allowed_roots',
  'firecracker',
  'kvm',
  'vmm',
  'vmm_mode',
  'simulator',
  'cpus',
  'memory_bytes',
  'bridges',
  'agent_version',
  'demo_images',
] as const;

/** The facts the agent's own report holds, which a registration body cannot override. */
export const AGENT_REPORTED_FACTS = [
  'hostname',
  'storage_root',
  'allowed_roots',
  'firecracker',
  'kvm',
  'vmm',
  'cpus',
  'memory_bytes',
  'bridges',
  'agent_version',
  'demo_images',
] as const;

export interface HeartbeatClaims {
  /** keys a heartbeat may change, with their new values */
  updates: Record<string, unknown>;
  /** keys it claimed differently and may not change: recorded vs claimed */
  refused: Record<string, { recorded: unknown; claimed: unknown }>;
}

/** Splits a heartbeat's capabilities into what it may update and what it claimed in vain. */
export function judgeHeartbeat(
  recorded: Record<string, unknown>,
  claimed: Record<string, unknown> | undefined,
): HeartbeatClaims {
  const claims: HeartbeatClaims = { updates: {}, refused: {} };
  for (const [key, value] of Object.entries(claimed ?? {})) {
    if (HEARTBEAT_KEYS.has(key)) claims.updates[key] = value;
    else if (!isDeepStrictEqual(recorded[key], value)) {
      claims.refused[key] = { recorded: recorded[key] ?? null, claimed: value };
    }
  }
  return claims;
}

/** The identity and safety facts a re-registration changed: before and after. */
export function changedFacts(
  before: { addr: string; capabilities: Record<string, unknown> },
  after: { addr: string; capabilities: Record<string, unknown> },
): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  if (before.addr !== after.addr) changes.addr = { before: before.addr, after: after.addr };
  for (const key of PROTECTED_FACTS) {
    const [was, is] = [before.capabilities[key], after.capabilities[key]];
    if (!isDeepStrictEqual(was, is)) changes[key] = { before: was ?? null, after: is ?? null };
  }
  return changes;
}
