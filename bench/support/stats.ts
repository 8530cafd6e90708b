// What every benchmark prints: per variant the median and p99 of its samples, and the
// ratio of each variant's median to the first (the baseline), measured in the same run.

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export const median = (samples: number[]) => percentile(samples, 50);

/**
 * Runs each variant `rounds` times, interleaved (A B A B ...) so that the machine's noise
 * falls on all of them alike, and returns the samples (ms) per variant.
 */
export async function interleaved(
  variants: Record<string, () => Promise<number>>,
  rounds: number,
  warmup = 2,
): Promise<Map<string, number[]>> {
  const samples = new Map(Object.keys(variants).map((name) => [name, [] as number[]]));
  for (let round = -warmup; round < rounds; round++) {
    for (const [name, run] of Object.entries(variants)) {
      const ms = await run();
      if (round >= 0) samples.get(name)?.push(ms);
    }
  }
  return samples;
}

/** A table: variant, n, median, p99, and the median as a ratio of the first variant's. */
export function ratioTable(samples: Map<string, number[]>, unit = 'ms'): string {
  const rows = [...samples.entries()];
  const base = median(rows[0]?.[1] ?? []);
  const width = Math.max(8, ...rows.map(([name]) => name.length)) + 2;
  const f = (v: number) => `${v.toFixed(1)} ${unit}`.padStart(11);
  const lines = [
    `${'variant'.padEnd(width)}${'n'.padStart(5)}${'median'.padStart(11)}${'p99'.padStart(11)}${'ratio'.padStart(9)}`,
  ];
  for (const [name, values] of rows) {
    const ratio = median(values) / base;
    lines.push(
      `${name.padEnd(width)}${String(values.length).padStart(5)}${f(median(values))}${f(percentile(values, 99))}${`${ratio.toFixed(2)}×`.padStart(9)}`,
    );
  }
  return lines.join('\n');
}
