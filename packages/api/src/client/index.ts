// The typed client of the manager's REST API, for the web UI, the CLI and scripts. Its types
// are generated from the manager's OpenAPI document (openapi.generated.ts), never copied by
// hand; `openapi-fetch` does the requests.
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './openapi.generated.ts';

export type { components, paths };
export type Schemas = components['schemas'];

export interface HearthClientOptions {
  /** e.g. http://127.0.0.1:8080; '' for the page's own origin (the web UI) */
  baseUrl: string;
  /** the API token, read on every request so it can change (a login prompt) */
  token?: () => string | null;
  fetch?: typeof globalThis.fetch;
}

export function createHearthClient(options: HearthClientOptions) {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const auth: Middleware = {
    onRequest({ request }) {
      const token = options.token?.();
      if (token) request.headers.set('authorization', `Bearer ${token}`);
      return request;
    },
  };
  client.use(auth);
  return client;
}

export type HearthClient = ReturnType<typeof createHearthClient>;
