/** Figures of a set of durations (ms). All null when there are none. */
export interface DurationStats {
  count: number;
  mean: number | null;
  median: number | null;
  p90: number | null;
  quickest: number | null;
  slowest: number | null;
}

/**
 * Percentile by linear interpolation between the closest ranks (Hyndman–Fan type 7, the default of
 * spreadsheets' PERCENTILE.INC and numpy): rank h = (n − 1)·p/100, value = x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋+1 − x⌊h⌋).
 * The median is the 50th percentile by the same rule, so for an even count it is the mean of the
 * two middle values. `sorted` must be ascending.
 */
export function percentile(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0 || !(p >= 0 && p <= 100)) return null;
  const h = ((n - 1) * p) / 100;
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  if (lo + 1 >= n) return a;
  return a + (h - lo) * (sorted[lo + 1]! - a);
}

/** Stats of durations; the input is not modified. */
export function durationStats(values: ArrayLike<number>): DurationStats {
  return statsInPlace(Float64Array.from(values as ArrayLike<number>));
}

/** `durationStats` that sorts the given buffer itself (for callers that own it). */
export function statsInPlace(sorted: Float64Array): DurationStats {
  const n = sorted.length;
  if (n === 0) return { count: 0, mean: null, median: null, p90: null, quickest: null, slowest: null };
  sorted.sort();
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i]!;
  return {
    count: n,
    mean: sum / n,
    median: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    quickest: sorted[0]!,
    slowest: sorted[n - 1]!,
  };
}
