import type { Campaign, CampaignEntry, KpiTargets } from '../models';
import { dateKeyToDayNumber, getZone } from '../timers/zone';
import { cpa, conversionRate, cpl, ctr, roi } from './formulas';
import { known, result, type Input, type KpiResult } from './result';

/** A calendar day given as `YYYY-MM-DD` or as an instant read in `timeZone`. */
export type DayInput = string | number;

function dayNumberOf(day: DayInput, timeZone: string): number | null {
  if (typeof day === 'number') return Number.isFinite(day) ? getZone(timeZone).dayNumber(day) : null;
  return dateKeyToDayNumber(day);
}

export interface BudgetPacing extends KpiResult {
  /** Campaign days elapsed (today included) ÷ campaign days, between 0 and 1. */
  elapsedShare: number | null;
  elapsedDays: number | null;
  totalDays: number | null;
  /** budget × elapsed share: what an even spend would have used by today. */
  expectedSpend: number | null;
}

/**
 * Spend so far against an even spread of the budget, in percent: 100 is on pace, above 100 spends
 * too fast. The elapsed share counts whole calendar days in `timeZone`, start and today included,
 * so on the first day one day of the budget is expected. Before the start nothing is expected and
 * the value is null; after the end the whole budget is.
 */
export function budgetPacing(
  spendSoFar: Input,
  budget: Input,
  startDate: string,
  endDate: string,
  today: DayInput,
  timeZone: string,
): BudgetPacing {
  const start = dateKeyToDayNumber(startDate);
  const end = dateKeyToDayNumber(endDate);
  const now = dayNumberOf(today, timeZone);
  let elapsedShare: number | null = null;
  let elapsedDays: number | null = null;
  let totalDays: number | null = null;
  if (start !== null && end !== null && now !== null && end >= start) {
    totalDays = end - start + 1;
    elapsedDays = Math.min(Math.max(now - start + 1, 0), totalDays);
    elapsedShare = elapsedDays / totalDays;
  }
  const b = known(budget);
  const s = known(spendSoFar);
  const expectedSpend = b !== null && elapsedShare !== null ? b * elapsedShare : null;
  const value = s !== null && expectedSpend !== null && expectedSpend > 0 ? (s / expectedSpend) * 100 : null;
  return {
    ...result(
      'budgetPacing',
      value,
      {
        en: 'spend so far ÷ (budget × elapsed share of the campaign) × 100',
        id: 'biaya sejauh ini ÷ (anggaran × porsi waktu kampanye yang telah berjalan) × 100',
      },
      { spendSoFar: s, budget: b, elapsedShare },
    ),
    elapsedShare,
    elapsedDays,
    totalDays,
    expectedSpend,
  };
}

type EntryField = 'spend' | 'impressions' | 'reach' | 'clicks' | 'leads' | 'conversions' | 'revenue';
const ENTRY_FIELDS: EntryField[] = ['spend', 'impressions', 'reach', 'clicks', 'leads', 'conversions', 'revenue'];

/** Sums over the entries; a field no entry reports stays null (unknown), never 0. */
export type CampaignTotals = Record<EntryField, number | null> & { entries: number };

export function campaignTotals(entries: readonly CampaignEntry[]): CampaignTotals {
  const totals: CampaignTotals = {
    spend: null, impressions: null, reach: null, clicks: null, leads: null, conversions: null, revenue: null,
    entries: entries.length,
  };
  for (const e of entries) {
    for (const f of ENTRY_FIELDS) {
      const v = known(e[f]);
      if (v !== null) totals[f] = (totals[f] ?? 0) + v;
    }
  }
  return totals;
}

export type TargetKey = keyof KpiTargets;

export interface TargetProgress {
  key: TargetKey;
  target: number;
  actual: number | null;
  /** actual ÷ target; null without an actual or with a target of 0. */
  ratio: number | null;
  /** `higher` is better for volumes and rates, `lower` for costs (CPL). */
  better: 'higher' | 'lower';
  /**
   * The bar for `onTrack`: for volumes (reach, clicks, leads, conversions, revenue) the target
   * pro-rated to the elapsed share of the campaign; for rates and costs the target itself.
   */
  expected: number | null;
  onTrack: boolean | null;
}

const VOLUME_TARGETS = new Set<TargetKey>(['reach', 'clicks', 'leads', 'conversions', 'revenue']);
const COST_TARGETS = new Set<TargetKey>(['cpl']);
const TARGET_ORDER: TargetKey[] = ['reach', 'clicks', 'ctr', 'leads', 'cpl', 'conversions', 'revenue', 'roi'];

export interface CampaignProgress {
  totals: CampaignTotals;
  kpis: { ctr: KpiResult; cpl: KpiResult; cpa: KpiResult; conversionRate: KpiResult; roi: KpiResult };
  pacing: BudgetPacing;
  /** One row per target the campaign sets, in a fixed order. */
  targets: TargetProgress[];
}

/** Totals, derived KPIs, budget pacing and progress toward each target of a campaign. */
export function campaignProgress(campaign: Campaign, today: DayInput, timeZone = 'UTC'): CampaignProgress {
  const totals = campaignTotals(campaign.entries);
  const kpis = {
    ctr: ctr(totals.clicks, totals.impressions),
    cpl: cpl(totals.spend, totals.leads),
    cpa: cpa(totals.spend, totals.conversions),
    conversionRate: conversionRate(totals.conversions, totals.clicks),
    roi: roi(totals.revenue, totals.spend),
  };
  const pacing = budgetPacing(totals.spend, campaign.budget, campaign.startDate, campaign.endDate, today, timeZone);
  const actualOf: Record<TargetKey, number | null> = {
    reach: totals.reach,
    clicks: totals.clicks,
    ctr: kpis.ctr.value,
    leads: totals.leads,
    cpl: kpis.cpl.value,
    conversions: totals.conversions,
    revenue: totals.revenue,
    roi: kpis.roi.value,
  };
  const targets: TargetProgress[] = [];
  for (const key of TARGET_ORDER) {
    const target = known(campaign.targets[key]);
    if (target === null) continue;
    const actual = actualOf[key];
    const better = COST_TARGETS.has(key) ? 'lower' : 'higher';
    const expected = VOLUME_TARGETS.has(key)
      ? pacing.elapsedShare !== null ? target * pacing.elapsedShare : null
      : target;
    let onTrack: boolean | null = null;
    if (actual !== null && expected !== null) onTrack = better === 'lower' ? actual <= expected : actual >= expected;
    targets.push({ key, target, actual, ratio: actual !== null && target !== 0 ? actual / target : null, better, expected, onTrack });
  }
  return { totals, kpis, pacing, targets };
}
