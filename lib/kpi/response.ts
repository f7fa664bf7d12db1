import type { BusinessHours, Interaction, ItemKind, Platform, SlaSettings } from '../models';
import { businessMillisBetween } from '../timers/business-hours';
import { clockStartAt, responseMillis, slaTargetMillis, warningMillis, type SlaItem, type TimedItem } from '../timers/sla';
import { HOUR_MS, MINUTE_MS, dayNumberToKey, getZone } from '../timers/zone';
import { sentimentScore } from './formulas';
import { result, safeRatio, type KpiResult } from './result';
import { durationStats, statsInPlace, type DurationStats } from './stats';

/**
 * First-response time of the answered items (from clock start, see `clockStartAt`, to the answer),
 * in business time when `hours` is given. Median and p90 use linear interpolation (`percentile`).
 */
export function firstResponseStats(items: Iterable<TimedItem>, hours: BusinessHours | null = null): DurationStats {
  const values: number[] = [];
  for (const item of items) {
    const ms = responseMillis(item, hours);
    if (ms !== null) values.push(ms);
  }
  return durationStats(values);
}

export const WITHIN_SLA_FORMULA = {
  en: 'items answered within the SLA target ÷ items answered × 100',
  id: 'item dijawab dalam target SLA ÷ item dijawab × 100',
};

/**
 * Share of answered items whose response time was below their target, in percent. Only answered
 * items with a known answer time count; ignored items are neither.
 */
export function withinSlaShare(items: Iterable<SlaItem>, sla: SlaSettings): KpiResult {
  let answered = 0;
  let within = 0;
  for (const item of items) {
    const ms = responseMillis(item, sla.businessHours);
    if (ms === null) continue;
    answered++;
    if (ms < slaTargetMillis(sla, item.platform, item.kind)) within++;
  }
  return result('withinSla', safeRatio(within, answered, 100), WITHIN_SLA_FORMULA, { answeredWithinSla: within, answered });
}

export interface BacklogBuckets {
  /** under 15 minutes */
  lt15m: number;
  /** 15 minutes up to 1 hour */
  m15to1h: number;
  /** 1 up to 4 hours */
  h1to4h: number;
  /** 4 up to 24 hours */
  h4to24h: number;
  /** 24 hours and more */
  gte24h: number;
  total: number;
}

const BUCKET_EDGES = [15 * MINUTE_MS, HOUR_MS, 4 * HOUR_MS, 24 * HOUR_MS] as const;

function emptyBacklog(): BacklogBuckets {
  return { lt15m: 0, m15to1h: 0, h1to4h: 0, h4to24h: 0, gte24h: 0, total: 0 };
}

function addToBacklog(b: BacklogBuckets, waited: number): void {
  b.total++;
  if (waited < BUCKET_EDGES[0]) b.lt15m++;
  else if (waited < BUCKET_EDGES[1]) b.m15to1h++;
  else if (waited < BUCKET_EDGES[2]) b.h1to4h++;
  else if (waited < BUCKET_EDGES[3]) b.h4to24h++;
  else b.gte24h++;
}

/** How long the open items have waited, in buckets (lower bound included). Non-open items are skipped. */
export function backlogBuckets(openItems: Iterable<TimedItem>, now: number, hours: BusinessHours | null = null): BacklogBuckets {
  const b = emptyBacklog();
  for (const item of openItems) {
    if (item.status !== 'open') continue;
    addToBacklog(b, businessMillisBetween(clockStartAt(item), now, hours));
  }
  return b;
}

export interface ResponseKpiOptions {
  now: number;
  sla: SlaSettings;
  /** Zone of the day keys in `byDay` (the user's zone); default: the business-hours zone, else UTC. */
  timeZone?: string;
  /** Count only items whose clock started in [from, to). */
  from?: number;
  to?: number;
  platforms?: readonly Platform[];
  /** Measure in business hours (the SLA's) rather than calendar time; true by default. */
  businessHours?: boolean;
}

export interface PlatformResponseKpis {
  inbound: number;
  open: number;
  answered: number;
  answeredWithinSla: number;
  medianMs: number | null;
  /** Percent of the answered items with a known answer time that were within target. */
  withinSla: number | null;
}

export interface DayResponseKpis {
  date: string;
  inbound: number;
  answered: number;
  answeredWithinSla: number;
}

export interface ResponseKpis {
  inbound: number;
  open: number;
  /** Answered items, including any without a recorded answer time (those have no response time). */
  answered: number;
  ignored: number;
  firstResponse: DurationStats;
  withinSla: KpiResult;
  sentiment: KpiResult & { neutral: number; unclassified: number };
  /** Open items by SLA state at `now`. */
  states: { ok: number; warning: number; breached: number };
  backlog: BacklogBuckets;
  byPlatform: Partial<Record<Platform, PlatformResponseKpis>>;
  /** Per local day of clock start, ascending. */
  byDay: DayResponseKpis[];
}

interface PlatformAcc {
  inbound: number;
  open: number;
  answered: number;
  answeredWithinSla: number;
  responses: number;
}

