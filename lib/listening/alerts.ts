import type { Sentiment } from '../models';

/**
 * Listening alerts, as pure functions of stored mentions: a spike (mentions in the last hour well
 * above the trailing baseline) or a run of negative mentions. Each alert has a key per term and
 * window, so whoever stores it (a derived task, whose key is unique) raises it at most once per
 * term per window however often the check runs.
 */

export const HOUR_MS = 3_600_000;

export interface AlertMention {
  terms: readonly string[];
  /** When it was posted where known, else when Kelola first saw it. */
  at: number;
  sentiment: Sentiment | null;
}

export interface SpikeOptions {
  bucketMs: number;
  /** Trailing buckets the baseline is computed over (the current bucket is not one of them). */
  baselineBuckets: number;
  /** The current bucket must reach at least `factor` × the baseline mean… */
  factor: number;
  /** …and the mean plus `zScore` standard deviations… */
  zScore: number;
  /** …and never fewer than this many mentions (3 mentions after a quiet day are not a spike). */
  minCount: number;
}

export const DEFAULT_SPIKE: SpikeOptions = { bucketMs: HOUR_MS, baselineBuckets: 24, factor: 3, zScore: 3, minCount: 5 };

export interface NegativeRunOptions {
  /** This many of the latest classified mentions, all negative. */
  length: number;
  /** Only mentions within this long before now count. */
  withinMs: number;
}

export const DEFAULT_NEGATIVE_RUN: NegativeRunOptions = { length: 5, withinMs: 24 * HOUR_MS };

/** Window lengths: an alert of a kind is raised once per term per window. */
export const SPIKE_WINDOW_MS = 6 * HOUR_MS;
export const NEGATIVE_WINDOW_MS = 24 * HOUR_MS;

/**
 * Counts per bucket ending at `end`: index `buckets - 1` is (end − bucketMs, end], index 0 the oldest.
 * Times outside the range are ignored.
 */
export function bucketCounts(times: readonly number[], end: number, buckets: number, bucketMs: number): number[] {
  const counts = new Array<number>(buckets).fill(0);
  const start = end - buckets * bucketMs;
  for (const t of times) {
    if (t <= start || t > end) continue;
    const idx = buckets - 1 - Math.floor((end - t) / bucketMs);
    if (idx >= 0 && idx < buckets) counts[idx]! += 1;
  }
  return counts;
}

export interface SpikeResult {
  spike: boolean;
  current: number;
  mean: number;
  threshold: number;
}

/** Whether the last value of `counts` is a spike against the values before it. */
export function detectSpike(counts: readonly number[], opts: Pick<SpikeOptions, 'factor' | 'zScore' | 'minCount'> = DEFAULT_SPIKE): SpikeResult {
  const current = counts[counts.length - 1] ?? 0;
  const base = counts.slice(0, -1);
  const n = base.length;
  const mean = n > 0 ? base.reduce((a, b) => a + b, 0) / n : 0;
  const variance = n > 1 ? base.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1) : 0;
  const threshold = Math.max(opts.minCount, mean * opts.factor, mean + opts.zScore * Math.sqrt(variance));
  return { spike: current >= threshold && current > 0, current, mean, threshold };
}

/** True when the latest `length` classified mentions (oldest first in `sentiments`) are all negative. */
export function detectNegativeRun(sentiments: ReadonlyArray<Sentiment | null>, length = DEFAULT_NEGATIVE_RUN.length): boolean {
  let run = 0;
  for (let i = sentiments.length - 1; i >= 0; i--) {
    const s = sentiments[i];
    if (s === null || s === undefined) continue;
    if (s !== 'negative') return false;
    run++;
    if (run >= length) return true;
  }
  return false;
}

export type AlertKind = 'spike' | 'negative-run';

export interface ListeningAlert {
  /** `listening:<kind>:<term id>:<window start>`: unique per term and window. */
  key: string;
  kind: AlertKind;
  termId: string;
  windowStart: number;
  /** Mentions in the last bucket (spike) or the length of the negative run. */
  count: number;
  /** Baseline mean per bucket (spike only). */
  baseline: number | null;
}

export function windowStart(now: number, windowMs: number): number {
  return Math.floor(now / windowMs) * windowMs;
}

/** Every alert the mentions raise at `now`, one per term and kind at most. */
export function evaluateAlerts(
  termIds: readonly string[],
  mentions: readonly AlertMention[],
  now: number,
  spike: SpikeOptions = DEFAULT_SPIKE,
  negative: NegativeRunOptions = DEFAULT_NEGATIVE_RUN,
): ListeningAlert[] {
  const perTerm = new Map<string, AlertMention[]>(termIds.map((id) => [id, []]));
  for (const m of mentions) for (const id of m.terms) perTerm.get(id)?.push(m);
  const alerts: ListeningAlert[] = [];
  for (const [termId, list] of perTerm) {
    if (list.length === 0) continue;
    const counts = bucketCounts(list.map((m) => m.at), now, spike.baselineBuckets + 1, spike.bucketMs);
    const s = detectSpike(counts, spike);
    if (s.spike) {
      const w = windowStart(now, SPIKE_WINDOW_MS);
      alerts.push({ key: `listening:spike:${termId}:${w}`, kind: 'spike', termId, windowStart: w, count: s.current, baseline: s.mean });
    }
    const recent = list.filter((m) => m.at > now - negative.withinMs && m.at <= now).sort((a, b) => a.at - b.at);
    if (detectNegativeRun(recent.map((m) => m.sentiment), negative.length)) {
      const w = windowStart(now, NEGATIVE_WINDOW_MS);
      alerts.push({ key: `listening:negative-run:${termId}:${w}`, kind: 'negative-run', termId, windowStart: w, count: negative.length, baseline: null });
    }
  }
  return alerts;
}
