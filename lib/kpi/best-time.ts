import { DAY_MS, HOUR_MS, getZone, mod, weekdayOfDay } from '../timers/zone';

export const BEST_TIME_WINDOW_MS = 28 * DAY_MS;

export interface BestTimeSlot {
  /** 0 = Sunday … 6 = Saturday, as in business hours. */
  weekday: number;
  hour: number;
  mean: number;
  posts: number;
}

export interface BestTimeToPost {
  /** `mean[weekday][hour]`: mean engagements per post published in that local slot; null for no posts. */
  mean: Array<Array<number | null>>;
  /** `posts[weekday][hour]`: how many posts the mean is over. */
  posts: number[][];
  /** Slots with posts, best mean first (ties: more posts, then earlier in the week). */
  ranked: BestTimeSlot[];
  formula: { en: string; id: string };
  /** The window the posts were taken from: (from, to]. */
  from: number;
  to: number;
}

/**
 * Mean engagements per post for each weekday × hour slot in `timeZone`, over posts published in the
 * 4 weeks up to `now`. Posts without a finite engagement count are left out.
 */
export function bestTimeToPost(
  posts: Iterable<{ publishedAt: number; engagements: number }>,
  timeZone: string,
  now: number,
): BestTimeToPost {
  const zone = getZone(timeZone);
  const from = now - BEST_TIME_WINDOW_MS;
  const sums: number[][] = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const counts: number[][] = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const p of posts) {
    if (!(p.publishedAt > from && p.publishedAt <= now) || !Number.isFinite(p.engagements)) continue;
    const local = zone.toLocal(p.publishedAt);
    const wd = weekdayOfDay(Math.floor(local / DAY_MS));
    const hour = Math.floor(mod(local, DAY_MS) / HOUR_MS);
    sums[wd]![hour]! += p.engagements;
    counts[wd]![hour]! += 1;
  }
  const ranked: BestTimeSlot[] = [];
  const mean = sums.map((row, wd) =>
    row.map((sum, hour) => {
      const n = counts[wd]![hour]!;
      if (n === 0) return null;
      ranked.push({ weekday: wd, hour, mean: sum / n, posts: n });
      return sum / n;
    }),
  );
  ranked.sort((a, b) => b.mean - a.mean || b.posts - a.posts || a.weekday - b.weekday || a.hour - b.hour);
  return {
    mean,
    posts: counts,
    ranked,
    formula: {
      en: 'engagements ÷ posts, per weekday × hour slot, last 4 weeks',
      id: 'engagement ÷ jumlah postingan, per slot hari × jam, 4 minggu terakhir',
    },
    from,
    to: now,
  };
}
