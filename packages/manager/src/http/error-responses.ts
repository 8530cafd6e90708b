// The error entries of a route's response schema: every error answers with the one body of
// DESIGN.md (ErrorResponse), so a route only lists the statuses it can answer with.
import { Type } from '@fastify/type-provider-typebox';
import { ErrorResponse } from '@hearth/api';

export type ErrorStatus = 400 | 401 | 404 | 409 | 422 | 502 | 503;

/** ErrorResponse is registered with app.addSchema; the OpenAPI document names it once. */
const ErrorRef = Type.Ref('ErrorResponse');

function entries<S extends ErrorStatus, T>(schema: T, statuses: readonly S[]): Record<S, T> {
  return Object.fromEntries(statuses.map((status) => [status, schema])) as Record<S, T>;
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
