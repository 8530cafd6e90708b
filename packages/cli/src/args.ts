// Positional arguments that several commands share, declared once so that their help reads
// the same everywhere.

/** One VM, by name or id (`drive add web1 ...`). */
export const vmArg = {
  type: 'string',
  demandOption: true,
  describe: 'the VM (name or id)',
} as const;

/** One or more VMs or images, by name or id (`vm start web1 web2`, `image rm a b`). */
export const namesArg = {
  type: 'string',
  array: true,
  demandOption: true,
  describe: 'names or ids',
} as const;
