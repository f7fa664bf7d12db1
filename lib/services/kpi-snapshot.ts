import type { Account, Campaign, Interaction, MetricSnapshot, Platform, Post, Settings, SlaState } from '../models';
import { getDb } from '../db/db';
import { guard } from '../db/errors';
import {
  campaignProgress, engagementRate, engagements, followerGrowth, summarizeAggregates, ctr, cpl, roi,
  type AggregateRow, type CampaignProgress, type KpiResult, type TargetKey,
} from '../kpi';
import { result } from '../kpi/result';
import { dueState } from '../calendar/status';
import { DAY_MS, dateKeyToDayNumber, dayNumberToKey, getZone, weekStartDay } from '../timers';
import { tasksOfDay, type TodayTasks } from './tasks';
import { getSettings } from '../db/repos/settings';
import { REVISION_KEY } from '../db/revision';
import { dayStart, POPUP_SOURCE_FORMAT, popupView, POSTS_SHOWN, TASKS_SHOWN, toOpenItem, UNANSWERED_SHOWN, type OpenItem } from './popup-view';

export { dayStart, popupView, POPUP_PERIODS, POPUP_SOURCE_FORMAT, POSTS_SHOWN, TASKS_SHOWN, unansweredGroups } from './popup-view';

export type PopupPeriod = 'week' | '7d' | 'month';
export type PlatformFilter = Platform | 'all';

/** Inclusive range of local calendar days. */
export interface DayRange {
  from: string;
  to: string;
}

export interface PeriodRanges {
  current: DayRange;
  previous: DayRange;
}

/**
 * The period shown and the one it is compared with. Weeks start on Monday and months on the 1st;
 * the comparison covers the same number of days at the start of the previous week or month, so a
 * Wednesday compares Monday–Wednesday with last Monday–Wednesday rather than with a whole week.
 */
export function periodRanges(now: number, timeZone: string, period: PopupPeriod): PeriodRanges {
  const today = getZone(timeZone).dayNumber(now);
  const range = (a: number, b: number): DayRange => ({ from: dayNumberToKey(a), to: dayNumberToKey(b) });
  if (period === '7d') return { current: range(today - 6, today), previous: range(today - 13, today - 7) };
  if (period === 'week') {
    const start = weekStartDay(today);
    const len = today - start;
    return { current: range(start, today), previous: range(start - 7, start - 7 + len) };
  }
  const key = dayNumberToKey(today);
  const y = Number(key.slice(0, 4));
  const m = Number(key.slice(5, 7));
  const d = Number(key.slice(8, 10));
  const first = dateKeyToDayNumber(`${key.slice(0, 8)}01`)!;
  const py = m === 1 ? y - 1 : y;
  const pm = m === 1 ? 12 : m - 1;
  const prevFirst = dateKeyToDayNumber(`${String(py).padStart(4, '0')}-${pm < 10 ? '0' : ''}${pm}-01`)!;
  const prevLen = first - prevFirst;
  return { current: range(first, today), previous: range(prevFirst, prevFirst + Math.min(d, prevLen) - 1) };
}

/** Every day key from `from` to `to`, inclusive. */
export function daysBetween(from: string, to: string): string[] {
  const a = dateKeyToDayNumber(from);
  const b = dateKeyToDayNumber(to);
  if (a === null || b === null) return [];
  const out: string[] = [];
  for (let n = a; n <= b; n++) out.push(dayNumberToKey(n));
  return out;
}

export type KpiCardId = 'engagementRate' | 'followerGrowth' | 'reach' | 'medianResponse' | 'withinSla' | 'sentiment';
export const KPI_CARD_IDS: readonly KpiCardId[] = ['engagementRate', 'followerGrowth', 'reach', 'medianResponse', 'withinSla', 'sentiment'];

