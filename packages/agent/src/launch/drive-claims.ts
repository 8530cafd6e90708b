// Which files the VMMs of this host hold, so that no two launches open one file read-write.
// Running VMMs are known from their records (vmm.json lists each drive's real path); a launch
// still in progress has no record yet, so it holds a claim here from its check until it ends
// (by then its record exists, or it failed). Checks run one at a time, host-wide: two launches
// checking at once would each miss the other.
import type { HeldDrive, ResolvedDrive } from './drive-isolation.ts';

/** The drives of every running VMM but `exceptVmId`, read from their records. */
export type RunningDrives = (exceptVmId: string) => Promise<HeldDrive[]>;

export class DriveClaims {
  readonly #running: RunningDrives;
  readonly #inProgress = new Map<string, HeldDrive[]>();
  #queue: Promise<void> = Promise.resolve();

  constructor(running: RunningDrives) {
    this.#running = running;
  }

  /**
   * Runs `check` on what other VMMs hold and, if it passes, claims `drives` for `vmId`.
   * Returns the release, to call when the launch has ended either way.
   */
  claim(
    vmId: string,
    drives: readonly ResolvedDrive[],
    check: (held: HeldDrive[]) => void,
  ): Promise<() => void> {
    const result = this.#queue.then(async () => {
      // In-progress claims first: a launch ending meanwhile has written its record already.
      const launching = [...this.#inProgress]
        .filter(([id]) => id !== vmId)
        .flatMap(([, held]) => held);
      const held = [...launching, ...(await this.#running(vmId))];
      check(held);
      const claimed = drives.map((drive) => ({ ...drive, vm_id: vmId }));
      this.#inProgress.set(vmId, claimed);
      return () => {
        if (this.#inProgress.get(vmId) === claimed) this.#inProgress.delete(vmId);
      };
    });
    this.#queue = result.then(
      () => {},
      () => {},
    );
    return result;
  }
}
