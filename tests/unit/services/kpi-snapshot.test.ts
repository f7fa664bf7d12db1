import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, resetDbForTests } from '../../../lib/db/db';
import { defaultSettings } from '../../../lib/db/defaults';
import { computeResponseKpis, engagementRate, followerGrowth, sentimentScore } from '../../../lib/kpi';
import type { Campaign, Interaction, MetricSnapshot, Post, Settings } from '../../../lib/models';
import { updateAggregates } from '../../../lib/services/aggregates';
import { addTask, setTaskDone } from '../../../lib/services/tasks';
import {
  composerUrl, dayStart, followerGrowthOf, loadPopupData, periodRanges, snapshotEngagements,
} from '../../../lib/services/kpi-snapshot';
import { interaction } from '../kpi/fixtures';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const TZ = 'Asia/Jakarta';
// Wednesday 14 May 2025, 10:00 in Jakarta.
const NOW = Date.parse('2025-05-14T03:00:00Z');

function settings(over: Partial<Settings> = {}): Settings {
  return { ...defaultSettings('en', 0), timeZone: TZ, checklist: [], ...over };
}

function snap(over: Partial<MetricSnapshot> & Pick<MetricSnapshot, 'date'>): MetricSnapshot {
  return { id: `own-ig:${over.date}`, accountId: 'own-ig', platform: 'instagram', source: 'csv', capturedAt: 0, ...over };
}

function post(over: Partial<Post>): Post {
  return {
    id: 'p1', platforms: ['x'], accountId: null, scheduledAt: null, timeZone: TZ, caption: 'Promo gajian 🎉', pillar: null, contentType: null,
    assetLinks: [], link: null, utm: null, status: 'scheduled', campaignId: null, notes: '', source: null, publishedAt: null, remindedAt: null,
    createdAt: 0, updatedAt: 0, ...over,
  };
}

function campaign(over: Partial<Campaign> = {}): Campaign {
  return {
    id: 'c1', name: 'Harbolnas', objective: 'leads', platforms: ['instagram'], startDate: '2025-05-10', endDate: '2025-05-20', budget: 1_000_000,
    currency: 'IDR', targets: { ctr: 2, cpl: 10_000, conversions: 100, roi: 50 }, notes: '', createdAt: 0, updatedAt: 0,
    entries: [
      { id: 'e1', date: '2025-05-12', spend: 300_000, impressions: 20_000, clicks: 300, leads: 20, conversions: 10, revenue: 600_000, source: 'manual' },
      { id: 'e2', date: '2025-05-13', spend: 200_000, impressions: 10_000, clicks: 100, leads: 10, conversions: 5, revenue: 100_000, source: 'manual' },
    ],
    ...over,
  };
}

async function seedInteractions(rows: Interaction[], s: Settings) {
  const db = getDb();
  await db.transaction('rw', db.interactions, db.aggregates, async () => {
    await db.interactions.bulkPut(rows);
    await updateAggregates(rows.map((r) => [null, r]), s);
  });
}

/** Interactions spread over both compared weeks: answered with known delays, some open, mixed sentiment. */
function sampleInteractions(): Interaction[] {
  const out: Interaction[] = [];
  const platforms = ['instagram', 'x', 'facebook'] as const;
  let k = 0;
  for (let day = 0; day < 10; day++) {
    // 10 days back from today (Wed 14 May): 5 May … 14 May.
    const base = NOW - (9 - day) * DAY - 9 * HOUR;
    for (let j = 0; j < 4; j++) {
      const at = base + j * 7 * MIN;
      const answered = (day + j) % 4 !== 0;
      const delay = (j + 1) * (day + 3) * 9 * MIN;
      out.push(interaction({
        id: `${platforms[j % 3]}:${k}`, itemId: String(k), platform: platforms[j % 3], firstSeenAt: at, postedAt: at, updatedAt: at,
        kind: j === 3 ? 'message' : 'comment',
        status: answered ? 'answered' : j === 2 ? 'ignored' : 'open',
        answeredAt: answered ? at + delay : null,
        sentiment: (['positive', 'negative', 'neutral', 'positive'] as const)[(day + j) % 4],
        sentimentOverride: day === 3 && j === 1 ? 'negative' : null,
        permalink: `https://x.com/a/status/${k}`,
      }));
      k++;
    }
  }
  return out;
}

