import type { Account, AccountRole, MetricSnapshot } from '../models';
import { engagementRate, followerGrowth, type ErVariant, type FollowerGrowth, type KpiResult } from '../kpi';
import { dateKeyToDayNumber } from '../timers';

/**
 * The competitors report: each own and competitor account's follower growth, posting frequency and
 * engagement rate over a period, from the dated snapshots captured on their profile pages (or
 * entered). Figures a snapshot does not carry stay unknown rather than zero.
 */

export interface AccountReport {
  account: Account;
  snapshots: number;
  firstDate: string | null;
  lastDate: string | null;
  followersStart: number | null;
  followersEnd: number | null;
  growth: FollowerGrowth;
  /** New posts per week: (posts at end − posts at start) ÷ days between × 7. */
  postsPerWeek: KpiResult;
  engagementRate: KpiResult;
}

const POSTS_PER_WEEK = { en: '(posts at end − posts at start) ÷ days between × 7', id: '(postingan akhir − postingan awal) ÷ jumlah hari × 7' };

function firstLast(list: readonly MetricSnapshot[], field: 'followers' | 'posts'): { first: MetricSnapshot | null; last: MetricSnapshot | null } {
  const withField = list.filter((s) => s[field] !== undefined);
  return { first: withField[0] ?? null, last: withField[withField.length - 1] ?? null };
}

/** Engagement rate over the period: summed engagements ÷ summed denominator, on the days that have both. */
function periodEr(list: readonly MetricSnapshot[], variant: ErVariant): KpiResult {
  let eng: number | null = null;
  let den: number | null = null;
  for (const s of list) {
    const d = variant === 'reach' ? s.reach : variant === 'impressions' ? s.impressions : s.followers;
    if (s.engagements === undefined || d === undefined) continue;
    eng = (eng ?? 0) + s.engagements;
    den = (den ?? 0) + d;
  }
  return engagementRate(eng, den, variant);
}

export function accountReport(account: Account, snapshots: readonly MetricSnapshot[], from: string, to: string, erVariant: ErVariant = 'reach'): AccountReport {
  const list = snapshots.filter((s) => s.accountId === account.id && s.date >= from && s.date <= to).sort((a, b) => a.date.localeCompare(b.date));
  const f = firstLast(list, 'followers');
  const p = firstLast(list, 'posts');
  let perWeek: number | null = null;
  if (p.first && p.last && p.first !== p.last) {
    const days = (dateKeyToDayNumber(p.last.date) ?? 0) - (dateKeyToDayNumber(p.first.date) ?? 0);
    const added = p.last.posts! - p.first.posts!;
    if (days > 0 && added >= 0) perWeek = (added / days) * 7;
  }
  // Competitors rarely show reach: fall back to followers on the day, and say so in the formula.
  let er = periodEr(list, erVariant);
  if (er.value === null && erVariant !== 'followers') er = periodEr(list, 'followers');
  return {
    account,
    snapshots: list.length,
    firstDate: list[0]?.date ?? null,
    lastDate: list[list.length - 1]?.date ?? null,
    followersStart: f.first?.followers ?? null,
    followersEnd: f.last?.followers ?? null,
    growth: followerGrowth(f.first && f.last && f.first !== f.last ? f.first.followers : null, f.last?.followers),
    postsPerWeek: {
      formulaId: 'postsPerWeek',
      value: perWeek,
      formula: POSTS_PER_WEEK,
      inputs: { postsStart: p.first?.posts ?? null, postsEnd: p.last?.posts ?? null },
    },
    engagementRate: er,
  };
}

export interface CompetitorReport {
  own: AccountReport[];
  competitors: AccountReport[];
}

const ROLES: readonly AccountRole[] = ['own', 'competitor'];

/** Own and competitor accounts side by side over [from, to] (day keys, inclusive). */
export function competitorReport(accounts: readonly Account[], snapshots: readonly MetricSnapshot[], from: string, to: string, erVariant: ErVariant = 'reach'): CompetitorReport {
  const rows = accounts
    .filter((a) => ROLES.includes(a.role))
    .map((a) => accountReport(a, snapshots, from, to, erVariant))
    .sort((a, b) => a.account.platform.localeCompare(b.account.platform) || (b.followersEnd ?? -1) - (a.followersEnd ?? -1));
  return { own: rows.filter((r) => r.account.role === 'own'), competitors: rows.filter((r) => r.account.role === 'competitor') };
}
