import { describe, expect, it } from 'vitest';
import {
  bestTimeToPost, dayKey, groupBy, groupByPeriod, groupByPlatform, groupByPlatformAndPeriod, isoWeekKey, periodKeyer, weekStartKey,
} from '../../../lib/kpi';
import type { Platform } from '../../../lib/models';

const utc = (s: string) => Date.parse(`${s}Z`);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('period keys', () => {
  it('keys days in the given zone', () => {
    const t = utc('2024-06-04T17:30:00');
    expect(periodKeyer('Asia/Jakarta', 'day')(t)).toBe('2024-06-05');
    expect(periodKeyer('UTC', 'day')(t)).toBe('2024-06-04');
    expect(dayKey(t, 'America/Los_Angeles')).toBe('2024-06-04');
  });

  it('starts weeks on Monday in the given zone', () => {
    // Sunday 9 June 23:00 and Monday 10 June 00:30 in Jakarta.
    const sunday = utc('2024-06-09T16:00:00');
    const monday = utc('2024-06-09T17:30:00');
    expect(isoWeekKey(sunday, 'Asia/Jakarta')).toBe('2024-W23');
    expect(isoWeekKey(monday, 'Asia/Jakarta')).toBe('2024-W24');
    expect(isoWeekKey(monday, 'UTC')).toBe('2024-W23');
    expect(weekStartKey(sunday, 'Asia/Jakarta')).toBe('2024-06-03');
    expect(weekStartKey(monday, 'Asia/Jakarta')).toBe('2024-06-10');
    expect(periodKeyer('Asia/Jakarta', 'week')(utc('2024-12-30T05:00:00'))).toBe('2025-W01');
  });

  it('keys days across a DST change', () => {
    // 27 Oct 2024 in Amsterdam lasts 25 h: 22:00 UTC on the 26th to 23:00 UTC on the 27th.
    expect(dayKey(utc('2024-10-26T21:59:59'), 'Europe/Amsterdam')).toBe('2024-10-26');
    expect(dayKey(utc('2024-10-26T22:00:00'), 'Europe/Amsterdam')).toBe('2024-10-27');
    expect(dayKey(utc('2024-10-27T22:59:59'), 'Europe/Amsterdam')).toBe('2024-10-27');
    expect(dayKey(utc('2024-10-27T23:00:00'), 'Europe/Amsterdam')).toBe('2024-10-28');
  });
});

describe('grouping', () => {
  type Row = { id: string; platform: Platform; at: number | null };
  const rows: Row[] = [
    { id: 'a', platform: 'x', at: utc('2024-06-04T17:30:00') },
    { id: 'b', platform: 'instagram', at: utc('2024-06-04T10:00:00') },
    { id: 'c', platform: 'x', at: utc('2024-06-02T10:00:00') },
    { id: 'd', platform: 'x', at: null },
  ];

  it('groups by platform', () => {
    const g = groupByPlatform(rows);
    expect(g.get('x')!.map((r) => r.id)).toEqual(['a', 'c', 'd']);
    expect(g.get('instagram')!.map((r) => r.id)).toEqual(['b']);
  });

  it('groups by local day with sorted keys and skips unknown times', () => {
    const g = groupByPeriod(rows, (r) => r.at, 'Asia/Jakarta', 'day');
    expect([...g.keys()]).toEqual(['2024-06-02', '2024-06-04', '2024-06-05']);
    expect(g.get('2024-06-05')!.map((r) => r.id)).toEqual(['a']);
  });

  it('groups by ISO week', () => {
    const g = groupByPeriod(rows, (r) => r.at, 'Asia/Jakarta', 'week');
    expect([...g.entries()].map(([k, v]) => [k, v.length])).toEqual([['2024-W22', 1], ['2024-W23', 2]]);
  });

  it('groups by platform then period', () => {
    const g = groupByPlatformAndPeriod(rows, (r) => r.at, 'UTC', 'day');
    expect([...g.get('x')!.keys()]).toEqual(['2024-06-02', '2024-06-04']);
  });

  it('groupBy drops null keys', () => {
    expect([...groupBy([1, 2, 3, 4], (n) => (n % 2 === 0 ? 'even' : null)).entries()]).toEqual([['even', [2, 4]]]);
  });
});

describe('bestTimeToPost', () => {
  const now = utc('2024-06-30T12:00:00');

  it('puts posts in the local weekday × hour slot and averages per post', () => {
    const posts = [
      // Monday 10 June 01:30 in Jakarta (Sunday 18:30 UTC).
      { publishedAt: utc('2024-06-09T18:30:00'), engagements: 100 },
      { publishedAt: utc('2024-06-16T18:10:00'), engagements: 50 },
      // Wednesday 19 June 19:00 in Jakarta.
      { publishedAt: utc('2024-06-19T12:00:00'), engagements: 30 },
    ];
    const r = bestTimeToPost(posts, 'Asia/Jakarta', now);
    expect(r.mean[1]![1]).toBe(75);
    expect(r.posts[1]![1]).toBe(2);
    expect(r.mean[0]![18]).toBeNull();
    expect(r.mean[3]![19]).toBe(30);
    expect(r.ranked.map((s) => [s.weekday, s.hour, s.mean])).toEqual([[1, 1, 75], [3, 19, 30]]);
    expect(r.mean).toHaveLength(7);
    expect(r.mean.every((row) => row.length === 24)).toBe(true);
  });

  it('reads summer and winter posts in local time in a DST zone', () => {
    const r = bestTimeToPost(
      [
        { publishedAt: utc('2024-03-26T08:00:00'), engagements: 10 }, // Tuesday 09:00 CET
        { publishedAt: utc('2024-04-02T07:00:00'), engagements: 20 }, // Tuesday 09:00 CEST
      ],
      'Europe/Amsterdam',
      utc('2024-04-10T00:00:00'),
    );
    expect(r.posts[2]![9]).toBe(2);
    expect(r.mean[2]![9]).toBe(15);
  });

  it('uses only the last four weeks up to now', () => {
    const r = bestTimeToPost(
      [
        { publishedAt: now - 28 * DAY, engagements: 1000 },
        { publishedAt: now - 28 * DAY + 1, engagements: 7 },
        { publishedAt: now + HOUR, engagements: 1000 },
        { publishedAt: now - HOUR, engagements: Number.NaN },
      ],
      'UTC',
      now,
    );
    expect(r.ranked).toHaveLength(1);
    expect(r.ranked[0]!.mean).toBe(7);
    expect(r.from).toBe(now - 28 * DAY);
  });

  it('is all null without posts', () => {
    const r = bestTimeToPost([], 'Asia/Jakarta', now);
    expect(r.mean.flat().every((v) => v === null)).toBe(true);
    expect(r.ranked).toEqual([]);
  });
});
