import type { Interaction, Platform, SlaSettings } from '../models';
import { businessMillisBetween } from '../timers/business-hours';
import { clockStartAt, slaTargetMillis } from '../timers/sla';
import { MINUTE_MS, dayNumberToKey, getZone } from '../timers/zone';
import { sentimentScore } from './formulas';
import { WITHIN_SLA_FORMULA } from './response';
import { result, safeRatio, type KpiResult } from './result';

/**
 * Upper edges (ms) of the response-time histogram: 1 minute × √2ᵏ, k = 0…34 (1 min … ~91 days).
 * Bucket 0 is below 1 minute, bucket i is [edge i−1, edge i), the last is everything from ~91 days.
 * Neighbouring edges differ by a factor √2, so an estimate from the geometric middle of a bucket is
 * within about 19 % of the true value.
 */
export const RESPONSE_HIST_EDGES: readonly number[] = Array.from({ length: 35 }, (_, k) => Math.round(MINUTE_MS * 2 ** (k / 2)));
export const RESPONSE_HIST_SIZE = RESPONSE_HIST_EDGES.length + 1;

/** Index of the histogram bucket holding a response time. */
export function responseBucket(ms: number): number {
  let lo = 0;
  let hi = RESPONSE_HIST_EDGES.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (RESPONSE_HIST_EDGES[mid]! <= ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Per day, platform and account counts, kept current on every interaction write so the popup reads
 * a handful of rows instead of every interaction. Only sums and counts are stored (no min/max, no
 * lists): every field can be decremented exactly when an interaction changes or is deleted.
 *
 * An interaction counts in full on the local day (in `ctx.timeZone`) its response clock started;
 * so "answered" and the response figures of a day describe the items that came in that day.
 * `answeredWithinSla` and the response times depend on the SLA settings and business hours at the
 * time of the write: rebuild with `recomputeAggregates` when those settings or the zone change.
 */
export type AggregateRow = {
  /** `${date}|${platform}|${accountId ?? '-'}` */
  id: string;
  date: string;
  platform: Platform;
  accountId: string | null;
  inbound: number;
  open: number;
  answered: number;
  ignored: number;
  comments: number;
  replies: number;
  messages: number;
  /** Answered items with a known answer time: the count behind the response sum and histogram. */
  responseCount: number;
  responseMsSum: number;
  /** Counts per `RESPONSE_HIST_EDGES` bucket, length `RESPONSE_HIST_SIZE`. */
  responseHist: number[];
  answeredWithinSla: number;
  positive: number;
  negative: number;
  neutral: number;
  unclassified: number;
};

type CountField = Exclude<keyof AggregateRow, 'id' | 'date' | 'platform' | 'accountId' | 'responseHist'>;
const COUNT_FIELDS: CountField[] = [
  'inbound', 'open', 'answered', 'ignored', 'comments', 'replies', 'messages', 'responseCount', 'responseMsSum',
  'answeredWithinSla', 'positive', 'negative', 'neutral', 'unclassified',
];

export interface AggregateContext {
  /** Zone of the row dates (the user's zone). */
  timeZone: string;
  sla: SlaSettings;
  /** Which of the user's accounts an interaction belongs to, when known. */
  accountIdOf?: (i: Interaction) => string | null;
  /** Measure response times in the SLA's business hours; true by default. */
  businessHours?: boolean;
}

export function aggregateRowId(date: string, platform: Platform, accountId: string | null): string {
  return `${date}|${platform}|${accountId ?? '-'}`;
}

export function emptyAggregateRow(date: string, platform: Platform, accountId: string | null): AggregateRow {
  return {
    id: aggregateRowId(date, platform, accountId), date, platform, accountId,
    inbound: 0, open: 0, answered: 0, ignored: 0, comments: 0, replies: 0, messages: 0,
    responseCount: 0, responseMsSum: 0, responseHist: new Array<number>(RESPONSE_HIST_SIZE).fill(0),
    answeredWithinSla: 0, positive: 0, negative: 0, neutral: 0, unclassified: 0,
  };
}

interface Contribution {
  id: string;
  date: string;
  platform: Platform;
  accountId: string | null;
  counts: Partial<Record<CountField, number>>;
  bucket: number | null;
}

function contribution(i: Interaction, ctx: AggregateContext): Contribution {
  const start = clockStartAt(i);
  const date = dayNumberToKey(getZone(ctx.timeZone).dayNumber(start));
  const accountId = ctx.accountIdOf?.(i) ?? null;
  const counts: Partial<Record<CountField, number>> = { inbound: 1 };
  counts[i.status === 'open' ? 'open' : i.status === 'ignored' ? 'ignored' : 'answered'] = 1;
  counts[i.kind === 'comment' ? 'comments' : i.kind === 'reply' ? 'replies' : 'messages'] = 1;
  const s = i.sentimentOverride ?? i.sentiment;
  counts[s ?? 'unclassified'] = 1;
  let bucket: number | null = null;
  if (i.status === 'answered' && i.answeredAt !== null) {
    const hours = ctx.businessHours === false ? null : ctx.sla.businessHours;
    const ms = businessMillisBetween(start, i.answeredAt, hours);
    counts.responseCount = 1;
    counts.responseMsSum = ms;
    if (ms < slaTargetMillis(ctx.sla, i.platform, i.kind)) counts.answeredWithinSla = 1;
    bucket = responseBucket(ms);
  }
  return { id: aggregateRowId(date, i.platform, accountId), date, platform: i.platform, accountId, counts, bucket };
}

function sameContribution(a: Contribution, b: Contribution): boolean {
  if (a.id !== b.id || a.bucket !== b.bucket) return false;
  for (const f of COUNT_FIELDS) if ((a.counts[f] ?? 0) !== (b.counts[f] ?? 0)) return false;
  return true;
}

function apply(row: AggregateRow, c: Contribution, sign: 1 | -1): void {
  for (const f of COUNT_FIELDS) {
    const v = c.counts[f];
    if (v !== undefined) row[f] += sign * v;
  }
  if (c.bucket !== null) row.responseHist[c.bucket]! += sign;
}

function cloneRow(r: AggregateRow): AggregateRow {
  const hist = new Array<number>(RESPONSE_HIST_SIZE).fill(0);
  for (let k = 0; k < RESPONSE_HIST_SIZE; k++) hist[k] = r.responseHist[k] ?? 0;
  return { ...r, responseHist: hist };
}

/** The row ids a write touches: read these rows (in the same transaction) for `applyInteractionChange`. */
export function aggregateRowIds(before: Interaction | null, after: Interaction | null, ctx: AggregateContext): string[] {
  const ids = new Set<string>();
  if (before) ids.add(contribution(before, ctx).id);
  if (after) ids.add(contribution(after, ctx).id);
  return [...ids];
}

export interface AggregateChange {
  /** Rows to write. */
  put: AggregateRow[];
  /** Rows left with no interaction: delete them. */
  remove: string[];
}

/**
 * The aggregate writes for one interaction write: `before` is the stored row (null on insert),
 * `after` the new one (null on delete). The old contribution is subtracted and the new one added.
 * `rows` must hold the current rows for `aggregateRowIds(before, after, ctx)` (absent = none yet);
 * a count that would go negative means the rows were out of step and throws a RangeError, so
 * the caller can rebuild with `recomputeAggregates` instead of storing nonsense.
 */
export function applyInteractionChange(
  rows: ReadonlyMap<string, AggregateRow> | Iterable<AggregateRow>,
  before: Interaction | null,
  after: Interaction | null,
  ctx: AggregateContext,
): AggregateChange {
  const current = rows instanceof Map ? (rows as ReadonlyMap<string, AggregateRow>) : new Map([...(rows as Iterable<AggregateRow>)].map((r) => [r.id, r]));
  const old = before ? contribution(before, ctx) : null;
  const next = after ? contribution(after, ctx) : null;
  if (old && next && sameContribution(old, next)) return { put: [], remove: [] };

  const touched = new Map<string, AggregateRow>();
  const rowFor = (c: Contribution): AggregateRow => {
    let row = touched.get(c.id);
    if (!row) {
      const existing = current.get(c.id);
      row = existing ? cloneRow(existing) : emptyAggregateRow(c.date, c.platform, c.accountId);
      touched.set(c.id, row);
    }
    return row;
  };
  if (old) apply(rowFor(old), old, -1);
  if (next) apply(rowFor(next), next, 1);

  const put: AggregateRow[] = [];
  const remove: string[] = [];
  for (const row of touched.values()) {
    if (COUNT_FIELDS.some((f) => row[f] < 0) || row.responseHist.some((n) => n < 0)) {
      throw new RangeError(`aggregate row ${row.id} is out of step with the interactions; recompute aggregates`);
    }
    if (row.inbound === 0) remove.push(row.id);
    else put.push(row);
  }
  return { put, remove };
}

/** All aggregate rows from scratch, sorted by id. */
export function recomputeAggregates(interactions: Iterable<Interaction>, ctx: AggregateContext): AggregateRow[] {
  const rows = new Map<string, AggregateRow>();
  for (const i of interactions) {
    const c = contribution(i, ctx);
    let row = rows.get(c.id);
    if (!row) {
      row = emptyAggregateRow(c.date, c.platform, c.accountId);
      rows.set(c.id, row);
    }
    apply(row, c, 1);
  }
  return [...rows.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * A percentile estimated from a histogram, by the same rule as `percentile` (type 7): the values
 * at the two closest ranks are estimated and interpolated linearly. The k-th value of a bucket holding
 * n is placed at fraction (k + ½)/n of the bucket, geometrically (linearly in the first bucket, which
 * starts at 0). Values in the open last bucket are reported as its lower edge.
 */
export function estimateHistogramPercentile(hist: readonly number[], p: number): number | null {
  let total = 0;
  for (const n of hist) total += n;
  if (total === 0 || !(p >= 0 && p <= 100)) return null;
  const rank = ((total - 1) * p) / 100;
  const lo = Math.floor(rank);
  const a = valueAtRank(hist, lo);
  if (lo + 1 >= total || rank === lo) return a;
  return a + (rank - lo) * (valueAtRank(hist, lo + 1) - a);
}

function valueAtRank(hist: readonly number[], rank: number): number {
  let seen = 0;
  for (let k = 0; k < hist.length; k++) {
    const n = hist[k] ?? 0;
    if (rank < seen + n) {
      const frac = (rank - seen + 0.5) / n;
      if (k === 0) return RESPONSE_HIST_EDGES[0]! * frac;
      const lo = RESPONSE_HIST_EDGES[k - 1]!;
      const hi = RESPONSE_HIST_EDGES[k];
      return hi === undefined ? lo : lo * (hi / lo) ** frac;
    }
    seen += n;
  }
  return RESPONSE_HIST_EDGES[RESPONSE_HIST_EDGES.length - 1]!;
}

export interface AggregateSummary {
  inbound: number;
  open: number;
  answered: number;
  ignored: number;
  responseCount: number;
  meanResponseMs: number | null;
  /** Estimates from the histogram (see `estimateHistogramPercentile`). */
  medianResponseMs: number | null;
  p90ResponseMs: number | null;
  withinSla: KpiResult;
  sentiment: KpiResult;
}

/** Popup figures from any set of rows (a day, a week, one platform …). */
export function summarizeAggregates(rows: Iterable<AggregateRow>): AggregateSummary {
  const sum = emptyAggregateRow('', 'x', null);
  for (const r of rows) {
    for (const f of COUNT_FIELDS) sum[f] += r[f];
    for (let k = 0; k < RESPONSE_HIST_SIZE; k++) sum.responseHist[k]! += r.responseHist[k] ?? 0;
  }
  return {
    inbound: sum.inbound,
    open: sum.open,
    answered: sum.answered,
    ignored: sum.ignored,
    responseCount: sum.responseCount,
    meanResponseMs: safeRatio(sum.responseMsSum, sum.responseCount),
    medianResponseMs: estimateHistogramPercentile(sum.responseHist, 50),
    p90ResponseMs: estimateHistogramPercentile(sum.responseHist, 90),
    withinSla: result(
      'withinSla',
      safeRatio(sum.answeredWithinSla, sum.responseCount, 100),
      WITHIN_SLA_FORMULA,
      { answeredWithinSla: sum.answeredWithinSla, answered: sum.responseCount },
    ),
    sentiment: sentimentScore(sum.positive, sum.negative),
  };
}