beforeEach(() => resetDbForTests());

describe('periodRanges', () => {
  it('compares this week so far with the same weekdays of last week', () => {
    expect(periodRanges(NOW, TZ, 'week')).toEqual({ current: { from: '2025-05-12', to: '2025-05-14' }, previous: { from: '2025-05-05', to: '2025-05-07' } });
  });
  it('compares the last 7 days with the 7 before', () => {
    expect(periodRanges(NOW, TZ, '7d')).toEqual({ current: { from: '2025-05-08', to: '2025-05-14' }, previous: { from: '2025-05-01', to: '2025-05-07' } });
  });
  it('compares this month so far with the start of last month, clamped to its length', () => {
    expect(periodRanges(NOW, TZ, 'month')).toEqual({ current: { from: '2025-05-01', to: '2025-05-14' }, previous: { from: '2025-04-01', to: '2025-04-14' } });
    const march31 = Date.parse('2025-03-31T05:00:00Z');
    expect(periodRanges(march31, TZ, 'month').previous).toEqual({ from: '2025-02-01', to: '2025-02-28' });
    const jan = Date.parse('2025-01-15T05:00:00Z');
    expect(periodRanges(jan, TZ, 'month').previous).toEqual({ from: '2024-12-01', to: '2024-12-15' });
  });
  it('reads the day in the workspace time zone', () => {
    // 23:30 UTC on Sunday is already Monday in Jakarta: a new week.
    const t = Date.parse('2025-05-11T23:30:00Z');
    expect(periodRanges(t, TZ, 'week').current).toEqual({ from: '2025-05-12', to: '2025-05-12' });
    expect(periodRanges(t, 'UTC', 'week').current).toEqual({ from: '2025-05-05', to: '2025-05-11' });
  });
});

