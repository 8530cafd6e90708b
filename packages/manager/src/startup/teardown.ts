// What a start has set up so far, undone in reverse order: on a failed start (so a start
// that fails after spawning the local agent leaves no process behind) and at shutdown. Each
// step runs once; one that fails is logged and the others still run.
export interface TeardownLog {
  warn(obj: object, msg: string): void;
}

export class Teardown {
  #steps: Array<{ name: string; run: () => Promise<unknown> }> = [];

  add(name: string, run: () => Promise<unknown>): void {
    this.#steps.push({ name, run });
  }

  async run(log: TeardownLog): Promise<void> {
    for (let step = this.#steps.pop(); step; step = this.#steps.pop()) {
      try {
        await step.run();
      } catch (err) {
        log.warn({ err, step: step.name }, 'a shutdown step failed');
      }
    }
  }
}

/** A function that runs `fn` the first time and returns that same promise afterwards. */
export function once<T>(fn: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | null = null;
  return () => {
    result ??= fn();
    return result;
  };
}
