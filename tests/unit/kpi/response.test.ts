import { describe, expect, it } from 'vitest';
import {
  backlogBuckets, computeResponseKpis, durationStats, firstResponseStats, percentile, withinSlaShare,
} from '../../../lib/kpi';
import type { Interaction, Platform } from '../../../lib/models';
import { DAY, HOUR, JKT_WEEKDAYS, MIN, SLA, interaction } from './fixtures';

const T0 = Date.parse('2024-06-03T03:00:00Z'); // Monday 10:00 in Jakarta

const answered = (id: string, responseMs: number, over: Partial<Interaction> = {}) =>
  interaction({ id, status: 'answered', answeredAt: (over.firstSeenAt ?? T0) + responseMs, ...over });

describe('percentile (linear interpolation between closest ranks)', () => {
  const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  it.each([
    [ten, 50, 5.5],
    [ten, 90, 9.1],
    [ten, 0, 1],
    [ten, 100, 10],
    [[1, 2, 3, 4], 50, 2.5],
    [[7], 90, 7],
    [[10, 20], 90, 19],
  ])('%j at %d → %d', (data, p, expected) => {
    expect(percentile(data, p)).toBeCloseTo(expected, 10);
  });
  it('is null without data or for a bad p', () => {
    expect(percentile([], 50)).toBeNull();
    expect(percentile([1], 101)).toBeNull();
  });
  it('durationStats sorts a copy and reports all figures', () => {
    const data = [30, 10, 20, 40];
    expect(durationStats(data)).toEqual({ count: 4, mean: 25, median: 25, p90: 37, quickest: 10, slowest: 40 });
    expect(data).toEqual([30, 10, 20, 40]);
    expect(durationStats([])).toEqual({ count: 0, mean: null, median: null, p90: null, quickest: null, slowest: null });
  });
});

describe('firstResponseStats', () => {
  const items = [
    answered('a', 5 * MIN),
    answered('b', 15 * MIN),
    answered('c', 10 * MIN),
    answered('d', 120 * MIN),
    interaction({ id: 'open' }),
    interaction({ id: 'ignored', status: 'ignored', answeredAt: T0 + MIN }),
    interaction({ id: 'no-time', status: 'answered' }),
  ];
  it('uses answered items with an answer time only', () => {
    const s = firstResponseStats(items);
    expect(s.count).toBe(4);
    expect(s.mean).toBe(37.5 * MIN);
    expect(s.median).toBe(12.5 * MIN);
    expect(s.p90).toBeCloseTo(0.7 * 120 * MIN + 0.3 * 15 * MIN, 6);
    expect(s.quickest).toBe(5 * MIN);
    expect(s.slowest).toBe(120 * MIN);
  });
  it('is all null without answers', () => {
    expect(firstResponseStats([interaction()])).toMatchObject({ count: 0, mean: null, median: null, p90: null });
  });
  it('counts business time with hours (Friday evening to Monday morning)', () => {
    const fri = Date.parse('2024-06-07T09:30:00Z'); // 16:30 Jakarta
    const s = firstResponseStats([answered('f', 2 * DAY + 17 * HOUR, { firstSeenAt: fri, postedAt: fri })], JKT_WEEKDAYS);
    expect(s.median).toBe(30 * MIN + 30 * MIN); // 16:30→17:00 Friday, 09:00→09:30 Monday
  });
  it('starts from the page time for items posted before Kelola saw them', () => {
    const s = firstResponseStats([answered('early', 10 * MIN, { postedAt: T0 - HOUR, postedAtPrecision: 'minute' })]);
    expect(s.median).toBe(70 * MIN);
  });
});

describe('withinSlaShare', () => {
  it('is answered below target ÷ answered × 100', () => {
    const r = withinSlaShare(
      [
        answered('a', 59 * MIN),
        answered('b', 60 * MIN), // at the target: not within
        answered('c', 10 * MIN, { platform: 'instagram', kind: 'message' }),
        answered('d', 20 * MIN, { platform: 'instagram', kind: 'message' }), // over 15
        interaction({ id: 'ignored', status: 'ignored' }),
        interaction({ id: 'open' }),
      ],
      SLA,
    );
    expect(r.value).toBe(50);
    expect(r.inputs).toEqual({ answeredWithinSla: 2, answered: 4 });
    expect(r.formula.id).toContain('SLA');
  });
  it('is null with nothing answered', () => {
    expect(withinSlaShare([interaction()], SLA).value).toBeNull();
    expect(withinSlaShare([], SLA).inputs).toEqual({ answeredWithinSla: 0, answered: 0 });
  });
});

describe('backlogBuckets', () => {
  const now = T0 + 2 * DAY;
  const waiting = (id: string, ms: number) => interaction({ id, postedAt: now - ms, firstSeenAt: now - ms });
  it('puts each open item in its bucket, lower bound included', () => {
    const b = backlogBuckets(
      [
        waiting('a', 15 * MIN - 1), waiting('b', 15 * MIN), waiting('c', HOUR - 1), waiting('d', HOUR),
        waiting('e', 4 * HOUR), waiting('f', 24 * HOUR - 1), waiting('g', 24 * HOUR), waiting('h', 9 * DAY),
        answered('x', MIN), interaction({ id: 'y', status: 'ignored' }),
      ],
      now,
    );
    expect(b).toEqual({ lt15m: 1, m15to1h: 2, h1to4h: 1, h4to24h: 2, gte24h: 2, total: 8 });
  });
  it('uses business time when given hours', () => {
    const sat = Date.parse('2024-06-08T03:00:00Z');
    const b = backlogBuckets([interaction({ postedAt: sat - DAY, firstSeenAt: sat - DAY })], sat + DAY, JKT_WEEKDAYS);
    expect(b.lt15m).toBe(0);
    expect(b.h4to24h).toBe(1); // only Friday 10:00–17:00 counts
  });
});

