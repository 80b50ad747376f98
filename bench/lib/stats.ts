/**
 * Summaries of measured samples. Every published figure is the median of its repetitions with
 * their min and max, so one noisy repetition shows in the range instead of moving the figure.
 */

export interface Figure {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** Every repetition's value, in run order. */
  readonly runs: readonly number[];
}

/** Nearest-rank percentile (p in 0..100) of unsorted samples; NaN when empty. */
export function percentile(samples: ArrayLike<number>, p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = Float64Array.from(samples).sort();
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function median(samples: ArrayLike<number>): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = Float64Array.from(samples).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function toFigure(runs: readonly number[]): Figure {
  const finite = runs.filter((r) => Number.isFinite(r));
  return {
    median: median(finite),
    min: finite.length ? Math.min(...finite) : Number.NaN,
    max: finite.length ? Math.max(...finite) : Number.NaN,
    runs,
  };
}
