import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, resetDbForTests } from '../../../lib/db/db';
import { defaultSettings } from '../../../lib/db/defaults';
import { recomputeAggregates, responseBucket, type AggregateRow } from '../../../lib/kpi';
import type { Account, Campaign, MetricSnapshot, Post, Settings } from '../../../lib/models';
import {
  campaignsCsv, computeReport, loadReport, neutralizeCsvCell, postEngagementEstimates, reportCsv, toCsv,
  type ReportFilter, type ReportInput,
} from '../../../lib/services/reports';
import { interaction } from '../kpi/fixtures';

const TZ = 'Asia/Jakarta';
const NOW = Date.parse('2025-05-14T03:00:00Z');
const MIN = 60_000;
const HOUR = 60 * MIN;

function settings(): Settings {
  return { ...defaultSettings('en', 0), timeZone: TZ };
}

const ACCOUNTS: Account[] = [
  { id: 'ig', platform: 'instagram', handle: 'tokobudi', displayName: '', role: 'own', createdAt: 0 },
  { id: 'x', platform: 'x', handle: 'kelolademo', displayName: '', role: 'own', createdAt: 0 },
  { id: 'rival', platform: 'instagram', handle: 'saingan', displayName: '', role: 'competitor', createdAt: 0 },
];

function snap(accountId: string, platform: MetricSnapshot['platform'], date: string, over: Partial<MetricSnapshot>): MetricSnapshot {
  return { id: `${accountId}:${date}`, accountId, platform, date, source: 'csv', capturedAt: 0, ...over };
}

function post(id: string, publishedAt: number, over: Partial<Post> = {}): Post {
  return {
    id, platforms: ['instagram'], accountId: null, scheduledAt: publishedAt, timeZone: TZ, caption: '', pillar: null, contentType: null, assetLinks: [],
    link: null, utm: null, status: 'published', campaignId: null, notes: '', source: null, publishedAt, remindedAt: null, createdAt: 0, updatedAt: 0, ...over,
  };
}

const local = (iso: string) => Date.parse(`${iso}+07:00`);

function input(): ReportInput {
  const rows = [
    interaction({ id: 'x:1', itemId: '1', platform: 'x', firstSeenAt: local('2025-05-12T09:00:00'), postedAt: local('2025-05-12T09:00:00'), status: 'answered', answeredAt: local('2025-05-12T09:10:00'), sentiment: 'positive' }),
    interaction({ id: 'x:2', itemId: '2', platform: 'x', firstSeenAt: local('2025-05-12T10:00:00'), postedAt: local('2025-05-12T10:00:00'), status: 'answered', answeredAt: local('2025-05-12T12:00:00'), sentiment: 'negative' }),
    interaction({ id: 'instagram:3', itemId: '3', platform: 'instagram', firstSeenAt: local('2025-05-13T08:00:00'), postedAt: local('2025-05-13T08:00:00'), sentiment: 'neutral' }),
  ];
  const aggregates = recomputeAggregates(rows, { timeZone: TZ, sla: settings().sla });
  return {
    aggregates,
    accounts: ACCOUNTS,
    metrics: [
      snap('ig', 'instagram', '2025-05-12', { followers: 1000, reach: 2000, engagements: 80 }),
      snap('ig', 'instagram', '2025-05-14', { followers: 1100, reach: 1000, engagements: 30 }),
      snap('x', 'x', '2025-05-13', { followers: 500, impressions: 4000, likes: 10, comments: 2 }),
      snap('rival', 'instagram', '2025-05-13', { followers: 90_000, reach: 1, engagements: 1 }),
    ],
    posts: [
      post('p1', local('2025-05-12T19:00:00')),
      post('p2', local('2025-05-12T12:00:00')),
      post('p3', local('2025-05-14T08:00:00')),
      post('p4', local('2025-05-13T19:00:00')), // no figures that day: left out
    ],
    campaigns: [
      {
        id: 'c1', name: '=HYPERLINK("http://evil")', objective: 'leads', platforms: ['instagram'], startDate: '2025-05-01', endDate: '2025-05-31', budget: 1_000_000,
        currency: 'IDR', targets: { leads: 100, cpl: 10_000 }, notes: '', createdAt: 0, updatedAt: 0,
        entries: [{ id: 'e', date: '2025-05-10', spend: 200_000, leads: 40, source: 'manual' }],
      } satisfies Campaign,
    ],
  };
}

const FILTER: ReportFilter = { from: '2025-05-12', to: '2025-05-14', platform: 'all' };

beforeEach(() => resetDbForTests());