export interface KpiCard {
  id: KpiCardId;
  unit: 'percent' | 'count' | 'duration';
  better: 'higher' | 'lower';
  current: KpiResult;
  previous: KpiResult;
  /** current − previous; null unless both are known. */
  delta: number | null;
  /** Net new followers (follower growth only). */
  netNew?: { current: number | null; previous: number | null };
  /** One value per day of `PopupData.spanDays` (null: no data that day). */
  series: Array<number | null>;
}

export interface CampaignKpi {
  key: 'ctr' | 'cpl' | 'conversions' | 'roi';
  unit: 'percent' | 'money' | 'count';
  result: KpiResult;
  target: number | null;
  onTrack: boolean | null;
  better: 'higher' | 'lower';
  /** Per entry day, the last 14 days with entries. */
  series: Array<number | null>;
}

export interface CampaignCard {
  id: string;
  name: string;
  currency: string;
  startDate: string;
  endDate: string;
  kpis: CampaignKpi[];
  progress: CampaignProgress;
}

export type Checkpoint =
  | { kind: 'start' | 'end'; campaignId: string; name: string }
  | { kind: 'offTrack'; campaignId: string; name: string; targets: TargetKey[] }
  | { kind: 'overBudget'; campaignId: string; name: string; spend: number; budget: number; currency: string }
  | { kind: 'pacing'; campaignId: string; name: string; pacing: number };

export interface ComposerLink {
  platform: Platform;
  url: string;
}

export interface PostTask {
  id: string;
  caption: string;
  link: string | null;
  platforms: Platform[];
  scheduledAt: number | null;
  status: Post['status'];
  /** Due today and its time has passed without being published. */
  late: boolean;
  composer: ComposerLink[];
}

export interface UnansweredItem {
  id: string;
  platform: Platform;
  kind: Interaction['kind'];
  author: string;
  excerpt: string;
  url: string | null;
  waitingMs: number;
  negative: boolean;
}

export type OpenState = Exclude<SlaState, 'answered'>;

export interface UnansweredGroup {
  state: OpenState;
  count: number;
  /** The longest-waiting few, for one-click opening. */
  items: UnansweredItem[];
}

export interface PopupData {
  now: number;
  today: string;
  period: PopupPeriod;
  platform: PlatformFilter;
  ranges: PeriodRanges;
  /** The days the sparklines cover: the previous period's first day to today. */
  spanDays: string[];
  cards: KpiCard[];
  campaigns: CampaignCard[];
  checkpoints: Checkpoint[];
  /** The first `POSTS_SHOWN` of today's posts, by time, and how many there are in all. */
  postsToday: PostTask[];
  postsTodayCount: number;
  /** The first `POSTS_SHOWN` missed posts, and how many there are in all. */
  missedPosts: PostTask[];
  missedPostsCount: number;
  unanswered: UnansweredGroup[];
  unansweredTotal: number;
  /** The first `TASKS_SHOWN` of the day's tasks (see `tasksOfDay`), and how many there are in all. */
  tasks: TodayTasks['tasks'];
  tasksCount: number;
}

/** A glance, not a list: the calendar holds the rest. */
const MISSED_LOOKBACK_DAYS = 14;
const CAMPAIGN_SERIES_DAYS = 14;
/** Spending this far ahead of an even spread of the budget is worth a look today. */
export const PACING_ALERT = 120;

/** The page where a post for `platform` is written; the caption goes along where the site accepts it. */
export function composerUrl(platform: Platform, text: string): string {
  const q = encodeURIComponent(text.slice(0, 1500));
  switch (platform) {
    case 'x':
      return `https://x.com/intent/post?text=${q}`;
    case 'threads':
      return `https://www.threads.net/intent/post?text=${q}`;
    case 'linkedin':
      return `https://www.linkedin.com/feed/?shareActive=true&text=${q}`;
    case 'facebook':
    case 'instagram':
      // Meta's web composer for pages and professional Instagram accounts; neither takes a prefilled text.
      return 'https://business.facebook.com/latest/composer';
    case 'youtube':
      return 'https://www.youtube.com/upload';
    case 'tiktok':
      return 'https://www.tiktok.com/tiktokstudio/upload';
  }
}

