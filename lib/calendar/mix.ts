import type { MonthlyPlan, Post, PostStatus } from '../models';
import { assertTimeZone, monthRange, utcToZoned } from './tz';

export type MixPost = Pick<Post, 'id' | 'pillar' | 'scheduledAt' | 'publishedAt' | 'status'>;

export interface PillarMixRow {
  pillar: string;
  color?: string;
  /** Planned share, percent. */
  targetShare: number;
  actualCount: number;
  /** Share of all counted posts in the month, percent. */
  actualShare: number;
  /** `actualShare − targetShare`, percentage points. */
  delta: number;
}

export interface PillarMix {
  month: string;
  /** Counted posts in the month (pillar rows + unassigned + unknown). */
  total: number;
  /** Sum of the plan's targets; the UI can warn when it is not 100. */
  targetTotal: number;
  rows: PillarMixRow[];
  /** Posts with no pillar. */
  unassigned: { count: number; share: number };
  /** Posts whose pillar is not in the plan, grouped by the name as written. */
  unknown: { count: number; share: number; names: Array<{ name: string; count: number }> };
}

export interface MixOptions {
  /** Statuses that count as the month's content. Ideas are not planned yet and missed posts did not go out. */
  statuses?: readonly PostStatus[];
}

const DEFAULT_COUNTED: readonly PostStatus[] = ['draft', 'scheduled', 'published'];

/** Pillar names compare case-insensitively with spacing collapsed, so "Edukasi " matches "edukasi". */
export function normalizePillar(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

const share = (count: number, total: number): number => (total === 0 ? 0 : (count / total) * 100);

/**
 * Planned pillar mix against what the month actually holds. A post belongs to the month of its
 * `scheduledAt` (or `publishedAt`) in `timeZone`. Shares are of all counted posts, so pillar rows,
 * unassigned and unknown add up to 100 when there are posts.
 */
export function pillarMix(
  plan: Pick<MonthlyPlan, 'pillars'>,
  posts: readonly MixPost[],
  month: string,
  timeZone: string,
  options: MixOptions = {},
): PillarMix {
  assertTimeZone(timeZone);
  const { start, end } = monthRange(month);
  const counted = new Set(options.statuses ?? DEFAULT_COUNTED);

  const pillarIndex = new Map<string, number>();
  plan.pillars.forEach((p, i) => {
    const key = normalizePillar(p.name);
    if (!pillarIndex.has(key)) pillarIndex.set(key, i);
  });
  const counts = plan.pillars.map(() => 0);
  let unassigned = 0;
  const unknownNames = new Map<string, { name: string; count: number }>();
  let total = 0;

  for (const post of posts) {
    if (!counted.has(post.status)) continue;
    const at = post.scheduledAt ?? post.publishedAt;
    if (at === null) continue;
    const date = utcToZoned(at, timeZone).dateKey;
    if (date < start || date > end) continue;
    total++;
    const name = post.pillar?.trim() ?? '';
    if (name === '') {
      unassigned++;
      continue;
    }
    const key = normalizePillar(name);
    const idx = pillarIndex.get(key);
    if (idx !== undefined) {
      counts[idx] = (counts[idx] ?? 0) + 1;
      continue;
    }
    const u = unknownNames.get(key);
    if (u) u.count++;
    else unknownNames.set(key, { name, count: 1 });
  }

  const rows: PillarMixRow[] = plan.pillars.map((p, i) => {
    const actualCount = counts[i] ?? 0;
    const actualShare = share(actualCount, total);
    const row: PillarMixRow = {
      pillar: p.name,
      targetShare: p.targetShare,
      actualCount,
      actualShare,
      delta: actualShare - p.targetShare,
    };
    if (p.color !== undefined) row.color = p.color;
    return row;
  });
  const unknownCount = [...unknownNames.values()].reduce((n, u) => n + u.count, 0);

  return {
    month,
    total,
    targetTotal: plan.pillars.reduce((n, p) => n + p.targetShare, 0),
    rows,
    unassigned: { count: unassigned, share: share(unassigned, total) },
    unknown: {
      count: unknownCount,
      share: share(unknownCount, total),
      names: [...unknownNames.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    },
  };
}
