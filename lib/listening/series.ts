import type { Mention, Platform, Sentiment, TermGroup } from '../models';
import { dateKeyToDayNumber, dayKey, dayNumberToKey } from '../timers';

/** When a mention happened for charts and filters: its post time where known, else when it was seen. */
export function mentionTime(m: Pick<Mention, 'postedAt' | 'seenAt'>): number {
  return m.postedAt ?? m.seenAt;
}

/** Every day key from `from` to `to`, inclusive. */
export function daysBetween(from: string, to: string): string[] {
  const a = dateKeyToDayNumber(from);
  const b = dateKeyToDayNumber(to);
  if (a === null || b === null || b < a) return [];
  const out: string[] = [];
  for (let d = a; d <= b && out.length < 400; d++) out.push(dayNumberToKey(d));
  return out;
}

export interface MentionSeries {
  days: string[];
  byGroup: Record<TermGroup, number[]>;
  bySentiment: Record<Sentiment, number[]>;
  /** own ÷ (own + competitor) × 100 per day; null on a day without either. */
  shareOfVoice: Array<number | null>;
  totals: { own: number; competitor: number; industry: number; shareOfVoice: number | null };
}

/**
 * Daily counts for the share-of-voice and sentiment charts. A mention of both an own and a
 * competitor term counts for both sides.
 */
export function mentionSeries(mentions: readonly Mention[], from: string, to: string, timeZone: string): MentionSeries {
  const days = daysBetween(from, to);
  const index = new Map(days.map((d, i) => [d, i] as const));
  const zeros = () => new Array<number>(days.length).fill(0);
  const byGroup: Record<TermGroup, number[]> = { own: zeros(), competitor: zeros(), industry: zeros() };
  const bySentiment: Record<Sentiment, number[]> = { positive: zeros(), neutral: zeros(), negative: zeros() };
  for (const m of mentions) {
    const i = index.get(dayKey(mentionTime(m), timeZone));
    if (i === undefined) continue;
    for (const g of m.groups) byGroup[g][i]! += 1;
    if (m.sentiment) bySentiment[m.sentiment][i]! += 1;
  }
  const sov = (own: number, comp: number) => (own + comp > 0 ? (own / (own + comp)) * 100 : null);
  const own = byGroup.own.reduce((a, b) => a + b, 0);
  const competitor = byGroup.competitor.reduce((a, b) => a + b, 0);
  return {
    days,
    byGroup,
    bySentiment,
    shareOfVoice: days.map((_, i) => sov(byGroup.own[i]!, byGroup.competitor[i]!)),
    totals: { own, competitor, industry: byGroup.industry.reduce((a, b) => a + b, 0), shareOfVoice: sov(own, competitor) },
  };
}

export interface MentionFilter {
  group?: TermGroup | '';
  platform?: Platform | '';
  sentiment?: Sentiment | '';
  termId?: string;
  /** Case- and accent-insensitive text in the excerpt or author. */
  text?: string;
  since?: number;
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Mentions passing every filter that is set, newest first. */
export function filterMentions(mentions: readonly Mention[], f: MentionFilter): Mention[] {
  const q = f.text ? fold(f.text.trim()) : '';
  return mentions
    .filter((m) => (!f.group || m.groups.includes(f.group)) && (!f.platform || m.platform === f.platform) && (!f.sentiment || m.sentiment === f.sentiment))
    .filter((m) => !f.termId || m.terms.includes(f.termId))
    .filter((m) => f.since === undefined || mentionTime(m) >= f.since)
    .filter((m) => !q || fold(`${m.excerpt} ${m.author}`).includes(q))
    .sort((a, b) => b.seenAt - a.seenAt || mentionTime(b) - mentionTime(a));
}