describe('computeReport', () => {
  it('builds the series per platform and day from own accounts only', () => {
    const r = computeReport(input(), FILTER, settings(), NOW);
    expect(r.days).toEqual(['2025-05-12', '2025-05-13', '2025-05-14']);
    expect(r.platforms).toEqual(['x', 'instagram']);
    expect(r.followers.instagram).toEqual([1000, 1000, 1100]);
    expect(r.followers.x).toEqual([null, 500, 500]);
    expect(r.engagementRate.instagram).toEqual([4, null, 3]);
    expect(r.engagementRate.x).toEqual([null, null, null]); // x reports impressions, not reach
    expect(r.sentiment.positive).toEqual([1, 0, 0]);
    expect(r.sentiment.negative).toEqual([1, 0, 0]);
    expect(r.sentiment.neutral).toEqual([0, 1, 0]);
    expect(r.sentiment.score).toEqual([50, null, null]);
    expect(r.response.responseCount).toBe(2);
    const hist = new Array<number>(r.responseHist.length).fill(0);
    hist[responseBucket(10 * MIN)]! += 1;
    hist[responseBucket(2 * HOUR)]! += 1;
    expect(r.responseHist).toEqual(hist);
    expect(r.campaigns.map((c) => c.progress.targets.map((t) => t.key))).toEqual([['leads', 'cpl']]);
  });

  it('estimates engagements per post from the day\'s figures and fills the best-time grid', () => {
    const r = computeReport(input(), FILTER, settings(), NOW);
    expect(r.bestTime).not.toBeNull();
    // 12 May: 80 engagements over two posts → 40 each, at 12:00 and 19:00 on a Monday.
    expect(r.bestTime!.mean[1]![12]).toBe(40);
    expect(r.bestTime!.mean[1]![19]).toBe(40);
    // 14 May (Wednesday) 08:00: 30 over one post.
    expect(r.bestTime!.mean[3]![8]).toBe(30);
    expect(r.bestTime!.mean[2]![19]).toBeNull();
    expect(r.bestTime!.ranked[0]).toMatchObject({ weekday: 1, mean: 40 });
    const est = postEngagementEstimates([post('q', local('2025-05-12T07:00:00'), { platforms: ['x', 'instagram'] })], input().metrics, ACCOUNTS, TZ);
    expect(est).toEqual([]); // two platforms and no account: nothing to attribute
  });

  it('has nulls, never zeros, where nothing is known', () => {
    const empty: ReportInput = { aggregates: [], metrics: [], accounts: [], posts: [], campaigns: [] };
    const r = computeReport(empty, FILTER, settings(), NOW);
    expect(r.platforms).toEqual([]);
    expect(r.table).toEqual([]);
    expect(r.bestTime).toBeNull();
    expect(r.sentiment.score).toEqual([null, null, null]);
    expect(r.response.medianResponseMs).toBeNull();
    const t = computeReport(input(), FILTER, settings(), NOW).table;
    const x13 = t.find((row) => row.platform === 'x' && row.date === '2025-05-13')!;
    expect(x13).toMatchObject({ followers: 500, reach: null, engagements: 12, engagementRate: null, inbound: null, sentimentScore: null });
  });

  it('narrows everything to one platform', () => {
    const r = computeReport(input(), { ...FILTER, platform: 'x' }, settings(), NOW);
    expect(r.platforms).toEqual(['x']);
    expect(r.response.responseCount).toBe(2);
    expect(r.bestTime).toBeNull();
    expect(r.campaigns).toEqual([]);
    expect(r.table.every((row) => row.platform === 'x')).toBe(true);
  });

  it('reads the same through the database', async () => {
    const i = input();
    const db = getDb();
    await db.aggregates.bulkPut(i.aggregates as never);
    await db.metrics.bulkPut(i.metrics);
    await db.accounts.bulkPut(i.accounts);
    await db.posts.bulkPut(i.posts);
    await db.campaigns.bulkPut(i.campaigns);
    const fromDb = await loadReport(FILTER, settings(), NOW);
    expect(fromDb).toEqual(computeReport(i, FILTER, settings(), NOW));
  });
});

describe('CSV export', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(neutralizeCsvCell('=1+2')).toBe("'=1+2");
    expect(neutralizeCsvCell('+62 812')).toBe("'+62 812");
    expect(neutralizeCsvCell('-2+3+cmd|\' /C calc\'!A0')).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(neutralizeCsvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralizeCsvCell('\t=1')).toBe("'\t=1");
    expect(neutralizeCsvCell('-12.5')).toBe('-12.5');
    expect(neutralizeCsvCell('Promo 12.12')).toBe('Promo 12.12');
    expect(toCsv([['a,b', 'say "hi"', null, 3]])).toBe('\ufeff"a,b","say ""hi""",,3\r\n');
  });

  it('writes the daily table with translated headers and empty cells for unknown figures', () => {
    const r = computeReport(input(), FILTER, settings(), NOW);
    for (const lang of ['en', 'id'] as const) {
      const csv = reportCsv(r.table, lang);
      const parsed = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
      expect(parsed[0]![0]).toBe(lang === 'en' ? 'Date' : 'Tanggal');
      expect(parsed[0]).toHaveLength(15);
      expect(parsed).toHaveLength(1 + r.table.length);
      const ig12 = parsed.find((row) => row[0] === '2025-05-12' && row[1] === 'Instagram')!;
      expect(ig12[2]).toBe('1000');
      expect(ig12[6]).toBe('4');
      expect(ig12[7]).toBe(''); // no interactions on Instagram that day: empty, not 0
    }
  });

  it('neutralises a hostile campaign name in the campaigns CSV', () => {
    const r = computeReport(input(), FILTER, settings(), NOW);
    const rows = Papa.parse<string[]>(campaignsCsv(r.campaigns, 'id').replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
    expect(rows[0]![0]).toBe('Kampanye');
    expect(rows[1]![0]).toBe('\'=HYPERLINK("http://evil")');
    expect(rows[1]![2]).toBe('prospek');
    expect(rows[1]![4]).toBe('40');
  });
});

describe('aggregate rows in reports', () => {
  it('uses only rows inside the range', () => {
    const i = input();
    const outside: AggregateRow = { ...(i.aggregates[0] as AggregateRow), id: 'old', date: '2025-04-01', positive: 50 };
    const r = computeReport({ ...i, aggregates: [...i.aggregates, outside] }, FILTER, settings(), NOW);
    expect(r.sentiment.positive.reduce((a, b) => a + b, 0)).toBe(1);
  });
});
