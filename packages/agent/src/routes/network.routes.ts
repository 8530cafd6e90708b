// Host networking the manager's reconciler tidies: TAPs Hearth created that nothing uses.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CollectOrphanTapsResponse } from '../contract/index.ts';
import { bearerSecurity, errorResponses } from '../http/schemas.ts';
import type { VmmService } from '../vmm/vmm-service.ts';

export const networkRoutes: FastifyPluginAsyncTypebox<{ vmm: VmmService }> = async (
  app,
  { vmm },
) => {
  app.post(
    '/network/orphan-taps/collect',
    {
      schema: {
        summary: 'Delete the Hearth-named TAPs that no running VMM and no launch in progress uses',
        tags: ['network'],
        security: bearerSecurity,
        response: { 200: CollectOrphanTapsResponse, ...errorResponses(502) },
      },
    },
    async () => ({ removed: await vmm.collectOrphanTaps() }),
  );
};
