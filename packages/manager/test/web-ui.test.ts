// The manager serves the built web UI at `/`: files from the build, index.html for client
// routes a browser navigates to, and JSON errors for everything under the API.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { AgentDirectory } from '../src/agents/agent-directory.ts';
import { buildApp } from '../src/app.ts';
import { loadManagerConfig } from '../src/config.ts';
import { type OpenDatabase, openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { DatabaseChangeFeed } from '../src/events/change-feed.ts';
import { ManagerInstance } from '../src/instances/manager-instance.ts';
import { ManagerMetrics } from '../src/metrics/manager-metrics.ts';

const html = { accept: 'text/html,application/xhtml+xml' };

describe('web UI serving', () => {
  let dir: string;
  let database: OpenDatabase;
  const apps: FastifyInstance[] = [];
  const appWith = async (webRoot: string) => {
    const changes = new DatabaseChangeFeed(database.listen);
    const ctx = {
      db: database.db,
      config: loadManagerConfig({}),
      agents: new AgentDirectory(),
      changes,
      instance: new ManagerInstance(), // serves files only: never starts a transition
      metrics: new ManagerMetrics(),
    };
    const app = await buildApp(ctx, { webRoot });
    apps.push(app);
    return app;
  };

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hearth-web-'));
    await mkdir(join(dir, 'dist', 'assets'), { recursive: true });
    await writeFile(join(dir, 'dist', 'index.html'), '<!doctype html><title>Hearth</title>');
    await writeFile(join(dir, 'dist', 'assets', 'index-abc123.js'), 'console.log(1)');
    await mkdir(join(dir, 'unbuilt'));
    database = await openDatabase({ kind: 'pglite', dataDir: null });
    await migrate(database.db);
  });
  after(async () => {
    for (const app of apps) await app.close();
    await database.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('/ and client routes answer index.html; assets are cached for good', async () => {
    const app = await appWith(join(dir, 'dist'));
    const root = await app.inject({ url: '/', headers: html });
    assert.equal(root.statusCode, 200);
    assert.match(root.headers['content-type'] as string, /text\/html/);
    assert.match(root.body, /<title>Hearth<\/title>/);
    assert.equal(root.headers['cache-control'], 'no-cache');

    for (const route of ['/vms/0b7e5d9e-1111-4000-8000-000000000000', '/hosts', '/images']) {
      const res = await app.inject({ url: route, headers: html });
      assert.equal(res.statusCode, 200, route);
      assert.match(res.body, /<title>Hearth<\/title>/, route);
    }
    const asset = await app.inject({ url: '/assets/index-abc123.js' });
    assert.equal(asset.statusCode, 200);
    assert.equal(asset.headers['cache-control'], 'public, max-age=31536000, immutable');
  });

  test('the API keeps answering JSON, also for unknown paths', async () => {
    const app = await appWith(join(dir, 'dist'));
    for (const url of ['/v1/nope', '/v1/vms/not-a-uuid/x', '/docs/nope.json']) {
      const res = await app.inject({ url, headers: html });
      assert.equal(res.statusCode, 404, url);
      assert.equal(res.json().error.code, 'NOT_FOUND', url);
    }
    const missingAsset = await app.inject({ url: '/assets/missing.js' });
    assert.equal(missingAsset.statusCode, 404);
    assert.equal(missingAsset.json().error.code, 'NOT_FOUND');
    const post = await app.inject({ method: 'POST', url: '/somewhere', headers: html });
    assert.equal(post.statusCode, 404);
    assert.equal((await app.inject({ url: '/openapi.json' })).statusCode, 200);
    assert.equal((await app.inject({ url: '/v1/hosts' })).json().items.length, 0);
  });

  test('an unbuilt UI says how to build it instead of a blank page', async () => {
    const app = await appWith(join(dir, 'unbuilt'));
    const res = await app.inject({ url: '/', headers: html });
    assert.equal(res.statusCode, 503);
    assert.match(res.body, /npm run build -w @hearth\/web/);
    assert.equal((await app.inject({ url: '/v1/images' })).statusCode, 200);
  });
});