/**
 * Every response KPI over a set of interactions in one pass: counts, first-response stats, % within
 * SLA, sentiment score, SLA states and backlog of open items, per platform and per day.
 */
export function computeResponseKpis(interactions: readonly Interaction[], opts: ResponseKpiOptions): ResponseKpis {
  const { now, sla } = opts;
  const hours = opts.businessHours === false ? null : sla.businessHours;
  const from = opts.from ?? -Infinity;
  const to = opts.to ?? Infinity;
  const platforms = opts.platforms ? new Set(opts.platforms) : null;
  const zone = getZone(opts.timeZone ?? sla.businessHours?.timeZone ?? 'UTC');

  const targets = new Map<Platform, Record<ItemKind, { target: number; warning: number }>>();
  const targetOf = (platform: Platform, kind: ItemKind) => {
    let byKind = targets.get(platform);
    if (!byKind) {
      const one = (k: ItemKind) => {
        const target = slaTargetMillis(sla, platform, k);
        return { target, warning: warningMillis(sla, target) };
      };
      byKind = { comment: one('comment'), reply: one('reply'), message: one('message') };
      targets.set(platform, byKind);
    }
    return byKind[kind];
  };

  let inbound = 0, open = 0, answered = 0, ignored = 0, within = 0;
  let positive = 0, negative = 0, neutral = 0, unclassified = 0;
  const states = { ok: 0, warning: 0, breached: 0 };
  const backlog = emptyBacklog();
  // Response times and their platforms in flat buffers: no per-item allocation.
  const responses = new Float64Array(interactions.length);
  const responsePlatform: Platform[] = new Array<Platform>(interactions.length);
  let responseCount = 0;
  const perPlatform = new Map<Platform, PlatformAcc>();
  const perDay = new Map<number, DayResponseKpis>();

  for (const i of interactions) {
    if (platforms && !platforms.has(i.platform)) continue;
    const start = clockStartAt(i);
    if (start < from || start >= to) continue;
    inbound++;
    let p = perPlatform.get(i.platform);
    if (!p) {
      p = { inbound: 0, open: 0, answered: 0, answeredWithinSla: 0, responses: 0 };
      perPlatform.set(i.platform, p);
    }
    p.inbound++;
    const dayNum = zone.dayNumber(start);
    let day = perDay.get(dayNum);
    if (!day) {
      day = { date: dayNumberToKey(dayNum), inbound: 0, answered: 0, answeredWithinSla: 0 };
      perDay.set(dayNum, day);
    }
    day.inbound++;

    switch (i.sentimentOverride ?? i.sentiment) {
      case 'positive': positive++; break;
      case 'negative': negative++; break;
      case 'neutral': neutral++; break;
      default: unclassified++;
    }

    if (i.status === 'open') {
      open++;
      p.open++;
      const waited = businessMillisBetween(start, now, hours);
      addToBacklog(backlog, waited);
      const t = targetOf(i.platform, i.kind);
      if (waited >= t.target) states.breached++;
      else if (waited >= t.warning) states.warning++;
      else states.ok++;
    } else if (i.status === 'ignored') {
      ignored++;
    } else {
      answered++;
      p.answered++;
      if (i.answeredAt === null) continue;
      const ms = businessMillisBetween(start, i.answeredAt, hours);
      responses[responseCount] = ms;
      responsePlatform[responseCount] = i.platform;
      responseCount++;
      p.responses++;
      day.answered++;
      if (ms < targetOf(i.platform, i.kind).target) {
        within++;
        p.answeredWithinSla++;
        day.answeredWithinSla++;
      }
    }
  }

  const platformBuffers = new Map<Platform, { buf: Float64Array; n: number }>();
  for (const [platform, acc] of perPlatform) platformBuffers.set(platform, { buf: new Float64Array(acc.responses), n: 0 });
  for (let k = 0; k < responseCount; k++) {
    const b = platformBuffers.get(responsePlatform[k]!)!;
    b.buf[b.n++] = responses[k]!;
  }
  const byPlatform: Partial<Record<Platform, PlatformResponseKpis>> = {};
  for (const [platform, acc] of perPlatform) {
    const stats = statsInPlace(platformBuffers.get(platform)!.buf);
    byPlatform[platform] = {
      inbound: acc.inbound,
      open: acc.open,
      answered: acc.answered,
      answeredWithinSla: acc.answeredWithinSla,
      medianMs: stats.median,
      withinSla: safeRatio(acc.answeredWithinSla, stats.count, 100),
    };
  }

  return {
    inbound,
    open,
    answered,
    ignored,
    firstResponse: statsInPlace(responses.subarray(0, responseCount)),
    withinSla: result('withinSla', safeRatio(within, responseCount, 100), WITHIN_SLA_FORMULA, {
      answeredWithinSla: within,
      answered: responseCount,
    }),
    sentiment: { ...sentimentScore(positive, negative), neutral, unclassified },
    states,
    backlog,
    byPlatform,
    byDay: [...perDay.entries()].sort((a, b) => a[0] - b[0]).map(([, d]) => d),
  };
}
