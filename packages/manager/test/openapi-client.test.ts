// The typed client of @hearth/api/client is generated from the manager's OpenAPI document
// and committed; this fails when a route or schema changed without regenerating it.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { API_CLIENT_TYPES_PATH, apiClientTypesSource } from '../scripts/api-client-source.ts';

test('the committed API client types match the OpenAPI document', async () => {
  const committed = await readFile(API_CLIENT_TYPES_PATH, 'utf8');
  const fresh = await apiClientTypesSource();
  assert.ok(
    committed === fresh,
    'packages/api/src/client/openapi.generated.ts is stale: run `npm run gen:api-client` and commit it',
  );
});

test('the document describes the live streams and the list filters the UI uses', async () => {
  const source = await apiClientTypesSource();
  for (const path of [
    '"/v1/events/stream"',
    '"/v1/vms/{id}/console"',
    '"/v1/vms/{id}/console/stream"',
  ]) {
    assert.ok(source.includes(path), path);
  }
  assert.match(source, /drive_count: number/);
});
