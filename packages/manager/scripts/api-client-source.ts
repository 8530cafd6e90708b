// Generates the TypeScript types of @hearth/api/client from the manager's OpenAPI document
// (openapi-typescript). `npm run gen:api-client` writes them; a test compares them.
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from '../src/openapi/openapi-document.ts';

export const API_CLIENT_TYPES_PATH = new URL(
  '../../api/src/client/openapi.generated.ts',
  import.meta.url,
).pathname;

const HEADER = `// Generated from the manager's OpenAPI document by \`npm run gen:api-client\`; do not edit.
// A test fails when this file is stale against GET /openapi.json.
`;

export async function apiClientTypesSource(): Promise<string> {
  const document = await openApiDocument();
  const ast = await openapiTS(document as never, { alphabetize: true });
  return HEADER + astToString(ast);
}
