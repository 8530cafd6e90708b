// The error entries of a route's response schema. Every error answers with the one body of
// DESIGN.md (ErrorResponse); what differs per route is which codes it can answer with, so a
// route lists those codes, each with why this route would answer it, and the statuses follow
// from the codes (ERROR_STATUS). Each status's description names its codes: that is what the
// API docs show beside the status, and what a client branches on. Two codes are on every
// list: UNAUTHORIZED (every /v1 route takes a token) and INTERNAL (any route meets a bug).
import { Type } from '@fastify/type-provider-typebox';
import { ERROR_STATUS, type ErrorCode, ErrorResponse } from '@hearth/api';

/** Why this route answers each code it can answer with: one short clause each. */
export type ErrorReasons = Partial<Record<ErrorCode, string>>;

type Always = 'UNAUTHORIZED' | 'INTERNAL';
/** The statuses of the codes in `R` and of those on every list. */
type StatusOf<R extends ErrorReasons> = (typeof ERROR_STATUS)[(keyof R & ErrorCode) | Always];

const ALWAYS: Record<Always, string> = {
  UNAUTHORIZED: 'the API token is missing or wrong (one `Authorization: Bearer …` header)',
  INTERNAL: 'a bug in the manager; it logs the error, the answer holds no details',
};

/** The reasons shared by many routes, so the same case reads the same everywhere. */
export const REASONS = {
  invalid: 'a path parameter, query parameter or body field is invalid (details.issues)',
  agent: {
    AGENT_UNREACHABLE: "the VM's host agent cannot be reached (details.addr)",
    AGENT_ERROR:
      "the host agent or Firecracker failed (details.agent_code, agent_status): not the request's fault",
  },
  vmNotFound: 'no VM has this id',
  hostGone: "the VM's host is no longer registered",
} as const satisfies Record<string, string | ErrorReasons>;

function withDescriptions<R extends ErrorReasons, T>(
  reasons: R,
  entry: (description: string) => T,
): Record<StatusOf<R>, T> {
  const byStatus = new Map<number, string[]>();
  const all: ErrorReasons = { ...ALWAYS, ...reasons };
  // a route that calls an agent (502) may meet a host whose disk is full under any call that
  // writes: INSUFFICIENT_STORAGE goes with every list that holds an agent failure
  if (Object.keys(all).some((code) => ERROR_STATUS[code as ErrorCode] === 502)) {
    all.INSUFFICIENT_STORAGE ??=
      "the host's storage file system is full, or a drive would exceed its storage limit";
  }
  for (const [code, reason] of Object.entries(all)) {
    const status = ERROR_STATUS[code as ErrorCode];
    byStatus.set(status, [...(byStatus.get(status) ?? []), `- \`${code}\`: ${reason}`]);
  }
  const statuses = [...byStatus.keys()].sort((a, b) => a - b);
  return Object.fromEntries(
    statuses.map((status) => [status, entry((byStatus.get(status) ?? []).join('\n'))]),
  ) as Record<StatusOf<R>, T>;
}

/**
 * `{ 404: ..., 409: ... }` for the codes in `reasons`: each status answers with the shared
 * ErrorResponse schema (registered with app.addSchema; the OpenAPI document names it once),
 * described by its codes and why.
 */
export function errorResponses<R extends ErrorReasons>(reasons: R) {
  return withDescriptions(reasons, (description) => Type.Ref('ErrorResponse', { description }));
}

/**
 * The same with the schema written out in each entry instead of referenced. The VM, console
 * and event-stream routes were published this way: their OpenAPI entries, and the client
 * generated from them, embed the schema. Moving them to the reference is a change of the
 * document and the generated client, to be made on purpose.
 */
export function inlineErrorResponses<R extends ErrorReasons>(reasons: R) {
  return withDescriptions(reasons, (description) => ({ ...ErrorResponse, description }));
}
