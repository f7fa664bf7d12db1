import type { Account, Campaign, MetricSnapshot, Platform, Post, Settings } from '../models';
import { PLATFORMS } from '../models';
import { getDb } from '../db/db';
import { guard } from '../db/errors';
import {
  BEST_TIME_WINDOW_MS, RESPONSE_HIST_EDGES, RESPONSE_HIST_SIZE, bestTimeToPost, campaignProgress, engagementRate, estimateHistogramPercentile, safeRatio,
  sentimentScore, summarizeAggregates,
  type AggregateRow, type AggregateSummary, type BestTimeToPost, type CampaignProgress, type FormulaText,
} from '../kpi';
import { translate, type UiLang } from '../i18n';
import { dateKeyToDayNumber, dayNumberToKey, getZone } from '../timers';
import { dayStart, daysBetween, followerSeries, ownSnapshots, snapshotEngagements, type DayRange, type PlatformFilter } from './kpi-snapshot';

export interface ReportFilter extends DayRange {
  platform: PlatformFilter;
}

/** The rows a report is computed from, read by indexed ranges. */
export interface ReportInput {
  aggregates: AggregateRow[];
  metrics: MetricSnapshot[];
  accounts: Account[];
  /** Published posts of the best-time window. */
  posts: Post[];
  campaigns: Campaign[];
}

export interface ReportRow {
  date: string;
  platform: Platform;
  followers: number | null;
  reach: number | null;
  impressions: number | null;
  engagements: number | null;
  engagementRate: number | null;
  inbound: number | null;
  answered: number | null;
  medianResponseMinutes: number | null;
  withinSla: number | null;
  positive: number | null;
  negative: number | null;
  neutral: number | null;
  sentimentScore: number | null;
}

export const REPORT_COLUMNS = [
  'date', 'platform', 'followers', 'reach', 'impressions', 'engagements', 'engagementRate', 'inbound', 'answered',
  'medianResponseMinutes', 'withinSla', 'positive', 'negative', 'neutral', 'sentimentScore',
] as const satisfies ReadonlyArray<keyof ReportRow>;

export interface CampaignResult {
  id: string;
  name: string;
  currency: string;
  progress: CampaignProgress;
}

export interface ReportData {
  filter: ReportFilter;
  days: string[];
  /** Platforms with figures or interactions in the range. */
  platforms: Platform[];
  followers: Partial<Record<Platform, Array<number | null>>>;
  engagementRate: Partial<Record<Platform, Array<number | null>>>;
  engagementRateFormula: FormulaText;
  sentiment: { positive: number[]; negative: number[]; neutral: number[]; score: Array<number | null>; formula: FormulaText };
  /** Counts per `RESPONSE_HIST_EDGES` bucket over the whole range. */
  responseHist: number[];
  response: AggregateSummary;
  /** Null when no published post in the window has an engagement estimate. */
  bestTime: BestTimeToPost | null;
  campaigns: CampaignResult[];
  table: ReportRow[];
}

export async function loadReportInput(filter: ReportFilter, timeZone: string): Promise<ReportInput> {
  const db = getDb();
  const to = dayStart(dayNumberToKey(dateKeyToDayNumber(filter.to)! + 1), timeZone);
  const from = to - BEST_TIME_WINDOW_MS;
  const bestFrom = dayNumberToKey(getZone(timeZone).dayNumber(from));
  const metricFrom = bestFrom < filter.from ? bestFrom : filter.from;
  const [aggregates, metrics, accounts, published, campaigns] = await guard(() =>
    Promise.all([
      filter.platform === 'all'
        ? db.aggregates.where('date').between(filter.from, filter.to, true, true).toArray()
        : db.aggregates.where('[platform+date]').between([filter.platform, filter.from], [filter.platform, filter.to], true, true).toArray(),
      db.metrics.where('date').between(metricFrom, filter.to, true, true).toArray(),
      db.accounts.toArray(),
      db.posts.where('status').equals('published').toArray(),
      db.campaigns.where('endDate').aboveOrEqual(filter.from).toArray(),
    ]),
  );
  return {
    aggregates: aggregates as unknown as AggregateRow[],
    metrics,
    accounts,
    posts: published.filter((p) => p.publishedAt !== null && p.publishedAt > from && p.publishedAt <= to),
    campaigns: campaigns.filter((c) => c.startDate <= filter.to),
  };
}

/**
 * Engagements per published post, estimated from the account's figures of the day it went out:
 * posts carry no engagement counts of their own, so a day's engagements are shared equally among
 * that account's posts of the day. Posts with no account figure that day are left out.
 */
