// Host networking the manager can ask about: the TAPs Hearth created that no VMM holds.
import { type Static, Type } from '@sinclair/typebox';

/** POST /network/orphan-taps/collect */
export const CollectOrphanTapsResponse = Type.Object({
  removed: Type.Array(Type.String(), {
    description:
      'Hearth-named TAPs deleted because no running VMM and no launch in progress uses them',
  }),
});
export type CollectOrphanTapsResponse = Static<typeof CollectOrphanTapsResponse>;
