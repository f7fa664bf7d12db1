import { describe, expect, it } from 'vitest';
import { competitorReport } from '../../../lib/listening/competitors';
import { daysBetween, filterMentions, mentionSeries } from '../../../lib/listening/series';
import { searchUrl } from '../../../lib/listening/search-url';
import type { Account, Mention, MetricSnapshot } from '../../../lib/models';

const acc = (id: string, role: Account['role'], handle = id): Account => ({ id, platform: 'x', handle, displayName: handle, role, createdAt: 0 });
const snap = (accountId: string, date: string, v: Partial<MetricSnapshot>): MetricSnapshot => ({
  id: `${accountId}-${date}`, accountId, platform: 'x', date, source: 'capture', capturedAt: 0, ...v,
});

describe('competitors report', () => {
  const accounts = [acc('me', 'own'), acc('rival', 'competitor'), acc('fan', 'influencer')];
  const snaps = [
    snap('me', '2025-05-01', { followers: 1000, posts: 100, engagements: 50, reach: 1000 }),
    snap('me', '2025-05-15', { followers: 1100, posts: 114, engagements: 150, reach: 2000 }),
    snap('rival', '2025-05-01', { followers: 5000, posts: 300 }),
    snap('rival', '2025-05-08', { followers: 4900, posts: 321, engagements: 100 }),
    snap('rival', '2025-06-30', { followers: 9999, posts: 999 }),
  ];
  const r = competitorReport(accounts, snaps, '2025-05-01', '2025-05-31');

  it('puts own accounts beside competitors (influencers are not compared)', () => {
    expect(r.own.map((x) => x.account.id)).toEqual(['me']);
    expect(r.competitors.map((x) => x.account.id)).toEqual(['rival']);
  });

  it('compares follower growth and posting frequency over the period only', () => {
    const me = r.own[0]!;
    const rival = r.competitors[0]!;
    expect(me.growth.value).toBeCloseTo(10);
    expect(me.growth.netNew).toBe(100);
    expect(rival.growth.value).toBeCloseTo(-2);
    expect(me.postsPerWeek.value).toBeCloseTo(7);
    expect(rival.postsPerWeek.value).toBeCloseTo(21);
    expect(rival.snapshots).toBe(2);
  });

  it('computes engagement rate from reach where known, else from followers, and says which', () => {
    expect(r.own[0]!.engagementRate.value).toBeCloseTo((200 / 3000) * 100);
    expect(r.own[0]!.engagementRate.formulaId).toBe('er.reach');
    expect(r.competitors[0]!.engagementRate.formulaId).toBe('er.followers');
    expect(r.competitors[0]!.engagementRate.value).toBeCloseTo((100 / 4900) * 100);
  });

  it('leaves growth unknown with a single capture', () => {
    const one = competitorReport([acc('solo', 'competitor')], [snap('solo', '2025-05-02', { followers: 10 })], '2025-05-01', '2025-05-31');
    expect(one.competitors[0]!.growth.value).toBeNull();
    expect(one.competitors[0]!.postsPerWeek.value).toBeNull();
    expect(one.competitors[0]!.followersEnd).toBe(10);
  });
});

const mention = (id: string, over: Partial<Mention>): Mention => ({
  id, platform: 'x', author: 'a', excerpt: 'text', link: null, postedAt: null, seenAt: Date.UTC(2025, 4, 10, 5), terms: ['t1'], groups: ['own'], sentiment: 'neutral', intents: [], ...over,
});

describe('share of voice and sentiment series', () => {
  const ms = [
    mention('1', { groups: ['own'], sentiment: 'positive' }),
    mention('2', { groups: ['competitor'], sentiment: 'negative' }),
    mention('3', { groups: ['own', 'competitor'], postedAt: Date.UTC(2025, 4, 11, 20) }),
    mention('4', { groups: ['industry'], seenAt: Date.UTC(2025, 4, 12, 1) }),
    mention('5', { groups: ['own'], seenAt: Date.UTC(2025, 3, 1) }),
  ];

  it('counts per day in the user zone, posted time first', () => {
    const s = mentionSeries(ms, '2025-05-10', '2025-05-12', 'Asia/Jakarta');
    expect(s.days).toEqual(['2025-05-10', '2025-05-11', '2025-05-12']);
    expect(s.byGroup.own).toEqual([1, 0, 1]);
    expect(s.byGroup.competitor).toEqual([1, 0, 1]);
    expect(s.byGroup.industry).toEqual([0, 0, 1]);
    expect(s.bySentiment.positive).toEqual([1, 0, 0]);
    expect(s.shareOfVoice).toEqual([50, null, 50]);
    expect(s.totals).toEqual({ own: 2, competitor: 2, industry: 1, shareOfVoice: 50 });
  });

  it('filters mentions by group, platform, sentiment, term and text (accent-insensitive)', () => {
    const list = [mention('a', { excerpt: 'Café enak', platform: 'youtube' }), mention('b', { groups: ['competitor'], terms: ['t2'], sentiment: 'negative' })];
    expect(filterMentions(list, { group: 'competitor' }).map((m) => m.id)).toEqual(['b']);
    expect(filterMentions(list, { platform: 'youtube' }).map((m) => m.id)).toEqual(['a']);
    expect(filterMentions(list, { sentiment: 'negative', termId: 't2' }).map((m) => m.id)).toEqual(['b']);
    expect(filterMentions(list, { text: 'CAFE' }).map((m) => m.id)).toEqual(['a']);
  });

  it('lists days inclusively', () => {
    expect(daysBetween('2025-02-27', '2025-03-01')).toEqual(['2025-02-27', '2025-02-28', '2025-03-01']);
    expect(daysBetween('2025-03-02', '2025-03-01')).toEqual([]);
  });
});

describe('search this term', () => {
  it('opens each platform own search page with the term encoded', () => {
    expect(searchUrl('x', 'Kopi Kenangan')).toBe('https://x.com/search?q=Kopi%20Kenangan&src=typed_query&f=live');
    expect(searchUrl('x', '#KopiKenangan')).toBe('https://x.com/search?q=%23KopiKenangan&src=typed_query&f=live');
    expect(searchUrl('youtube', 'kopi & teh')).toBe('https://www.youtube.com/results?search_query=kopi%20%26%20teh');
    expect(searchUrl('instagram', '#Kopi Kenangan!')).toBe('https://www.instagram.com/explore/tags/kopikenangan/');
    expect(searchUrl('tiktok', 'kopi')).toBe('https://www.tiktok.com/search?q=kopi');
    expect(searchUrl('facebook', 'kopi')).toBe('https://www.facebook.com/search/top?q=kopi');
    expect(searchUrl('linkedin', 'kopi')).toBe('https://www.linkedin.com/search/results/content/?keywords=kopi');
    expect(searchUrl('threads', 'kopi')).toBe('https://www.threads.net/search?q=kopi');
  });
});