describe('loadPopupData', () => {
  it('gives the same response figures as a full computation over the interactions', async () => {
    const s = settings();
    const rows = sampleInteractions();
    await seedInteractions(rows, s);
    const data = await loadPopupData(NOW, s, 'week', 'all');
    const card = (id: string) => data.cards.find((c) => c.id === id)!;

    for (const [range, which] of [[data.ranges.current, 'current'], [data.ranges.previous, 'previous']] as const) {
      const from = dayStart(range.from, TZ);
      const to = dayStart(range.to, TZ) + DAY;
      const full = computeResponseKpis(rows, { now: NOW, sla: s.sla, timeZone: TZ, from, to });
      expect(full.answered).toBeGreaterThan(0);
      expect(card('withinSla')[which].value).toBeCloseTo(full.withinSla.value!, 10);
      expect(card('sentiment')[which].value).toBeCloseTo(full.sentiment.value!, 10);
      const median = card('medianResponse')[which].value!;
      // The histogram estimate stays within a bucket (factor √2, about ±19 % around the middle).
      expect(median / full.firstResponse.median!).toBeGreaterThan(0.8);
      expect(median / full.firstResponse.median!).toBeLessThan(1.25);
    }
    // A platform filter keeps only that platform's rows.
    const ig = await loadPopupData(NOW, s, 'week', 'instagram');
    const igRows = rows.filter((r) => r.platform === 'instagram');
    const cur = ig.ranges.current;
    const full = computeResponseKpis(igRows, { now: NOW, sla: s.sla, timeZone: TZ, from: dayStart(cur.from, TZ), to: dayStart(cur.to, TZ) + DAY });
    expect(ig.cards.find((c) => c.id === 'sentiment')!.current.value).toBeCloseTo(full.sentiment.value!, 10);

    // Open items are grouped by SLA state with their links.
    const open = rows.filter((r) => r.status === 'open');
    expect(data.unansweredTotal).toBe(open.length);
    expect(data.unanswered.map((g) => g.state)).toEqual(['breached', 'warning', 'ok']);
    const first = data.unanswered.find((g) => g.count > 0)!.items[0]!;
    expect(first.url).toMatch(/^https:\/\/x\.com\//);
  });

  it('shows missing figures as null, never 0', async () => {
    const data = await loadPopupData(NOW, settings(), 'week', 'all');
    expect(data.cards.map((c) => c.id)).toEqual(['engagementRate', 'followerGrowth', 'reach', 'medianResponse', 'withinSla', 'sentiment']);
    for (const c of data.cards) {
      expect(c.current.value, c.id).toBeNull();
      expect(c.previous.value, c.id).toBeNull();
      expect(c.delta, c.id).toBeNull();
      expect(c.series.every((v) => v === null), c.id).toBe(true);
      expect(c.series).toHaveLength(data.spanDays.length);
    }
    expect(data.campaigns).toEqual([]);
    expect(data.unansweredTotal).toBe(0);
  });

  it('computes metric cards from own accounts only, with the formulas of lib/kpi', async () => {
    const db = getDb();
    await db.accounts.bulkPut([
      { id: 'own-ig', platform: 'instagram', handle: 'tokobudi', displayName: 'Toko Budi', role: 'own', createdAt: 0 },
      { id: 'rival', platform: 'instagram', handle: 'saingan', displayName: 'Saingan', role: 'competitor', createdAt: 0 },
    ]);
    await db.metrics.bulkPut([
      snap({ date: '2025-05-05', followers: 1000, reach: 2000, engagements: 100 }),
      snap({ date: '2025-05-07', followers: 1040, reach: 1000 }),
      snap({ date: '2025-05-12', followers: 1100, reach: 3000, likes: 200, comments: 40, shares: 10 }),
      snap({ date: '2025-05-14', followers: 1210, reach: 1000, engagements: 50 }),
      // A capture's likes are lifetime totals: not a day's engagements.
      snap({ id: 'cap', date: '2025-05-13', source: 'capture', likes: 99_999, reach: undefined }),
      { id: 'r1', accountId: 'rival', platform: 'instagram', date: '2025-05-12', followers: 50_000, reach: 90_000, engagements: 9000, source: 'capture', capturedAt: 0 },
      { id: 'r2', accountId: 'rival', platform: 'instagram', date: '2025-05-14', followers: 60_000, source: 'capture', capturedAt: 0 },
    ]);
    const data = await loadPopupData(NOW, settings(), 'week', 'all');
    const card = (id: string) => data.cards.find((c) => c.id === id)!;

    expect(card('reach').current.value).toBe(4000);
    expect(card('reach').previous.value).toBe(3000);
    expect(card('engagementRate').current.value).toBeCloseTo(engagementRate(250 + 50, 3000 + 1000).value!, 10);
    // Last week only 5 May has both engagements and reach.
    expect(card('engagementRate').previous.value).toBeCloseTo(engagementRate(100, 2000).value!, 10);
    // This week starts from the last count before Monday (1040 on 7 May).
    expect(card('followerGrowth').current.value).toBeCloseTo(followerGrowth(1040, 1210).value!, 10);
    expect(card('followerGrowth').netNew).toEqual({ current: 170, previous: 40 });
    expect(card('followerGrowth').previous.value).toBeCloseTo(4, 10);
    expect(card('followerGrowth').current.formula.en).toContain('followers at start');

    // Sparkline: one value per day from last Monday to today; gaps stay null.
    expect(data.spanDays[0]).toBe('2025-05-05');
    expect(data.spanDays.at(-1)).toBe('2025-05-14');
    const reachSeries = card('reach').series;
    expect(reachSeries[0]).toBe(2000);
    expect(reachSeries[1]).toBeNull();
    expect(card('followerGrowth').series[1]).toBe(1000); // carried forward
    expect(card('followerGrowth').series.at(-1)).toBe(1210);

    // A platform without figures has none.
    const x = await loadPopupData(NOW, settings(), 'week', 'x');
    expect(x.cards.find((c) => c.id === 'reach')!.current.value).toBeNull();
  });

  it('switches the engagement-rate denominator with the workspace setting', async () => {
    await getDb().metrics.bulkPut([snap({ date: '2025-05-13', engagements: 30, reach: 1000, impressions: 3000, followers: 600 })]);
    for (const [variant, den] of [['reach', 1000], ['impressions', 3000], ['followers', 600]] as const) {
      const data = await loadPopupData(NOW, settings({ erFormula: variant }), 'week', 'all');
      const er = data.cards.find((c) => c.id === 'engagementRate')!.current;
      expect(er.formulaId).toBe(`er.${variant}`);
      expect(er.value).toBeCloseTo((30 / den) * 100, 10);
    }
  });

  it('lists today\'s posts with composer links, missed posts, campaign cards and checkpoints', async () => {
    const db = getDb();
    const today10 = dayStart('2025-05-14', TZ) + 10 * HOUR;
    await db.posts.bulkPut([
      post({ id: 'due', scheduledAt: today10 + 2 * HOUR, platforms: ['x', 'instagram'], caption: 'Flash sale jam 12!' }),
      post({ id: 'late', scheduledAt: today10 - 3 * HOUR, platforms: ['linkedin'] }),
      post({ id: 'done', scheduledAt: today10 - HOUR, status: 'published', publishedAt: today10 - HOUR }),
      post({ id: 'idea', scheduledAt: today10, status: 'idea' }),
      post({ id: 'missed', scheduledAt: today10 - 2 * DAY, status: 'missed', platforms: ['tiktok'] }),
      post({ id: 'old', scheduledAt: today10 - 30 * DAY, status: 'missed' }),
      post({ id: 'tomorrow', scheduledAt: today10 + DAY }),
    ]);
    await db.campaigns.bulkPut([
      campaign({ budget: 800_000 }),
      campaign({ id: 'c2', name: 'Lebaran', startDate: '2025-05-14', endDate: '2025-06-14', entries: [], targets: {} }),
      campaign({ id: 'c3', name: 'Ended', startDate: '2025-04-01', endDate: '2025-05-13' }),
      campaign({ id: 'c4', name: 'Boros', startDate: '2025-05-01', endDate: '2025-05-14', budget: 400_000, platforms: ['x'] }),
    ]);
    const data = await loadPopupData(NOW, settings(), 'week', 'all');
    expect(data.postsToday.map((p) => p.id)).toEqual(['late', 'done', 'due']);
    const due = data.postsToday.find((p) => p.id === 'due')!;
    expect(due.composer.map((c) => c.platform)).toEqual(['x', 'instagram']);
    expect(due.composer[0]!.url).toBe(`https://x.com/intent/post?text=${encodeURIComponent('Flash sale jam 12!')}`);
    expect(data.postsToday.find((p) => p.id === 'late')!.late).toBe(true);
    expect(data.postsToday.find((p) => p.id === 'due')!.late).toBe(false);
    expect(data.missedPosts.map((p) => p.id)).toEqual(['missed']);

    expect(data.campaigns.map((c) => c.id)).toEqual(['c4', 'c1', 'c2']);
    const c1 = data.campaigns.find((c) => c.id === 'c1')!;
    const kpi = (k: string) => c1.kpis.find((x) => x.key === k)!;
    expect(kpi('ctr').result.value).toBeCloseTo((400 / 30_000) * 100, 10);
    expect(kpi('ctr').target).toBe(2);
    expect(kpi('ctr').onTrack).toBe(false);
    expect(kpi('cpl').result.value).toBeCloseTo(500_000 / 30, 10);
    expect(kpi('cpl').onTrack).toBe(false);
    expect(kpi('conversions').result.value).toBe(15);
    expect(kpi('roi').result.value).toBeCloseTo(((700_000 - 500_000) / 500_000) * 100, 10);
    expect(kpi('roi').onTrack).toBe(false);
    expect(kpi('ctr').series).toHaveLength(2);
    const c2 = data.campaigns.find((c) => c.id === 'c2')!;
    expect(c2.kpis.every((k) => k.result.value === null && k.target === null)).toBe(true);

    const kinds = data.checkpoints.map((c) => `${c.campaignId}:${c.kind}`).sort();
    expect(kinds).toEqual(['c1:offTrack', 'c1:pacing', 'c2:start', 'c4:end', 'c4:overBudget', 'c4:offTrack'].sort());
    const off = data.checkpoints.find((c) => c.kind === 'offTrack' && c.campaignId === 'c1');
    expect(off && off.kind === 'offTrack' ? off.targets : []).toEqual(['ctr', 'cpl', 'conversions', 'roi']);
    const pacing = data.checkpoints.find((c) => c.kind === 'pacing');
    // 500,000 spent after 5 of 11 days of an 800,000 budget: 137.5 % of an even pace.
    expect(pacing && pacing.kind === 'pacing' ? pacing.pacing : null).toBeCloseTo((500_000 / ((800_000 * 5) / 11)) * 100, 6);

    // The platform switch narrows posts and campaigns.
    const ig = await loadPopupData(NOW, settings(), 'week', 'instagram');
    expect(ig.postsToday.map((p) => p.id)).toEqual(['due']);
    expect(ig.campaigns.map((c) => c.id)).toEqual(['c1', 'c2']);
  });

  it('includes today\'s tasks with their done state and yesterday\'s open ones', async () => {
    const a = await addTask('Balas DM reseller', '2025-05-14', NOW);
    const b = await addTask('Kirim laporan', '2025-05-13', NOW - DAY);
    const c = await addTask('Selesai kemarin', '2025-05-13', NOW - DAY);
    await setTaskDone(c.id, true, NOW - DAY);
    await setTaskDone(a.id, true, NOW);
    const data = await loadPopupData(NOW, settings(), 'week', 'all');
    const ids = data.tasks.map((t) => t.id);
    expect(ids).toContain(a.id);
    expect(ids).toContain(b.id);
    expect(ids).not.toContain(c.id);
    expect(data.tasks.find((t) => t.id === a.id)!.done).toBe(true);
    expect(data.tasks.find((t) => t.id === b.id)!.rolledOver).toBe(true);
  });
});

describe('helpers', () => {
  it('builds composer links per platform, with the caption where the site takes one', () => {
    expect(composerUrl('linkedin', 'Halo & selamat')).toBe('https://www.linkedin.com/feed/?shareActive=true&text=Halo%20%26%20selamat');
    expect(composerUrl('threads', 'a b')).toBe('https://www.threads.net/intent/post?text=a%20b');
    expect(composerUrl('instagram', 'x')).toMatch(/^https:\/\/business\.facebook\.com\//);
    for (const p of ['x', 'facebook', 'instagram', 'linkedin', 'youtube', 'tiktok', 'threads'] as const) expect(composerUrl(p, 'x')).toMatch(/^https:\/\//);
  });

  it('never treats captured lifetime totals as a day\'s engagements', () => {
    expect(snapshotEngagements(snap({ date: '2025-05-01', likes: 10, comments: 2 }))).toBe(12);
    expect(snapshotEngagements(snap({ date: '2025-05-01', likes: 10, source: 'capture' }))).toBeNull();
    expect(snapshotEngagements(snap({ date: '2025-05-01', engagements: 7, likes: 10, source: 'capture' }))).toBe(7);
    expect(snapshotEngagements(snap({ date: '2025-05-01' }))).toBeNull();
  });

  it('leaves an account with a single count out of follower growth', () => {
    const g = followerGrowthOf([snap({ date: '2025-05-13', followers: 500 })], { from: '2025-05-12', to: '2025-05-14' });
    expect(g.value).toBeNull();
    expect(g.netNew).toBeNull();
    const zero = followerGrowthOf(
      [snap({ date: '2025-05-12', followers: 0 }), snap({ date: '2025-05-13', followers: 5 })],
      { from: '2025-05-12', to: '2025-05-14' },
    );
    expect(zero.value).toBeNull(); // a start of 0 has no percentage…
    expect(zero.netNew).toBe(5); // …but the net new followers are known
  });

  it('matches sentimentScore on the aggregated counts', async () => {
    const s = settings();
    const at = NOW - HOUR;
    await seedInteractions(
      [
        interaction({ id: 'x:1', itemId: '1', platform: 'x', firstSeenAt: at, postedAt: at, sentiment: 'positive' }),
        interaction({ id: 'x:2', itemId: '2', platform: 'x', firstSeenAt: at, postedAt: at, sentiment: 'negative', sentimentOverride: 'positive' }),
        interaction({ id: 'x:3', itemId: '3', platform: 'x', firstSeenAt: at, postedAt: at, sentiment: 'negative' }),
        interaction({ id: 'x:4', itemId: '4', platform: 'x', firstSeenAt: at, postedAt: at, sentiment: 'neutral' }),
      ],
      s,
    );
    const data = await loadPopupData(NOW, s, '7d', 'all');
    expect(data.cards.find((c) => c.id === 'sentiment')!.current.value).toBeCloseTo(sentimentScore(2, 1).value!, 10);
    expect(data.cards.find((c) => c.id === 'medianResponse')!.current.value).toBeNull();
  });
});
