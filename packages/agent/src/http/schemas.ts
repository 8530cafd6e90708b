// JSON schemas shared by the routes. They validate requests (Fastify/ajv, additional
// properties rejected) and document the API (OpenAPI via @fastify/swagger), so the two can
// never disagree. Firecracker's own structures follow its v1.14.2 swagger definitions.

export const errorSchema = {
  $id: 'AgentErrorBody',
  type: 'object',
  description: 'Every error: {"error": {code, message, details}}',
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', description: 'SNAKE_CASE code, e.g. PATH_NOT_ALLOWED' },
        message: { type: 'string' },
        details: { type: 'object', additionalProperties: true },
      },
    },
  },
} as const;

const errorRef = { $ref: 'AgentErrorBody#' } as const;

/** The error answers every authenticated route may give, plus route-specific ones. */
export function errorResponses(...statuses: number[]): Record<number, typeof errorRef> {
  const all = [400, 401, 500, ...statuses];
  return Object.fromEntries(all.map((status) => [status, errorRef]));
}

export const vmIdParams = {
  type: 'object',
  required: ['vmId'],
  properties: {
    vmId: {
      type: 'string',
      pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
      description: 'the VM id (a UUID)',
    },
  },
} as const;

export const absolutePath = {
  type: 'string',
  minLength: 1,
  maxLength: 4096,
  pattern: '^/',
} as const;

export const tokenBucket = {
  type: 'object',
  required: ['size', 'refill_time'],
  properties: {
    size: { type: 'integer', minimum: 0 },
    one_time_burst: { type: 'integer', minimum: 0 },
    refill_time: { type: 'integer', minimum: 0, description: 'milliseconds' },
  },
} as const;

export const rateLimiter = {
  type: 'object',
  additionalProperties: false,
  properties: { bandwidth: tokenBucket, ops: tokenBucket },
} as const;

export const bearerSecurity = [{ bearerAuth: [] }];
