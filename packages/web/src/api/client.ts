// The one typed client: @hearth/api/client (openapi-fetch over types generated from the
// manager's OpenAPI document). Queries call `api` and unwrap with `call`, which turns every
// failure into an ApiError and raises the token prompt on 401.
import { createHearthClient } from '@hearth/api/client';
import { getToken, reportUnauthorized } from './auth.ts';
import { networkError, toApiError } from './errors.ts';

// '' = the page's own origin; the token is read on every request, so a new one applies at once
export const api = createHearthClient({ baseUrl: '', token: getToken });

interface ClientResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Awaits an openapi-fetch call: its data on 2xx, else throws an ApiError. */
export async function call<T>(request: Promise<ClientResult<T>>): Promise<T> {
  let result: ClientResult<T>;
  try {
    result = await request;
  } catch (err) {
    throw networkError(err);
  }
  if (!result.response.ok) {
    const error = toApiError(result.response.status, result.error);
    if (error.code === 'UNAUTHORIZED') reportUnauthorized();
    throw error;
  }
  return result.data as T;
}
