import { describe, expect, it } from 'vitest';
import {
  conversionRate, cpa, cpl, ctr, engagementRate, engagements, followerGrowth, roi, sentimentScore, type KpiResult,
} from '../../../lib/kpi';

function hasBothFormulas(r: KpiResult) {
  expect(r.formula.en.length).toBeGreaterThan(3);
  expect(r.formula.id.length).toBeGreaterThan(3);
  expect(r.formula.en).not.toBe(r.formula.id);
}

type Case = [string, () => KpiResult, number | null];
const cases: Case[] = [
  ['ER ÷ reach', () => engagementRate(50, 1000, 'reach'), 5],
  ['ER ÷ impressions', () => engagementRate(50, 2500, 'impressions'), 2],
  ['ER ÷ followers', () => engagementRate(30, 600, 'followers'), 5],
  ['ER default is reach', () => engagementRate(1, 4), 25],
  ['ER zero reach', () => engagementRate(50, 0, 'reach'), null],
  ['ER missing reach', () => engagementRate(50, undefined), null],
  ['ER missing engagements', () => engagementRate(null, 1000), null],
  ['ER NaN input', () => engagementRate(Number.NaN, 1000), null],
  ['ER real zero', () => engagementRate(0, 1000), 0],
  ['sentiment', () => sentimentScore(3, 1), 75],
  ['sentiment no opinions', () => sentimentScore(0, 0), null],
  ['sentiment only negative', () => sentimentScore(0, 4), 0],
  ['sentiment missing', () => sentimentScore(3, null), null],
  ['CTR', () => ctr(25, 1000), 2.5],
  ['CTR zero impressions', () => ctr(25, 0), null],
  ['CTR missing clicks', () => ctr(undefined, 1000), null],
  ['CPL', () => cpl(1_500_000, 30), 50_000],
  ['CPL zero leads', () => cpl(1_500_000, 0), null],
  ['CPL missing spend', () => cpl(null, 30), null],
  ['CPA', () => cpa(900, 3), 300],
  ['CPA zero conversions', () => cpa(900, 0), null],
  ['conversion rate', () => conversionRate(5, 200), 2.5],
  ['conversion rate zero clicks', () => conversionRate(5, 0), null],
  ['conversion rate missing conversions', () => conversionRate(undefined, 200), null],
  ['ROI profit', () => roi(300, 100), 200],
  ['ROI loss', () => roi(0, 100), -100],
  ['ROI zero spend', () => roi(300, 0), null],
  ['ROI missing revenue', () => roi(null, 100), null],
];

describe('KPI formulas', () => {
  it.each(cases)('%s', (_n, run, expected) => {
    const r = run();
    if (expected === null) expect(r.value).toBeNull();
    else expect(r.value).toBeCloseTo(expected, 10);
    hasBothFormulas(r);
  });

  it('records the inputs, with missing ones as null', () => {
    expect(engagementRate(50, undefined, 'impressions').inputs).toEqual({ engagements: 50, impressions: null });
    expect(cpl(100, Number.POSITIVE_INFINITY).inputs).toEqual({ spend: 100, leads: null });
    expect(roi(300, 100).inputs).toEqual({ revenue: 300, spend: 100 });
  });

  it('names the ER variant in id and formula', () => {
    expect(engagementRate(1, 2, 'followers').formulaId).toBe('er.followers');
    expect(engagementRate(1, 2, 'followers').formula.en).toContain('followers');
    expect(engagementRate(1, 2, 'reach').formula.id).toContain('jangkauan');
  });
});

describe('engagements', () => {
  it('sums the reported parts and shows only those in the formula', () => {
    const r = engagements({ likes: 10, comments: 3, shares: 2, saves: undefined });
    expect(r.value).toBe(15);
    expect(r.formula.en).toBe('likes/reactions + comments + shares/reposts');
    expect(r.inputs.saves).toBeNull();
  });
  it('includes quotes and clicks where reported', () => {
    expect(engagements({ likes: 1, quotes: 2, linkClicks: 3, profileClicks: 4 }).value).toBe(10);
  });
  it('is null when nothing is reported and 0 for reported zeros', () => {
    expect(engagements({}).value).toBeNull();
    expect(engagements({ likes: null, comments: undefined }).value).toBeNull();
    expect(engagements({ likes: 0, comments: 0 }).value).toBe(0);
  });
});

describe('followerGrowth', () => {
  it('gives the percentage and the net new followers', () => {
    const r = followerGrowth(2000, 2150);
    expect(r.value).toBeCloseTo(7.5, 10);
    expect(r.netNew).toBe(150);
    expect(r.inputs).toEqual({ followersStart: 2000, followersEnd: 2150 });
  });
  it('handles losses', () => {
    expect(followerGrowth(1000, 900).value).toBeCloseTo(-10, 10);
    expect(followerGrowth(1000, 900).netNew).toBe(-100);
  });
  it('keeps net new when starting from zero but has no percentage', () => {
    const r = followerGrowth(0, 40);
    expect(r.value).toBeNull();
    expect(r.netNew).toBe(40);
  });
  it('is null on missing data', () => {
    expect(followerGrowth(undefined, 40).value).toBeNull();
    expect(followerGrowth(undefined, 40).netNew).toBeNull();
    expect(followerGrowth(100, null).netNew).toBeNull();
  });
});