function postText(p: Pick<Post, 'caption' | 'link'>): string {
  return p.link ? `${p.caption}\n\n${p.link}`.trim() : p.caption;
}

function toPostTask(p: Post, now: number): PostTask {
  const state = dueState(p, now);
  const text = postText(p);
  return {
    id: p.id,
    caption: p.caption,
    link: p.link,
    platforms: p.platforms,
    scheduledAt: p.scheduledAt,
    status: p.status,
    late: state === 'overdue' || state === 'missed',
    composer: p.platforms.map((platform) => ({ platform, url: composerUrl(platform, text) })),
  };
}

function inPlatform(platforms: readonly Platform[], filter: PlatformFilter): boolean {
  return filter === 'all' || platforms.length === 0 || platforms.includes(filter);
}

// ---------------------------------------------------------------------------------------------
// Figures from metric snapshots

/**
 * Engagements of one snapshot. A snapshot captured off a profile page holds lifetime totals
 * (a TikTok profile's likes), so its parts never stand in for a day's engagements.
 */
export function snapshotEngagements(s: MetricSnapshot): number | null {
  if (s.engagements !== undefined) return s.engagements;
  if (s.source === 'capture') return null;
  return engagements({ likes: s.likes, comments: s.comments, shares: s.shares, saves: s.saves }).value;
}

/** Snapshots of the team's own accounts (competitors' and influencers' figures are kept apart). */
export function ownSnapshots(metrics: readonly MetricSnapshot[], accounts: readonly Account[], platform: PlatformFilter): MetricSnapshot[] {
  const foreign = new Set(accounts.filter((a) => a.role !== 'own').map((a) => a.id));
  return metrics.filter((m) => !foreign.has(m.accountId) && (platform === 'all' || m.platform === platform));
}

/**
 * Engagement rate over a set of snapshots with the workspace's denominator. Only snapshots that
 * report both the engagements and the denominator count, so a day with reach but no engagement
 * figure does not pull the rate down.
 */
export function engagementRateOf(snaps: Iterable<MetricSnapshot>, variant: Settings['erFormula']): KpiResult {
  let num: number | null = null;
  let den: number | null = null;
  for (const s of snaps) {
    const e = snapshotEngagements(s);
    const d = s[variant];
    if (e === null || d === undefined) continue;
    num = (num ?? 0) + e;
    den = (den ?? 0) + d;
  }
  return engagementRate(num, den, variant);
}

export const REACH_FORMULA = { en: 'sum of daily reach of your accounts', id: 'jumlah jangkauan harian akun Anda' };

export function reachOf(snaps: Iterable<MetricSnapshot>): KpiResult {
  let sum: number | null = null;
  for (const s of snaps) if (s.reach !== undefined) sum = (sum ?? 0) + s.reach;
  return result('reach', sum, REACH_FORMULA, { reach: sum });
}

/**
 * Follower growth over [from, to]: per account, the last count before `from` (else the first one in
 * the range) against the last count in the range; accounts with a single known count are left out,
 * since one figure says nothing about growth. `snaps` must be sorted by date.
 */
export function followerGrowthOf(snaps: readonly MetricSnapshot[], range: DayRange) {
  const start = new Map<string, { date: string; v: number }>();
  const end = new Map<string, { date: string; v: number }>();
  for (const s of snaps) {
    if (s.followers === undefined || s.date > range.to) continue;
    if (s.date < range.from) {
      start.set(s.accountId, { date: s.date, v: s.followers });
      continue;
    }
    if (!start.has(s.accountId)) start.set(s.accountId, { date: s.date, v: s.followers });
    end.set(s.accountId, { date: s.date, v: s.followers });
  }
  let a: number | null = null;
  let b: number | null = null;
  for (const [id, e] of end) {
    const s = start.get(id);
    if (!s || s.date >= e.date) continue;
    a = (a ?? 0) + s.v;
    b = (b ?? 0) + e.v;
  }
  return followerGrowth(a, b);
}

