// What each state allows, mirroring the manager's lifecycle (STARTABLE, STOPPABLE, ...), so
// buttons are disabled instead of answering 409.
import type { VmState } from '@hearth/api';
import type { Tone } from '../../components/ui/badge.tsx';

export const VM_STATES: VmState[] = [
  'created',
  'starting',
  'running',
  'stopping',
  'stopped',
  'error',
  'deleting',
];

export const isTransitional = (state: VmState) =>
  state === 'starting' || state === 'stopping' || state === 'deleting';

export const allowed = {
  start: (s: VmState) => s === 'created' || s === 'stopped' || s === 'error',
  stop: (s: VmState) => s === 'running' || s === 'error',
  restart: (s: VmState) => !isTransitional(s),
  delete: (s: VmState) => !isTransitional(s),
};

export const stateTone: Record<VmState, Tone> = {
  created: 'neutral',
  starting: 'blue',
  running: 'green',
  stopping: 'amber',
  stopped: 'neutral',
  error: 'red',
  deleting: 'amber',
};
