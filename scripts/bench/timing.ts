/** Medians and interleaved A/B timing: the bench's only clock. */

export function median(values: number[]): number {
  if (values.length === 0) throw new Error("median of nothing");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

export interface PairResult {
  /** Median time of `subject`, ms. */
  subjectMs: number;
  /** Median time of `baseline`, ms. */
  baselineMs: number;
  /** Median of subject/baseline per pair: both ran back to back, under the same machine load. */
  ratio: number;
  pairs: { subject: number; baseline: number }[];
}

/**
 * Times `subject` against `baseline`, alternating which goes first in each pair so that neither
 * always runs on a warmer heap; `warmup` rounds of each run first and are not counted.
 */
export async function interleaved(subject: () => Promise<unknown>, baseline: () => Promise<unknown>, options: { warmup: number; pairs: number }): Promise<PairResult> {
  for (let i = 0; i < options.warmup; i++) {
    await subject();
    await baseline();
  }
  const pairs: { subject: number; baseline: number }[] = [];
  for (let i = 0; i < options.pairs; i++) {
    if (i % 2 === 0) {
      const s = await timed(subject);
      pairs.push({ subject: s, baseline: await timed(baseline) });
    } else {
      const b = await timed(baseline);
      pairs.push({ subject: await timed(subject), baseline: b });
    }
  }
  return {
    subjectMs: median(pairs.map((p) => p.subject)),
    baselineMs: median(pairs.map((p) => p.baseline)),
    ratio: median(pairs.map((p) => p.subject / p.baseline)),
    pairs,
  };
}