/** Total followers per day, each account's last known count carried forward; null before any is known. */
export function followerSeries(snaps: readonly MetricSnapshot[], days: readonly string[]): Array<number | null> {
  const byDay = new Map<string, MetricSnapshot[]>();
  for (const s of snaps) {
    if (s.followers === undefined) continue;
    const list = byDay.get(s.date);
    if (list) list.push(s);
    else byDay.set(s.date, [s]);
  }
  const last = new Map<string, number>();
  for (const s of snaps) if (s.followers !== undefined && days.length > 0 && s.date < days[0]!) last.set(s.accountId, s.followers);
  return days.map((d) => {
    for (const s of byDay.get(d) ?? []) last.set(s.accountId, s.followers!);
    if (last.size === 0) return null;
    let sum = 0;
    for (const v of last.values()) sum += v;
    return sum;
  });
}

// ---------------------------------------------------------------------------------------------
// Figures from the daily aggregates

export const MEDIAN_RESPONSE_FORMULA = {
  en: 'median time from an item coming in to the first reply (estimated from the daily histogram)',
  id: 'median waktu dari item masuk sampai balasan pertama (perkiraan dari histogram harian)',
};

export interface ResponseFigures {
  medianResponse: KpiResult;
  withinSla: KpiResult;
  sentiment: KpiResult;
}

export function responseFigures(rows: Iterable<AggregateRow>): ResponseFigures {
  const s = summarizeAggregates(rows);
  return {
    medianResponse: result('medianResponse', s.medianResponseMs, MEDIAN_RESPONSE_FORMULA, { answered: s.responseCount, p90Ms: s.p90ResponseMs }),
    withinSla: s.withinSla,
    sentiment: s.sentiment,
  };
}

function delta(a: KpiResult, b: KpiResult): number | null {
  return a.value !== null && b.value !== null ? a.value - b.value : null;
}

function groupByDate<T extends { date: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.date);
    if (list) list.push(r);
    else out.set(r.date, [r]);
  }
  return out;
}

function within<T extends { date: string }>(rows: readonly T[], r: DayRange): T[] {
  return rows.filter((x) => x.date >= r.from && x.date <= r.to);
}

export interface KpiInputs {
  aggregates: readonly AggregateRow[];
  /** Own accounts' snapshots, sorted by date. */
  snapshots: readonly MetricSnapshot[];
}

/** The six KPI cards from already-read rows (pure; the bench and the tests call it directly too). */
export function kpiCards(input: KpiInputs, ranges: PeriodRanges, spanDays: readonly string[], erFormula: Settings['erFormula']): KpiCard[] {
  const { aggregates, snapshots } = input;
  const aggByDay = groupByDate(aggregates);
  const snapByDay = groupByDate(snapshots);
  const cur = { agg: within(aggregates, ranges.current), snap: within(snapshots, ranges.current) };
  const prev = { agg: within(aggregates, ranges.previous), snap: within(snapshots, ranges.previous) };
  const rCur = responseFigures(cur.agg);
  const rPrev = responseFigures(prev.agg);
  const daily = spanDays.map((d) => ({ agg: responseFigures(aggByDay.get(d) ?? []), snap: snapByDay.get(d) ?? [] }));

  const card = (
    id: KpiCardId, unit: KpiCard['unit'], better: KpiCard['better'], current: KpiResult, previous: KpiResult, series: Array<number | null>,
  ): KpiCard => ({ id, unit, better, current, previous, delta: delta(current, previous), series });

  const erCur = engagementRateOf(cur.snap, erFormula);
  const erPrev = engagementRateOf(prev.snap, erFormula);
  const fgCur = followerGrowthOf(snapshots, ranges.current);
  const fgPrev = followerGrowthOf(snapshots, ranges.previous);
  return [
    card('engagementRate', 'percent', 'higher', erCur, erPrev, daily.map((d) => engagementRateOf(d.snap, erFormula).value)),
    {
      ...card('followerGrowth', 'percent', 'higher', fgCur, fgPrev, followerSeries(snapshots, spanDays)),
      netNew: { current: fgCur.netNew, previous: fgPrev.netNew },
    },
    card('reach', 'count', 'higher', reachOf(cur.snap), reachOf(prev.snap), daily.map((d) => reachOf(d.snap).value)),
    card('medianResponse', 'duration', 'lower', rCur.medianResponse, rPrev.medianResponse, daily.map((d) => d.agg.medianResponse.value)),
    card('withinSla', 'percent', 'higher', rCur.withinSla, rPrev.withinSla, daily.map((d) => d.agg.withinSla.value)),
    card('sentiment', 'percent', 'higher', rCur.sentiment, rPrev.sentiment, daily.map((d) => d.agg.sentiment.value)),
  ];
}

