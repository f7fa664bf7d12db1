import type { BusinessHours, Interaction, ItemKind, Platform, Sentiment, SlaSettings, SlaState } from '../models';
import { addBusinessMillis, businessMillisBetween } from './business-hours';
import { DAY_MS, MINUTE_MS } from './zone';

/** The stored fields a response timer is computed from. */
export type TimedItem = Pick<Interaction, 'postedAt' | 'postedAtPrecision' | 'firstSeenAt' | 'answeredAt' | 'status'>;
/** A timed item plus what selects its SLA target. */
export type SlaItem = TimedItem & Pick<Interaction, 'platform' | 'kind'>;

/** Minutes to first response; a per-platform override wins over the per-kind default. */
export function slaTargetMinutes(sla: SlaSettings, platform: Platform, kind: ItemKind): number {
  return sla.platformTargets[platform]?.[kind] ?? sla.targets[kind];
}

export function slaTargetMillis(sla: SlaSettings, platform: Platform, kind: ItemKind): number {
  return slaTargetMinutes(sla, platform, kind) * MINUTE_MS;
}

/** Milliseconds of waiting after which an item turns `warning`. */
export function warningMillis(sla: SlaSettings, targetMs: number): number {
  return Math.round(targetMs * sla.warningRatio);
}

/**
 * When the response clock starts.
 *
 * - `exact`, `minute`, `hour`: the page's time (`postedAt`), so Kelola's timer agrees with the age
 *   label the user sees next to the item.
 * - `day`, `week`: the label only says which day or week, so the clock starts at the latest moment the
 *   label allows (`postedAt` + 1 day or 1 week). The timer then never overstates the wait, yet an
 *   item that is plainly days old still shows as days old.
 * - `unknown` or no `postedAt`: when Kelola first saw the item.
 *
 * Never later than `firstSeenAt`: an item cannot be posted after Kelola saw it, so a later
 * `postedAt` (a page or device clock running ahead) is clamped.
 */
export function clockStartAt(item: Pick<TimedItem, 'postedAt' | 'postedAtPrecision' | 'firstSeenAt'>): number {
  const { postedAt, postedAtPrecision: precision, firstSeenAt } = item;
  if (postedAt === null || precision === 'unknown') return firstSeenAt;
  // How late within its label a coarse page time can be.
  const start = precision === 'day' ? postedAt + DAY_MS : precision === 'week' ? postedAt + 7 * DAY_MS : postedAt;
  return start < firstSeenAt ? start : firstSeenAt;
}

/** When the clock stops: the answer for answered items, `now` for open ones (and for ignored ones without a recorded time). */
function clockStopAt(item: TimedItem, now: number): number {
  if (item.status === 'open') return now;
  return item.answeredAt ?? now;
}

/**
 * How long an item has waited (business time when `hours` is given). Answered items stop at
 * `answeredAt` (an answered item with no recorded answer time has no measurable wait: 0). A clock
 * that went backwards, or an answer stamped before the start, gives 0.
 */
export function waitingMillis(item: TimedItem, now: number, hours: BusinessHours | null = null): number {
  if (item.status === 'answered' && item.answeredAt === null) return 0;
  return businessMillisBetween(clockStartAt(item), clockStopAt(item, now), hours);
}

/** The first-response time of an answered item; null when it is not answered or the answer time is unknown. */
export function responseMillis(item: TimedItem, hours: BusinessHours | null = null): number | null {
  if (item.status !== 'answered' || item.answeredAt === null) return null;
  return businessMillisBetween(clockStartAt(item), item.answeredAt, hours);
}

/**
 * SLA state of an item at `now`. Answered **and ignored** items are `answered`: both have left the
 * queue and must not keep a breach badge or count toward the toolbar number.
 *
 * An item turns `warning` once it has waited `warningRatio` of its target and `breached` once it has
 * waited the full target; "answered within SLA" is therefore a response time below the target.
 */
