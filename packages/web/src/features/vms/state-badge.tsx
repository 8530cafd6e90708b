import type { VmState } from '@hearth/api';
import { Badge } from '../../components/ui/badge.tsx';
import { Spinner } from '../../components/ui/spinner.tsx';
import { isTransitional, stateTone } from './vm-state.ts';

export function StateBadge({ state }: { state: VmState }) {
  return (
    <Badge tone={stateTone[state]} dot={!isTransitional(state)}>
      {isTransitional(state) ? <Spinner className="size-3" /> : null}
      {state}
    </Badge>
  );
}
