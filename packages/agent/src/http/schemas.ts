// Route-level helpers for the agent's schemas (the bodies themselves are the contract's):
// the error answers a route documents, and the bearer-token requirement.
import { Type } from '@sinclair/typebox';
import type { ErrorBody } from '../contract/index.ts';

/** A reference to the contract's ErrorBody, registered once by its $id (app.ts). */
const errorRef = Type.Unsafe<ErrorBody>({ $ref: 'AgentErrorBody#' });

/** The error answers every authenticated route may give, plus route-specific ones. */
export function errorResponses(...statuses: number[]): Record<number, typeof errorRef> {
  const all = [400, 401, 500, ...statuses];
  return Object.fromEntries(all.map((status) => [status, errorRef]));
}

export const bearerSecurity = [{ bearerAuth: [] }];