export function slaState(item: SlaItem, now: number, sla: SlaSettings): SlaState {
  if (item.status !== 'open') return 'answered';
  const target = slaTargetMillis(sla, item.platform, item.kind);
  const waited = waitingMillis(item, now, sla.businessHours);
  if (waited >= target) return 'breached';
  if (waited >= warningMillis(sla, target)) return 'warning';
  return 'ok';
}

/** Whether an answered item met its target (null when it has no known response time). */
export function answeredWithinSla(item: SlaItem, sla: SlaSettings): boolean | null {
  const ms = responseMillis(item, sla.businessHours);
  if (ms === null) return null;
  return ms < slaTargetMillis(sla, item.platform, item.kind);
}

/**
 * The instant the item's SLA state next changes if nothing else happens (for alarms and badge
 * refreshes); null when it never will: answered, ignored, already breached, or no opening hours ahead.
 * Business hours are respected, so an item waiting over a weekend changes state on Monday.
 */
export function nextSlaChangeAt(item: SlaItem, now: number, sla: SlaSettings): number | null {
  const state = slaState(item, now, sla);
  if (state === 'answered' || state === 'breached') return null;
  const target = slaTargetMillis(sla, item.platform, item.kind);
  const threshold = state === 'ok' ? warningMillis(sla, target) : target;
  const at = addBusinessMillis(clockStartAt(item), threshold, sla.businessHours);
  return at !== null && at > now ? at : null;
}

/** The earliest `nextSlaChangeAt` over many items (one alarm for a whole queue). */
export function nextSlaChangeAmong(items: Iterable<SlaItem>, now: number, sla: SlaSettings): number | null {
  let best: number | null = null;
  for (const item of items) {
    const at = nextSlaChangeAt(item, now, sla);
    if (at !== null && (best === null || at < best)) best = at;
  }
  return best;
}

const LEVEL: Record<SlaState, number> = { answered: 0, ok: 1, warning: 2, breached: 3 };
/** Wider than any waiting time (~3,170 years in ms), so levels never overlap. */
const LEVEL_SPAN = 1e14;

/**
 * A number for ordering the reply queue, higher = answer first.
 *
 * Rule: the level is the SLA state (breached 3 > warning 2 > ok 1; answered/ignored 0). A negative
 * item is raised one level, capped at breached, so an angry customer in `warning` ranks with breached
 * items and an angry `ok` item with warnings. Within a level the longest wait comes first.
 */
export function urgencyScore(item: SlaItem, now: number, sla: SlaSettings, sentiment: Sentiment | null): number {
  const state = slaState(item, now, sla);
  let level = LEVEL[state];
  if (level === 0) return 0;
  if (sentiment === 'negative') level = Math.min(level + 1, LEVEL.breached);
  const waited = Math.min(waitingMillis(item, now, sla.businessHours), LEVEL_SPAN - 1);
  return level * LEVEL_SPAN + waited;
}

export interface Ranked {
  urgency: number;
  /** Tie-breakers, so equal scores sort the same way every time. */
  firstSeenAt: number;
  id: string;
}

/** Comparator for `Array#sort`: most urgent first, then earliest seen, then id. */
export function compareUrgency(a: Ranked, b: Ranked): number {
  if (a.urgency !== b.urgency) return b.urgency - a.urgency;
  if (a.firstSeenAt !== b.firstSeenAt) return a.firstSeenAt - b.firstSeenAt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The queue order for stored interactions: scores are computed once per item, the effective
 * sentiment (a user override wins) feeds the negative-sentiment rule.
 */
export function sortByUrgency<T extends SlaItem & Pick<Interaction, 'id' | 'sentiment' | 'sentimentOverride'>>(
  items: readonly T[],
  now: number,
  sla: SlaSettings,
): T[] {
  const ranked = items.map((item) => ({
    item,
    urgency: urgencyScore(item, now, sla, item.sentimentOverride ?? item.sentiment),
    firstSeenAt: item.firstSeenAt,
    id: item.id,
  }));
  ranked.sort(compareUrgency);
  return ranked.map((r) => r.item);
}
