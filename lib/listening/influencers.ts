import type { Account, Influencer, MetricSnapshot, Platform } from '../models';
import { normalizeHandle, PLATFORMS } from '../models';
import { cpa, known, roi, safeRatio, type KpiResult } from '../kpi';

export interface InfluencerTotals {
  cost: number;
  /** Null when no result reported the figure (never shown as 0). */
  clicks: number | null;
  engagements: number | null;
  conversions: number | null;
  revenue: number | null;
  results: number;
}

export interface InfluencerKpis {
  totals: InfluencerTotals;
  costPerEngagement: KpiResult;
  costPerClick: KpiResult;
  costPerConversion: KpiResult;
  roi: KpiResult;
}

function add(a: number | null, b: number | undefined): number | null {
  const v = known(b);
  return v === null ? a : (a ?? 0) + v;
}

/** Results summed over every campaign, or over one (`campaignId`; null = results without a campaign). */
export function influencerTotals(inf: Pick<Influencer, 'results'>, campaignId?: string | null): InfluencerTotals {
  const out: InfluencerTotals = { cost: 0, clicks: null, engagements: null, conversions: null, revenue: null, results: 0 };
  for (const r of inf.results) {
    if (campaignId !== undefined && r.campaignId !== campaignId) continue;
    out.cost += r.cost;
    out.clicks = add(out.clicks, r.clicks);
    out.engagements = add(out.engagements, r.engagements);
    out.conversions = add(out.conversions, r.conversions);
    out.revenue = add(out.revenue, r.revenue);
    out.results += 1;
  }
  return out;
}

/** Cost per engagement, per click, per conversion and ROI, each with its formula and inputs. */
export function influencerKpis(inf: Pick<Influencer, 'results'>, campaignId?: string | null): InfluencerKpis {
  const totals = influencerTotals(inf, campaignId);
  const cost = totals.results > 0 ? totals.cost : null;
  return {
    totals,
    costPerEngagement: {
      formulaId: 'cpe',
      value: safeRatio(cost, totals.engagements),
      formula: { en: 'cost ÷ engagements', id: 'biaya ÷ engagement' },
      inputs: { cost, engagements: totals.engagements },
    },
    costPerClick: {
      formulaId: 'cpc',
      value: safeRatio(cost, totals.clicks),
      formula: { en: 'cost ÷ clicks (UTM)', id: 'biaya ÷ klik (UTM)' },
      inputs: { cost, clicks: totals.clicks },
    },
    costPerConversion: cpa(cost, totals.conversions),
    roi: roi(totals.revenue, cost),
  };
}

export interface InfluencerReach {
  platform: Platform;
  handle: string;
  followers: number | null;
  /** Day of the snapshot the figure comes from. */
  date: string | null;
}

/** Followers per handle, from the latest captured snapshot of the matching account. */
export function influencerReach(inf: Pick<Influencer, 'handles'>, accounts: readonly Account[], snapshots: readonly MetricSnapshot[]): InfluencerReach[] {
  const out: InfluencerReach[] = [];
  for (const platform of PLATFORMS) {
    const raw = inf.handles[platform];
    if (!raw) continue;
    const handle = normalizeHandle(raw);
    const account = accounts.find((a) => a.platform === platform && a.handle === handle);
    let best: MetricSnapshot | null = null;
    if (account) {
      for (const s of snapshots) {
        if (s.accountId !== account.id || s.followers === undefined) continue;
        if (!best || s.date > best.date) best = s;
      }
    }
    out.push({ platform, handle, followers: best?.followers ?? null, date: best?.date ?? null });
  }
  return out;
}

export type DeliverableState = 'done' | 'overdue' | 'due' | 'upcoming';

export function deliverableState(d: Influencer['deliverables'][number], today: string): DeliverableState {
  if (d.done) return 'done';
  if (d.dueDate < today) return 'overdue';
  return d.dueDate === today ? 'due' : 'upcoming';
}
