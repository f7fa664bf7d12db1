import { describe, expect, it } from 'vitest';
import { pillarMix, type MixPost } from '../../../lib/calendar/mix';

const plan = {
  pillars: [
    { name: 'Edukasi', targetShare: 40, color: '#2e7d32' },
    { name: 'Promosi', targetShare: 30 },
    { name: 'Hiburan', targetShare: 30 },
  ],
};

let n = 0;
function p(at: number, pillar: string | null, status: MixPost['status'] = 'scheduled'): MixPost {
  n++;
  return { id: `p${n}`, pillar, scheduledAt: at, publishedAt: null, status };
}
// 10:00 WIB = 03:00 UTC
const march = (day: number): number => Date.UTC(2025, 2, day, 3, 0);

describe('pillarMix', () => {
  const posts: MixPost[] = [
    p(march(3), 'Edukasi'),
    p(march(4), '  edukasi '),
    p(march(5), 'EDUKASI', 'published'),
    p(march(6), 'Edukasi', 'draft'),
    p(march(7), 'Promosi'),
    p(march(8), 'Promosi'),
    p(march(9), 'Kuis'),
    p(march(10), 'kuis'),
    p(march(11), null),
    p(march(12), ''),
    // not counted: an idea, a missed post, one in April (WIB) and one without a date
    p(march(13), 'Hiburan', 'idea'),
    p(march(14), 'Hiburan', 'missed'),
    p(Date.UTC(2025, 2, 31, 18, 0), 'Hiburan'), // 1 Apr 01:00 WIB
    { id: 'nodate', pillar: 'Hiburan', scheduledAt: null, publishedAt: null, status: 'draft' },
    // counted: 28 Feb 18:00 UTC is 1 Mar 01:00 WIB
    p(Date.UTC(2025, 1, 28, 18, 0), 'Hiburan'),
  ];

  it('compares the planned mix with the month in the plan zone', () => {
    const mix = pillarMix(plan, posts, '2025-03', 'Asia/Jakarta');
    expect(mix.total).toBe(11);
    expect(mix.targetTotal).toBe(100);
    const rows = Object.fromEntries(mix.rows.map((r) => [r.pillar, r]));
    expect(rows.Edukasi?.actualCount).toBe(4);
    expect(rows.Edukasi?.actualShare).toBeCloseTo((4 / 11) * 100, 10);
    expect(rows.Edukasi?.delta).toBeCloseTo((4 / 11) * 100 - 40, 10);
    expect(rows.Edukasi?.color).toBe('#2e7d32');
    expect(rows.Promosi?.actualCount).toBe(2);
    expect(rows.Hiburan?.actualCount).toBe(1);
    expect(rows.Hiburan?.delta).toBeCloseTo((1 / 11) * 100 - 30, 10);
    expect(mix.unassigned).toEqual({ count: 2, share: (2 / 11) * 100 });
    expect(mix.unknown.count).toBe(2);
    expect(mix.unknown.names).toEqual([{ name: 'Kuis', count: 2 }]);
    const sum = mix.rows.reduce((s, r) => s + r.actualShare, 0) + mix.unassigned.share + mix.unknown.share;
    expect(sum).toBeCloseTo(100, 10);
  });

  it('reads the month in another zone differently', () => {
    const utc = pillarMix(plan, posts, '2025-03', 'UTC');
    // in UTC the 28 Feb post is February and the 31 Mar 18:00 one is March
    expect(utc.total).toBe(11);
    expect(utc.rows.find((r) => r.pillar === 'Hiburan')?.actualCount).toBe(1);
    const feb = pillarMix(plan, posts, '2025-02', 'UTC');
    expect(feb.total).toBe(1);
    expect(pillarMix(plan, posts, '2025-02', 'Asia/Jakarta').total).toBe(0);
  });

  it('can count other statuses', () => {
    const mix = pillarMix(plan, posts, '2025-03', 'Asia/Jakarta', { statuses: ['published'] });
    expect(mix.total).toBe(1);
    expect(mix.rows[0]?.actualShare).toBe(100);
  });

  it('gives zero shares and full negative deltas for an empty month', () => {
    const mix = pillarMix(plan, [], '2025-06', 'Asia/Jakarta');
    expect(mix.total).toBe(0);
    expect(mix.rows.map((r) => [r.actualShare, r.delta])).toEqual([
      [0, -40],
      [0, -30],
      [0, -30],
    ]);
    expect(mix.unassigned.share).toBe(0);
  });

  it('rejects a bad month or zone', () => {
    expect(() => pillarMix(plan, [], '2025-13', 'Asia/Jakarta')).toThrow(RangeError);
    expect(() => pillarMix(plan, [], '2025-03', 'Nowhere/Land')).toThrow(RangeError);
  });
});
