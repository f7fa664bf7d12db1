import { describe, expect, it } from 'vitest';
import { budgetPacing, campaignProgress, campaignTotals } from '../../../lib/kpi';
import type { Campaign, CampaignEntry } from '../../../lib/models';

const entry = (id: string, date: string, spend: number, more: Partial<CampaignEntry> = {}): CampaignEntry => ({
  id, date, spend, source: 'manual', ...more,
});

function campaign(over: Partial<Campaign> = {}): Campaign {
  return {
    id: 'c1', name: 'Ramadan', objective: 'leads', platforms: ['instagram'], startDate: '2024-06-01', endDate: '2024-06-10',
    budget: 1_000_000, currency: 'IDR', targets: {}, entries: [], notes: '', createdAt: 0, updatedAt: 0, ...over,
  };
}

describe('budgetPacing', () => {
  it('is 100 when spend matches an even spread (days inclusive)', () => {
    const r = budgetPacing(500, 1000, '2024-06-01', '2024-06-10', '2024-06-05', 'Asia/Jakarta');
    expect(r.elapsedDays).toBe(5);
    expect(r.totalDays).toBe(10);
    expect(r.elapsedShare).toBe(0.5);
    expect(r.expectedSpend).toBe(500);
    expect(r.value).toBeCloseTo(100, 10);
  });
  it('expects one day of budget on the first day', () => {
    expect(budgetPacing(100, 1000, '2024-06-01', '2024-06-10', '2024-06-01', 'UTC').value).toBeCloseTo(100, 10);
  });
  it('reads "today" from an instant in the given zone', () => {
    const lateUtc = Date.parse('2024-06-04T18:00:00Z'); // 5 June 01:00 in Jakarta
    expect(budgetPacing(500, 1000, '2024-06-01', '2024-06-10', lateUtc, 'Asia/Jakarta').elapsedDays).toBe(5);
    expect(budgetPacing(500, 1000, '2024-06-01', '2024-06-10', lateUtc, 'UTC').elapsedDays).toBe(4);
  });
  it('counts the whole budget after the end and nothing before the start', () => {
    const after = budgetPacing(1200, 1000, '2024-06-01', '2024-06-10', '2024-07-01', 'UTC');
    expect(after.elapsedShare).toBe(1);
    expect(after.value).toBeCloseTo(120, 10);
    const before = budgetPacing(0, 1000, '2024-06-01', '2024-06-10', '2024-05-20', 'UTC');
    expect(before.elapsedShare).toBe(0);
    expect(before.value).toBeNull();
  });
  it('is null for a zero budget, missing spend or a broken date', () => {
    expect(budgetPacing(10, 0, '2024-06-01', '2024-06-10', '2024-06-05', 'UTC').value).toBeNull();
    expect(budgetPacing(null, 1000, '2024-06-01', '2024-06-10', '2024-06-05', 'UTC').value).toBeNull();
    expect(budgetPacing(10, 1000, '2024-02-30', '2024-06-10', '2024-06-05', 'UTC').value).toBeNull();
    expect(budgetPacing(10, 1000, '2024-06-10', '2024-06-01', '2024-06-05', 'UTC').value).toBeNull();
  });
  it('shows the formula in both languages', () => {
    const r = budgetPacing(500, 1000, '2024-06-01', '2024-06-10', '2024-06-05', 'UTC');
    expect(r.formula.en).toContain('budget');
    expect(r.formula.id).toContain('anggaran');
    expect(r.inputs).toEqual({ spendSoFar: 500, budget: 1000, elapsedShare: 0.5 });
  });
});

describe('campaignTotals', () => {
  it('sums reported fields and leaves never-reported ones null', () => {
    const t = campaignTotals([
      entry('a', '2024-06-01', 100, { clicks: 10, impressions: 1000 }),
      entry('b', '2024-06-02', 50, { clicks: 5 }),
    ]);
    expect(t).toEqual({ spend: 150, impressions: 1000, reach: null, clicks: 15, leads: null, conversions: null, revenue: null, entries: 2 });
  });
  it('knows nothing without entries', () => {
    expect(campaignTotals([]).spend).toBeNull();
  });
});

describe('campaignProgress', () => {
  const c = campaign({
    targets: { leads: 100, cpl: 10_000, ctr: 2, reach: 50_000, revenue: 5_000_000 },
    entries: [
      entry('a', '2024-06-01', 300_000, { impressions: 20_000, clicks: 500, leads: 30, reach: 12_000 }),
      entry('b', '2024-06-02', 200_000, { impressions: 10_000, clicks: 100, leads: 20, reach: 8_000 }),
    ],
  });
  const p = campaignProgress(c, '2024-06-05', 'Asia/Jakarta');
  const target = (key: string) => p.targets.find((t) => t.key === key)!;

  it('derives the KPIs from the totals', () => {
    expect(p.totals.spend).toBe(500_000);
    expect(p.kpis.ctr.value).toBeCloseTo(2, 10);
    expect(p.kpis.cpl.value).toBeCloseTo(10_000, 10);
    expect(p.kpis.cpa.value).toBeNull();
    expect(p.kpis.conversionRate.value).toBeNull();
    expect(p.kpis.roi.value).toBeNull();
    expect(p.pacing.value).toBeCloseTo(100, 10);
  });

  it('lists the set targets in a fixed order', () => {
    expect(p.targets.map((t) => t.key)).toEqual(['reach', 'ctr', 'leads', 'cpl', 'revenue']);
  });

  it('pro-rates volume targets over the elapsed share', () => {
    expect(target('leads')).toMatchObject({ actual: 50, target: 100, ratio: 0.5, expected: 50, onTrack: true, better: 'higher' });
    expect(target('reach')).toMatchObject({ actual: 20_000, expected: 25_000, onTrack: false });
  });

  it('treats CPL as lower-is-better and rates against the target itself', () => {
    expect(target('cpl')).toMatchObject({ better: 'lower', actual: 10_000, expected: 10_000, onTrack: true });
    const dear = campaignProgress({ ...c, targets: { cpl: 9_000 } }, '2024-06-05', 'UTC');
    expect(dear.targets[0]).toMatchObject({ key: 'cpl', onTrack: false });
    expect(target('ctr')).toMatchObject({ actual: 2, onTrack: true });
  });

  it('has no verdict when the actual is unknown', () => {
    expect(target('revenue')).toMatchObject({ actual: null, ratio: null, onTrack: null });
  });

  it('has no ratio for a zero target', () => {
    const zero = campaignProgress({ ...c, targets: { leads: 0 } }, '2024-06-05', 'UTC');
    expect(zero.targets[0]).toMatchObject({ ratio: null, onTrack: true });
  });
});