export function postEngagementEstimates(posts: readonly Post[], snaps: readonly MetricSnapshot[], accounts: readonly Account[], timeZone: string) {
  const ownByPlatform = new Map<Platform, string[]>();
  for (const a of accounts) if (a.role === 'own') ownByPlatform.set(a.platform, [...(ownByPlatform.get(a.platform) ?? []), a.id]);
  const accountOf = (p: Post): string | null => {
    if (p.accountId) return p.accountId;
    const platform = p.platforms.length === 1 ? p.platforms[0]! : null;
    const own = platform ? ownByPlatform.get(platform) ?? [] : [];
    return own.length === 1 ? own[0]! : null;
  };
  const engByKey = new Map<string, number>();
  for (const s of snaps) {
    const e = snapshotEngagements(s);
    if (e !== null) engByKey.set(`${s.accountId}|${s.date}`, e);
  }
  const zone = getZone(timeZone);
  const postsPerKey = new Map<string, number>();
  const keyed: Array<{ key: string; publishedAt: number }> = [];
  for (const p of posts) {
    const account = accountOf(p);
    if (!account || p.publishedAt === null) continue;
    const key = `${account}|${dayNumberToKey(zone.dayNumber(p.publishedAt))}`;
    postsPerKey.set(key, (postsPerKey.get(key) ?? 0) + 1);
    keyed.push({ key, publishedAt: p.publishedAt });
  }
  const out: Array<{ publishedAt: number; engagements: number }> = [];
  for (const k of keyed) {
    const e = engByKey.get(k.key);
    if (e !== undefined) out.push({ publishedAt: k.publishedAt, engagements: e / postsPerKey.get(k.key)! });
  }
  return out;
}

function sumOrNull(values: Iterable<number | undefined | null>): number | null {
  let s: number | null = null;
  for (const v of values) if (typeof v === 'number') s = (s ?? 0) + v;
  return s;
}

const round2 = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

/** `engagementRateOf(...).value` without building the KPI object (called per platform and day). */
function erValue(snaps: readonly MetricSnapshot[], variant: Settings['erFormula']): number | null {
  let num: number | null = null;
  let den: number | null = null;
  for (const s of snaps) {
    const e = snapshotEngagements(s);
    const d = s[variant];
    if (e === null || d === undefined) continue;
    num = (num ?? 0) + e;
    den = (den ?? 0) + d;
  }
  return safeRatio(num, den, 100);
}

/** Every figure of the report page from already-read rows; pure, so the bench can time it alone. */
export function computeReport(input: ReportInput, filter: ReportFilter, settings: Pick<Settings, 'timeZone' | 'erFormula'>, now: number): ReportData {
  const tz = settings.timeZone;
  const days = daysBetween(filter.from, filter.to);
  const dayIndex = new Map(days.map((d, i) => [d, i]));
  const snaps = ownSnapshots(input.metrics, input.accounts, filter.platform).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const inRange = snaps.filter((s) => dayIndex.has(s.date));
  const aggregates = input.aggregates.filter((r) => dayIndex.has(r.date) && (filter.platform === 'all' || r.platform === filter.platform));

  const present = new Set<Platform>();
  for (const s of inRange) present.add(s.platform);
  for (const r of aggregates) present.add(r.platform);
  const platforms = PLATFORMS.filter((p) => present.has(p));

  const followers: ReportData['followers'] = {};
  const er: ReportData['engagementRate'] = {};
  const snapByPlatformDay = new Map<string, MetricSnapshot[]>();
  for (const s of inRange) {
    const k = `${s.platform}|${s.date}`;
    const list = snapByPlatformDay.get(k);
    if (list) list.push(s);
    else snapByPlatformDay.set(k, [s]);
  }
  for (const p of platforms) {
    const ps = snaps.filter((s) => s.platform === p);
    followers[p] = followerSeries(ps, days);
    er[p] = days.map((d) => erValue(snapByPlatformDay.get(`${p}|${d}`) ?? [], settings.erFormula));
  }

  const positive = new Array<number>(days.length).fill(0);
  const negative = new Array<number>(days.length).fill(0);
  const neutral = new Array<number>(days.length).fill(0);
  const aggByPlatformDay = new Map<string, AggregateRow[]>();
  for (const r of aggregates) {
    const i = dayIndex.get(r.date)!;
    positive[i]! += r.positive;
    negative[i]! += r.negative;
    neutral[i]! += r.neutral;
    const k = `${r.platform}|${r.date}`;
    const list = aggByPlatformDay.get(k);
    if (list) list.push(r);
    else aggByPlatformDay.set(k, [r]);
  }
  const response = summarizeAggregates(aggregates);
  const responseHist = new Array<number>(RESPONSE_HIST_SIZE).fill(0);
  for (const r of aggregates) for (let k = 0; k < RESPONSE_HIST_SIZE; k++) responseHist[k]! += r.responseHist[k] ?? 0;

  const endOfRange = dayStart(dayNumberToKey(dateKeyToDayNumber(filter.to)! + 1), tz) - 1;
  const estimates = postEngagementEstimates(
    input.posts.filter((p) => filter.platform === 'all' || p.platforms.includes(filter.platform)),
    snaps,
    input.accounts,
    tz,
  );
  const best = estimates.length > 0 ? bestTimeToPost(estimates, tz, Math.min(now, endOfRange)) : null;

  const today = dayNumberToKey(getZone(tz).dayNumber(now));
  const asOf = filter.to < today ? filter.to : today;
  const campaigns = input.campaigns
    .filter((c) => c.startDate <= filter.to && c.endDate >= filter.from)
    .filter((c) => filter.platform === 'all' || c.platforms.length === 0 || c.platforms.includes(filter.platform))
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.name.localeCompare(b.name))
    .map((c) => ({ id: c.id, name: c.name, currency: c.currency, progress: campaignProgress(c, asOf, tz) }));

  const table: ReportRow[] = [];
  const hist = new Array<number>(RESPONSE_HIST_SIZE);
  for (const d of days) {
    for (const p of platforms) {
      const s = snapByPlatformDay.get(`${p}|${d}`) ?? [];
      const a = aggByPlatformDay.get(`${p}|${d}`) ?? [];
      if (s.length === 0 && a.length === 0) continue;
      // Summed by hand: summarizeAggregates per cell would build KPI objects thousands of times.
      let inbound = 0, answered = 0, responses = 0, within = 0, pos = 0, neg = 0, neu = 0;
      hist.fill(0);
      for (const r of a) {
        inbound += r.inbound;
        answered += r.answered;
        responses += r.responseCount;
        within += r.answeredWithinSla;
        pos += r.positive;
        neg += r.negative;
        neu += r.neutral;
        for (let k = 0; k < RESPONSE_HIST_SIZE; k++) hist[k]! += r.responseHist[k] ?? 0;
      }
      const has = a.length > 0;
      const median = has ? estimateHistogramPercentile(hist, 50) : null;
      table.push({
        date: d,
        platform: p,
        followers: sumOrNull(s.map((x) => x.followers)),
        reach: sumOrNull(s.map((x) => x.reach)),
        impressions: sumOrNull(s.map((x) => x.impressions)),
        engagements: sumOrNull(s.map(snapshotEngagements)),
        engagementRate: round2(erValue(s, settings.erFormula)),
        inbound: has ? inbound : null,
        answered: has ? answered : null,
        medianResponseMinutes: round2(median === null ? null : median / 60_000),
        withinSla: round2(has ? safeRatio(within, responses, 100) : null),
        positive: has ? pos : null,
        negative: has ? neg : null,
        neutral: has ? neu : null,
        sentimentScore: round2(has ? safeRatio(pos, pos + neg, 100) : null),
      });
    }
  }

  return {
    filter,
    days,
    platforms,
    followers,
    engagementRate: er,
    engagementRateFormula: engagementRate(null, null, settings.erFormula).formula,
    sentiment: {
      positive,
      negative,
      neutral,
      score: days.map((_, i) => safeRatio(positive[i], positive[i]! + negative[i]!, 100)),
      formula: sentimentScore(null, null).formula,
    },
    responseHist,
    response,
    bestTime: best && best.ranked.length > 0 ? best : null,
    campaigns,
    table,
  };
}