// ---------------------------------------------------------------------------------------------
// Campaigns

export const CONVERSIONS_FORMULA = { en: 'sum of conversions entered for the campaign', id: 'jumlah konversi yang dicatat untuk kampanye' };

export function campaignCard(c: Campaign, today: string, timeZone: string): CampaignCard {
  const progress = campaignProgress(c, today, timeZone);
  const target = (key: TargetKey) => progress.targets.find((t) => t.key === key) ?? null;
  const days = [...groupByDate(c.entries.filter((e) => e.date <= today)).entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .slice(-CAMPAIGN_SERIES_DAYS);
  const sum = (list: Campaign['entries'], f: 'spend' | 'impressions' | 'clicks' | 'leads' | 'conversions' | 'revenue') => {
    let s: number | null = null;
    for (const e of list) if (e[f] !== undefined) s = (s ?? 0) + e[f];
    return s;
  };
  const kpi = (
    key: CampaignKpi['key'], unit: CampaignKpi['unit'], res: KpiResult, targetKey: TargetKey, series: Array<number | null>,
  ): CampaignKpi => {
    const t = target(targetKey);
    return { key, unit, result: res, target: t?.target ?? null, onTrack: t?.onTrack ?? null, better: key === 'cpl' ? 'lower' : 'higher', series };
  };
  return {
    id: c.id,
    name: c.name,
    currency: c.currency,
    startDate: c.startDate,
    endDate: c.endDate,
    progress,
    kpis: [
      kpi('ctr', 'percent', progress.kpis.ctr, 'ctr', days.map(([, l]) => ctr(sum(l, 'clicks'), sum(l, 'impressions')).value)),
      kpi('cpl', 'money', progress.kpis.cpl, 'cpl', days.map(([, l]) => cpl(sum(l, 'spend'), sum(l, 'leads')).value)),
      kpi(
        'conversions', 'count',
        result('conversions', progress.totals.conversions, CONVERSIONS_FORMULA, { conversions: progress.totals.conversions }),
        'conversions', days.map(([, l]) => sum(l, 'conversions')),
      ),
      kpi('roi', 'percent', progress.kpis.roi, 'roi', days.map(([, l]) => roi(sum(l, 'revenue'), sum(l, 'spend')).value)),
    ],
  };
}

export function campaignCheckpoints(cards: readonly CampaignCard[], campaigns: readonly Campaign[], today: string): Checkpoint[] {
  const out: Checkpoint[] = [];
  const byId = new Map(campaigns.map((c) => [c.id, c]));
  for (const card of cards) {
    const c = byId.get(card.id);
    if (!c) continue;
    const base = { campaignId: c.id, name: c.name };
    if (c.startDate === today) out.push({ kind: 'start', ...base });
    if (c.endDate === today) out.push({ kind: 'end', ...base });
    const off = card.progress.targets.filter((t) => t.onTrack === false).map((t) => t.key);
    if (off.length > 0) out.push({ kind: 'offTrack', ...base, targets: off });
    const spend = card.progress.totals.spend;
    if (spend !== null && spend > c.budget) out.push({ kind: 'overBudget', ...base, spend, budget: c.budget, currency: c.currency });
    else if (card.progress.pacing.value !== null && card.progress.pacing.value > PACING_ALERT) {
      out.push({ kind: 'pacing', ...base, pacing: card.progress.pacing.value });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Open items

// ---------------------------------------------------------------------------------------------
// The one read behind the popup


/**
 * The open items the popup needs: all of those recent enough to be anything but breached, plus the
 * longest-waiting older ones to show; the rest of the older ones only counted (an index count reads
 * no rows). An item older than every SLA target (in calendar time, widened generously when business
 * hours pause the clock) cannot be anything but breached.
 */
async function openInteractions(now: number, settings: Settings): Promise<{ rows: Interaction[]; olderUnread: number }> {
  const db = getDb();
  const targets = [...Object.values(settings.sla.targets), ...Object.values(settings.sla.platformTargets).flatMap((t) => Object.values(t ?? {}))];
  const maxTargetMs = Math.max(...targets.map((m) => m ?? 0)) * 60_000;
  const windowMs = settings.sla.businessHours ? maxTargetMs * 14 + 14 * DAY_MS : maxTargetMs + DAY_MS;
  const edge = now - windowMs;
  const index = db.interactions.where('[status+firstSeenAt]');
  const [recent, oldest, olderCount] = await Promise.all([
    index.between(['open', edge], ['open', Infinity], true, true).toArray(),
    index.between(['open', -Infinity], ['open', edge], true, false).limit(UNANSWERED_SHOWN).toArray(),
    index.between(['open', -Infinity], ['open', edge], true, false).count(),
  ]);
  return { rows: [...oldest, ...recent], olderUnread: olderCount - oldest.length };
}

/**
 * What the popup shows, as read at `now`, apart from the classification of open items (SLA state,
 * waiting time), which moves with the clock and is done when showing (`popupView`). Everything else
 * holds from `now` until `validUntil`: the end of the day, the next post to pass its grace period or
 * the next snoozed task to come back, whichever is first, as long as the data does not change.
 */
export interface PopupSource {
  /** The layout of this record (a stored snapshot of another layout is never shown). */
  format: typeof POPUP_SOURCE_FORMAT;
  now: number;
  /** Last instant (ms) at which this source still describes the data it was read from. */
  validUntil: number;
  period: PopupPeriod;
  platform: PlatformFilter;
  settings: Settings;
  /** The data revision the rows were read at (null: nothing was ever written). */
  rev: string | null;
  base: Omit<PopupData, 'now' | 'unanswered' | 'unansweredTotal'>;
  /** Open items recent enough to be anything but breached, and the longest-waiting older ones. */
  open: OpenItem[];
  /** Open items older than the window that were counted, not read (all breached). */
  olderOpen: number;
}

const POST_GRACE_MS = 30 * 60_000;

/**
 * Reads everything the popup shows in one read transaction, through indexed ranges only: the
 * aggregate rows and metric snapshots of the compared periods, the campaigns still running, today's
 * posts, the open items and today's tasks (with the settings, unless given, and the revision).
 * Never touches the full interaction history.
 */
export async function loadPopupSource(now: number, period: PopupPeriod, platform: PlatformFilter, given?: Settings): Promise<PopupSource> {
  const db = getDb();
  return guard(() =>
    db.transaction('r', [db.aggregates, db.metrics, db.accounts, db.campaigns, db.posts, db.interactions, db.tasks, db.settings, db.meta], async () => {
      const [settings, rev] = await Promise.all([given ?? getSettings(), db.meta.get(REVISION_KEY)]);
      return readSource(now, settings, period, platform, typeof rev?.value === 'string' ? rev.value : null);
    }),
  );
}

async function readSource(now: number, settings: Settings, period: PopupPeriod, platform: PlatformFilter, rev: string | null): Promise<PopupSource> {
  const db = getDb();
  const tz = settings.timeZone;
  const ranges = periodRanges(now, tz, period);
  const today = ranges.current.to;
  const spanDays = daysBetween(ranges.previous.from, ranges.current.to);
  const todayStart = dayStart(today, tz);
  const tomorrowStart = dayStart(dayNumberToKey(dateKeyToDayNumber(today)! + 1), tz);
  const missedFrom = todayStart - MISSED_LOOKBACK_DAYS * DAY_MS;

  const [aggRows, metricRows, accounts, campaigns, postRows, open, taskRows] = await Promise.all([
    platform === 'all'
      ? db.aggregates.where('date').between(ranges.previous.from, ranges.current.to, true, true).toArray()
      : db.aggregates.where('[platform+date]').between([platform, ranges.previous.from], [platform, ranges.current.to], true, true).toArray(),
    db.metrics.where('date').between(ranges.previous.from, ranges.current.to, true, true).toArray(),
    db.accounts.toArray(),
    db.campaigns.where('endDate').aboveOrEqual(today).toArray(),
    db.posts.where('scheduledAt').between(missedFrom, tomorrowStart, true, false).toArray(),
    openInteractions(now, settings),
    db.tasks.where('dueDate').belowOrEqual(today).toArray(),
  ]);

  const snapshots = ownSnapshots(metricRows, accounts, platform).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const cards = kpiCards({ aggregates: aggRows as unknown as AggregateRow[], snapshots }, ranges, spanDays, settings.erFormula);

  const active = campaigns
    .filter((c) => c.startDate <= today && inPlatform(c.platforms, platform))
    .sort((a, b) => a.endDate.localeCompare(b.endDate) || a.name.localeCompare(b.name));
  const campaignCards = active.map((c) => campaignCard(c, today, tz));

  const posts = postRows.filter((p) => p.status !== 'idea' && inPlatform(p.platforms, platform));
  const byTime = (a: Post, b: Post) => (a.scheduledAt ?? 0) - (b.scheduledAt ?? 0);
  const postsToday = posts.filter((p) => p.scheduledAt! >= todayStart && p.status !== 'missed').sort(byTime);
  const missedPosts = posts
    .filter((p) => p.scheduledAt! < todayStart && (p.status === 'missed' || dueState(p, now) === 'overdue'))
    .sort(byTime)
    .concat(posts.filter((p) => p.scheduledAt! >= todayStart && p.status === 'missed').sort(byTime));

  const tasks = tasksOfDay(taskRows, today, now);

  // The view changes by itself at midnight, when a post passes its grace period (it turns late or
  // missed) and when a snoozed task comes back.
  let validUntil = tomorrowStart - 1;
  for (const p of posts) {
    const state = dueState(p, now);
    if (state === 'published' || state === 'missed' || state === 'overdue' || p.scheduledAt === null) continue;
    validUntil = Math.min(validUntil, p.scheduledAt + POST_GRACE_MS);
  }
  for (const t of taskRows) if (t.snoozedUntil !== null && t.snoozedUntil > now) validUntil = Math.min(validUntil, t.snoozedUntil - 1);

  return {
    format: POPUP_SOURCE_FORMAT,
    now,
    validUntil,
    period,
    platform,
    settings,
    rev,
    base: {
      today,
      period,
      platform,
      ranges,
      spanDays,
      cards,
      campaigns: campaignCards,
      checkpoints: campaignCheckpoints(campaignCards, active, today),
      postsToday: postsToday.slice(0, POSTS_SHOWN).map((p) => toPostTask(p, now)),
      postsTodayCount: postsToday.length,
      missedPosts: missedPosts.slice(0, POSTS_SHOWN).map((p) => toPostTask(p, now)),
      missedPostsCount: missedPosts.length,
      tasks: tasks.slice(0, TASKS_SHOWN),
      tasksCount: tasks.length,
    },
    open: open.rows.map(toOpenItem),
    olderOpen: platform === 'all' ? open.olderUnread : 0,
  };
}


/**
 * Everything the popup shows (see `loadPopupSource`), classified at `now`.
 */
export async function loadPopupData(now: number, settings: Settings, period: PopupPeriod, platform: PlatformFilter): Promise<PopupData> {
  return popupView(await loadPopupSource(now, period, platform, settings), now);
}
