import { describe, expect, it } from 'vitest';
import { deliverableState, influencerKpis, influencerReach, influencerTotals } from '../../../lib/listening/influencers';
import type { Account, Influencer, MetricSnapshot } from '../../../lib/models';

const results: Influencer['results'] = [
  { campaignId: 'c1', cost: 2_000_000, clicks: 400, engagements: 5000, conversions: 20, revenue: 3_000_000 },
  { campaignId: 'c1', cost: 1_000_000, engagements: 1000, revenue: 600_000 },
  { campaignId: 'c2', cost: 500_000 },
];

describe('influencer KPIs', () => {
  it('sums results, keeping unreported figures unknown rather than 0', () => {
    const all = influencerTotals({ results });
    expect(all).toEqual({ cost: 3_500_000, clicks: 400, engagements: 6000, conversions: 20, revenue: 3_600_000, results: 3 });
    const c2 = influencerTotals({ results }, 'c2');
    expect(c2).toEqual({ cost: 500_000, clicks: null, engagements: null, conversions: null, revenue: null, results: 1 });
  });

  it('computes cost per engagement and ROI per campaign with formulas', () => {
    const k = influencerKpis({ results }, 'c1');
    expect(k.costPerEngagement.value).toBe(500);
    expect(k.costPerEngagement.formula.id).toBe('biaya ÷ engagement');
    expect(k.roi.value).toBe(20);
    expect(k.roi.formula.en).toBe('(revenue − spend) ÷ spend × 100');
    expect(k.costPerClick.value).toBe(7500);
    expect(k.costPerConversion.value).toBe(150_000);
  });

  it('shows a loss as negative ROI and no data as null', () => {
    expect(influencerKpis({ results: [{ campaignId: null, cost: 1000, revenue: 250 }] }).roi.value).toBe(-75);
    const none = influencerKpis({ results: [] });
    expect(none.roi.value).toBeNull();
    expect(none.costPerEngagement.value).toBeNull();
    expect(influencerKpis({ results: [{ campaignId: null, cost: 1000, engagements: 0 }] }).costPerEngagement.value).toBeNull();
  });
});

describe('followers from captured snapshots', () => {
  const accounts: Account[] = [
    { id: 'a1', platform: 'instagram', handle: 'rina.eats', displayName: 'Rina', role: 'influencer', createdAt: 0 },
    { id: 'a2', platform: 'tiktok', handle: 'rinaeats', displayName: 'Rina', role: 'influencer', createdAt: 0 },
  ];
  const snap = (id: string, accountId: string, date: string, followers?: number): MetricSnapshot => ({
    id, accountId, platform: 'instagram', date, source: 'capture', capturedAt: 0, ...(followers === undefined ? {} : { followers }),
  });
  it('takes the latest snapshot with a follower count per handle', () => {
    const reach = influencerReach(
      { handles: { instagram: '@Rina.Eats', tiktok: 'rinaeats', x: 'rina_x' } },
      accounts,
      [snap('s1', 'a1', '2025-05-01', 10_000), snap('s2', 'a1', '2025-05-10', 12_500), snap('s3', 'a1', '2025-05-12'), snap('s4', 'a2', '2025-05-02', 80_000)],
    );
    expect(reach).toEqual([
      { platform: 'x', handle: 'rina_x', followers: null, date: null },
      { platform: 'instagram', handle: 'rina.eats', followers: 12_500, date: '2025-05-10' },
      { platform: 'tiktok', handle: 'rinaeats', followers: 80_000, date: '2025-05-02' },
    ]);
  });
});

describe('deliverable state', () => {
  const d = (dueDate: string, done = false) => ({ id: 'd', campaignId: null, title: 't', dueDate, postId: null, done });
  it('is done, overdue, due or upcoming against today', () => {
    expect(deliverableState(d('2025-05-10', true), '2025-05-14')).toBe('done');
    expect(deliverableState(d('2025-05-10'), '2025-05-14')).toBe('overdue');
    expect(deliverableState(d('2025-05-14'), '2025-05-14')).toBe('due');
    expect(deliverableState(d('2025-05-20'), '2025-05-14')).toBe('upcoming');
  });
});
