// The error entries of a route's response schema: every error answers with the one body of
// DESIGN.md (ErrorResponse), so a route only lists the statuses it can answer with. Two are
// added to every list: 500 (INTERNAL), which any route answers when it meets a bug, and, where
// a route lists 502 (it calls a host's agent), 507 (INSUFFICIENT_STORAGE): the host's disk
// may be full under any agent call that writes.
import { Type } from '@fastify/type-provider-typebox';
import { ErrorResponse } from '@hearth/api';

export type ErrorStatus = 400 | 401 | 404 | 409 | 422 | 500 | 502 | 503 | 507;

/** ErrorResponse is registered with app.addSchema; the OpenAPI document names it once. */
const ErrorRef = Type.Ref('ErrorResponse');

/** The statuses a list implies: itself, 500, and 507 when it holds 502. */
type Implied<S extends ErrorStatus> = S | 500 | (502 extends S ? 507 : never);

function withImplied<S extends ErrorStatus>(statuses: readonly S[]): ErrorStatus[] {
  const all = new Set<ErrorStatus>([...statuses, 500]);
  if (all.has(502)) all.add(507);
  return [...all].sort((a, b) => a - b);
}

function entries<S extends ErrorStatus, T>(schema: T, statuses: readonly S[]) {
  const implied = withImplied(statuses).map((status) => [status, schema]);
  return Object.fromEntries(implied) as Record<Implied<S>, T>;
}

/** `{ 400: ref, 401: ref, ... }`: each status answers with the shared ErrorResponse schema. */
export function errorResponses<S extends ErrorStatus>(...statuses: S[]) {
  return entries(ErrorRef, statuses);
}

/**
 * The same with the schema written out in each entry instead of referenced. The VM, console
 * and event-stream routes were published this way: their OpenAPI entries, and the client
 * generated from them, embed the schema. Moving them to the reference is a change of the
 * document and the generated client, to be made on purpose.
 */
export function inlineErrorResponses<S extends ErrorStatus>(...statuses: S[]) {
  return entries(ErrorResponse, statuses);
}
