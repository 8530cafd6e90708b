// A second manager app over a stack's database and agents, with an API token configured and
// listening on a loopback port, so tests can speak raw HTTP to it (support/raw-http.ts) and
// read every line it logs.
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { buildApp } from '../../src/app.ts';
import type { ManagerConfig } from '../../src/config.ts';
import type { Stack } from './stack.ts';

export const API_TOKEN = 'test-api-token-0123456789abcdef';

export interface ListeningApp {
  app: FastifyInstance;
  target: { host: string; port: number };
  /** every line the app logged so far, as written */
  logLines: string[];
  /** the app's OpenAPI document */
  openApi(): Promise<any>;
  close(): Promise<void>;
}

export async function listeningApp(
  stack: Stack,
  overrides: Partial<ManagerConfig> = {},
): Promise<ListeningApp> {
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const logger = pino({ level: 'trace' }, sink);
  const app = await buildApp(
    { ...stack.ctx, config: { ...stack.config, apiToken: API_TOKEN, ...overrides } },
    { webRoot: null, logger },
  );
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (typeof address !== 'object' || address === null) throw new Error('not listening on TCP');
  return {
    app,
    target: { host: '127.0.0.1', port: address.port },
    logLines,
    openApi: async () =>
      JSON.parse((await app.inject({ method: 'GET', url: '/openapi.json' })).body),
    close: () => app.close(),
  };
}
