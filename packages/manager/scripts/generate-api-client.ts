// npm run gen:api-client: regenerates packages/api/src/client/openapi.generated.ts.
import { writeFile } from 'node:fs/promises';
import { API_CLIENT_TYPES_PATH, apiClientTypesSource } from './api-client-source.ts';

await writeFile(API_CLIENT_TYPES_PATH, await apiClientTypesSource());
process.stdout.write(`wrote ${API_CLIENT_TYPES_PATH}\n`);
