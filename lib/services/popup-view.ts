import type { Interaction, Settings } from '../models';
import { effectiveSentiment } from '../models/sentiment';
import { DAY_MS, dateKeyToDayNumber, getZone } from '../timers/zone';
import { slaState, waitingMillis } from '../timers/sla';
import type { OpenState, PlatformFilter, PopupData, PopupPeriod, PopupSource, UnansweredGroup, UnansweredItem } from './kpi-snapshot';

/*
 * The part of the popup's figures that is computed while showing: free of the database and schema
 * code, so the popup can paint from a stored snapshot before loading them.
 */

export const POPUP_PERIODS: readonly PopupPeriod[] = ['week', '7d', 'month'];
/** How many open items of each SLA state the popup lists. */
export const UNANSWERED_SHOWN = 5;
/** How many of today's (or the missed) posts the popup lists. */
export const POSTS_SHOWN = 8;
/** How many of the day's tasks the popup lists before "show all" (undone first, oldest first). */
export const TASKS_SHOWN = 12;
/** The layout of a `PopupSource`; raised whenever its shape changes, so an older stored one is not shown. */
export const POPUP_SOURCE_FORMAT = 3;
/** How much of an open item's text the popup shows. */
const EXCERPT_SHOWN = 140;

/** What the popup needs of an open item: its SLA clock, its sentiment and the line it shows. */
export type OpenItem = Pick<
  Interaction,
  'id' | 'platform' | 'kind' | 'author' | 'authorHandle' | 'excerpt' | 'permalink' | 'pageUrl' | 'status' | 'postedAt' | 'postedAtPrecision' | 'firstSeenAt' | 'answeredAt' | 'sentiment' | 'sentimentOverride'
>;

/** An open item cut to what the popup uses, so a stored snapshot with thousands of them stays quick to read. */
export function toOpenItem(i: OpenItem): OpenItem {
  return {
    id: i.id,
    platform: i.platform,
    kind: i.kind,
    author: i.author,
    authorHandle: i.authorHandle,
    excerpt: i.excerpt.slice(0, EXCERPT_SHOWN),
    permalink: i.permalink,
    pageUrl: i.pageUrl,
    status: i.status,
    postedAt: i.postedAt,
    postedAtPrecision: i.postedAtPrecision,
    firstSeenAt: i.firstSeenAt,
    answeredAt: i.answeredAt,
    sentiment: i.sentiment,
    sentimentOverride: i.sentimentOverride,
  };
}

export function unansweredGroups(open: readonly OpenItem[], now: number, settings: Settings, platform: PlatformFilter): UnansweredGroup[] {
  const groups: Record<OpenState, UnansweredItem[]> = { breached: [], warning: [], ok: [] };
  for (const i of open) {
    if (i.status !== 'open' || (platform !== 'all' && i.platform !== platform)) continue;
    const state = slaState(i, now, settings.sla);
    if (state === 'answered') continue;
    groups[state].push({
      id: i.id,
      platform: i.platform,
      kind: i.kind,
      author: i.author || i.authorHandle,
      excerpt: i.excerpt.slice(0, EXCERPT_SHOWN),
      url: i.permalink ?? i.pageUrl,
      waitingMs: waitingMillis(i, now, settings.sla.businessHours),
      negative: effectiveSentiment(i) === 'negative',
    });
  }
  return (['breached', 'warning', 'ok'] as const).map((state) => {
    const list = groups[state].sort((a, b) => b.waitingMs - a.waitingMs);
    return { state, count: list.length, items: list.slice(0, UNANSWERED_SHOWN) };
  });
}

/** Start (UTC ms) of a local day. */
export function dayStart(day: string, timeZone: string): number {
  return getZone(timeZone).toUtc(dateKeyToDayNumber(day)! * DAY_MS);
}

/** What the popup shows at `now` (not before `source.now` nor after `source.validUntil`). */
export function popupView(source: PopupSource, now: number): PopupData {
  const unanswered = unansweredGroups(source.open, now, source.settings, source.platform);
  // Open items older than the window are all breached: they are counted, not read.
  const breached = unanswered.find((g) => g.state === 'breached');
  if (breached) breached.count += source.olderOpen;
  return { ...source.base, now, unanswered, unansweredTotal: unanswered.reduce((n, g) => n + g.count, 0) };
}
