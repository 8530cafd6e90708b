// ANSI colour, only for a terminal: NO_COLOR (any value) turns it off, FORCE_COLOR (not 0)
// turns it on (https://no-color.org), so `hearth vm ls | less -R` can still have it.

export interface Palette {
  green(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  /** a VM state in the colour of its meaning */
  state(state: string): string;
}

export function colourWanted(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0';
  return stream.isTTY === true;
}

const wrap = (open: number, close: number) => (text: string) =>
  `\u001b[${open}m${text}\u001b[${close}m`;

const STATE_COLOURS: Record<string, keyof Omit<Palette, 'state'>> = {
  running: 'green',
  error: 'red',
  starting: 'yellow',
  stopping: 'yellow',
  deleting: 'yellow',
  stopped: 'dim',
  created: 'dim',
  healthy: 'green',
  unhealthy: 'red',
  attached: 'green',
  pending_attach: 'yellow',
  pending_change: 'yellow',
  pending_detach: 'yellow',
};

export function palette(enabled: boolean): Palette {
  const plain = (text: string) => text;
  const colours = {
    green: enabled ? wrap(32, 39) : plain,
    red: enabled ? wrap(31, 39) : plain,
    yellow: enabled ? wrap(33, 39) : plain,
    dim: enabled ? wrap(2, 22) : plain,
    bold: enabled ? wrap(1, 22) : plain,
  };
  return {
    ...colours,
    state: (state) => {
      const colour = STATE_COLOURS[state];
      return colour ? colours[colour](state) : state;
    },
  };
}
