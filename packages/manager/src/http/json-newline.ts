// JSON answers end with a newline, so `curl` output does not run into the shell prompt.
// JSON parsers ignore the trailing whitespace; streams (SSE) and files are left as they are.
import type { FastifyInstance } from 'fastify';

export function endJsonWithNewline(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    if (typeof payload !== 'string' || payload.endsWith('\n')) return payload;
    const type = reply.getHeader('content-type');
    return typeof type === 'string' && type.startsWith('application/json')
      ? `${payload}\n`
      : payload;
  });
}