export async function loadReport(filter: ReportFilter, settings: Settings, now: number): Promise<ReportData> {
  return computeReport(await loadReportInput(filter, settings.timeZone), filter, settings, now);
}

/** Bucket labels for the response-time histogram: upper edges in minutes. */
export function histogramEdgesMinutes(): number[] {
  return RESPONSE_HIST_EDGES.map((ms) => ms / 60_000);
}

// ---------------------------------------------------------------------------------------------
// CSV export

const FORMULA_TRIGGER = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Spreadsheets run a cell that starts with `=`, `+`, `-`, `@`, tab or CR as a formula (CSV
 * injection), so such a cell gets a leading `'`. A plain number such as `-12.5` cannot be a formula
 * and stays a number.
 */
export function neutralizeCsvCell(value: string): string {
  return FORMULA_TRIGGER.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

function quote(cell: string): string {
  return /[",\r\n;]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** RFC 4180 CSV with every cell neutralised, CRLF line ends and a BOM so Excel reads UTF-8. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  const lines = rows.map((r) => r.map((c) => quote(neutralizeCsvCell(c === null ? '' : String(c)))).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** The report's daily table as CSV, headers in the user's language; unknown figures stay empty, never 0. */
export function reportCsv(rows: readonly ReportRow[], lang: UiLang): string {
  const header = REPORT_COLUMNS.map((c) => translate(lang, `reports.col.${c}`));
  const body = rows.map((r) => REPORT_COLUMNS.map((c) => (c === 'platform' ? translate(lang, `platform.${r.platform}`) : r[c])));
  return toCsv([header, ...body]);
}

/** Campaign results against targets as CSV. */
export function campaignsCsv(campaigns: readonly CampaignResult[], lang: UiLang): string {
  const header = ['campaign', 'currency', 'target', 'targetValue', 'actual', 'ratio', 'onTrack'].map((c) => translate(lang, `reports.campaignCol.${c}`));
  const body: Array<Array<string | number | null>> = [];
  for (const c of campaigns) {
    for (const t of c.progress.targets) {
      body.push([
        c.name, c.currency, translate(lang, `kpi.target.${t.key}`), t.target, round2(t.actual), round2(t.ratio === null ? null : t.ratio * 100),
        t.onTrack === null ? '' : translate(lang, t.onTrack ? 'reports.yes' : 'reports.no'),
      ]);
    }
  }
  return toCsv([header, ...body]);
}