function seeded(n: number, seed = 7): Interaction[] {
  let s = seed;
  const rnd = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const platforms: Platform[] = ['x', 'facebook', 'instagram', 'linkedin', 'youtube', 'tiktok', 'threads'];
  const sentiments = [null, 'positive', 'neutral', 'negative'] as const;
  const out: Interaction[] = [];
  for (let i = 0; i < n; i++) {
    const seen = T0 - Math.floor(rnd() * 60 * DAY);
    const r = rnd();
    const status = r < 0.6 ? 'answered' : r < 0.8 ? 'open' : 'ignored';
    out.push(
      interaction({
        id: `i${i}`,
        platform: platforms[Math.floor(rnd() * platforms.length)]!,
        kind: rnd() < 0.5 ? 'comment' : rnd() < 0.5 ? 'reply' : 'message',
        postedAt: rnd() < 0.2 ? null : seen - Math.floor(rnd() * HOUR),
        postedAtPrecision: rnd() < 0.8 ? 'minute' : 'day',
        firstSeenAt: seen,
        status,
        answeredAt: status === 'answered' ? seen + Math.floor(rnd() * 10 * HOUR) : null,
        sentiment: sentiments[Math.floor(rnd() * 4)]!,
        sentimentOverride: rnd() < 0.05 ? 'negative' : null,
      }),
    );
  }
  return out;
}

describe('computeResponseKpis', () => {
  const items = seeded(3000);
  const now = T0 + HOUR;

  it('agrees with the single-purpose functions', () => {
    for (const sla of [SLA, { ...SLA, businessHours: JKT_WEEKDAYS }]) {
      const k = computeResponseKpis(items, { now, sla, timeZone: 'Asia/Jakarta' });
      expect(k.inbound).toBe(items.length);
      expect(k.firstResponse).toEqual(firstResponseStats(items, sla.businessHours));
      expect(k.withinSla.value).toBeCloseTo(withinSlaShare(items, sla).value!, 10);
      expect(k.backlog).toEqual(backlogBuckets(items, now, sla.businessHours));
      expect(k.open + k.answered + k.ignored).toBe(items.length);
      expect(k.states.ok + k.states.warning + k.states.breached).toBe(k.open);
      expect(k.byDay.reduce((a, d) => a + d.inbound, 0)).toBe(items.length);
      expect(Object.values(k.byPlatform).reduce((a, p) => a + p.inbound, 0)).toBe(items.length);
    }
  });

  it('counts sentiment with overrides winning', () => {
    const k = computeResponseKpis(
      [
        interaction({ id: 'a', sentiment: 'positive' }),
        interaction({ id: 'b', sentiment: 'positive', sentimentOverride: 'negative' }),
        interaction({ id: 'c', sentiment: 'neutral' }),
        interaction({ id: 'd' }),
        interaction({ id: 'e', sentiment: 'positive' }),
      ],
      { now, sla: SLA, timeZone: 'UTC' },
    );
    expect(k.sentiment.value).toBeCloseTo((2 / 3) * 100, 10);
    expect(k.sentiment.neutral).toBe(1);
    expect(k.sentiment.unclassified).toBe(1);
  });

  it('filters by platform and by period of clock start, and keys days in the zone', () => {
    const a = interaction({ id: 'a', platform: 'x', firstSeenAt: Date.parse('2024-06-03T17:30:00Z'), postedAt: null });
    const b = interaction({ id: 'b', platform: 'instagram', firstSeenAt: Date.parse('2024-06-03T16:30:00Z'), postedAt: null });
    const c = interaction({ id: 'c', platform: 'x', firstSeenAt: Date.parse('2024-06-01T10:00:00Z'), postedAt: null });
    const opts = { now: Date.parse('2024-06-04T00:00:00Z'), sla: SLA, timeZone: 'Asia/Jakarta' };
    const all = computeResponseKpis([a, b, c], opts);
    expect(all.byDay.map((d) => [d.date, d.inbound])).toEqual([['2024-06-01', 1], ['2024-06-03', 1], ['2024-06-04', 1]]);
    expect(computeResponseKpis([a, b, c], { ...opts, platforms: ['x'] }).inbound).toBe(2);
    expect(computeResponseKpis([a, b, c], { ...opts, from: Date.parse('2024-06-03T00:00:00Z') }).inbound).toBe(2);
    expect(computeResponseKpis([a, b, c], { ...opts, to: Date.parse('2024-06-03T17:30:00Z') }).inbound).toBe(2);
  });

  it('gives null figures, not zeros, for an empty set', () => {
    const k = computeResponseKpis([], { now, sla: SLA, timeZone: 'UTC' });
    expect(k.firstResponse.median).toBeNull();
    expect(k.withinSla.value).toBeNull();
    expect(k.sentiment.value).toBeNull();
  });

});
