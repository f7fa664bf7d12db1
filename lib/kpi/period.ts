import type { Platform } from '../models';
import { dayNumberToKey, getZone, isoWeekKeyOfDay, weekStartDay } from '../timers/zone';

export type Period = 'day' | 'week';

/**
 * A fast instant → period key function for one zone: `YYYY-MM-DD` for days, ISO weeks
 * (`2024-W01`, Monday start) for weeks. Offsets and keys are cached, so it is cheap in loops.
 */
export function periodKeyer(timeZone: string, period: Period): (utcMs: number) => string {
  const zone = getZone(timeZone);
  if (period === 'day') return (ms) => dayNumberToKey(zone.dayNumber(ms));
  const weeks = new Map<number, string>();
  return (ms) => {
    const monday = weekStartDay(zone.dayNumber(ms));
    let key = weeks.get(monday);
    if (key === undefined) {
      key = isoWeekKeyOfDay(monday);
      weeks.set(monday, key);
    }
    return key;
  };
}

/** ISO week key (`YYYY-Www`) of an instant in a zone. */
export function isoWeekKey(utcMs: number, timeZone: string): string {
  return isoWeekKeyOfDay(getZone(timeZone).dayNumber(utcMs));
}

/** `YYYY-MM-DD` of the Monday starting the ISO week of an instant in a zone. */
export function weekStartKey(utcMs: number, timeZone: string): string {
  return dayNumberToKey(weekStartDay(getZone(timeZone).dayNumber(utcMs)));
}

/** Groups in first-seen order of keys; items whose key is null are left out. */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K | null): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    const list = out.get(key);
    if (list) list.push(item);
    else out.set(key, [item]);
  }
  return out;
}

export function groupByPlatform<T extends { platform: Platform }>(items: Iterable<T>): Map<Platform, T[]> {
  return groupBy(items, (i) => i.platform);
}

/**
 * Groups by local day or ISO week of an instant read from each item (null instants are left out).
 * Keys come out sorted ascending.
 */
export function groupByPeriod<T>(
  items: Iterable<T>,
  timeOf: (item: T) => number | null,
  timeZone: string,
  period: Period,
): Map<string, T[]> {
  const keyOf = periodKeyer(timeZone, period);
  const grouped = groupBy(items, (item) => {
    const t = timeOf(item);
    return t === null ? null : keyOf(t);
  });
  return new Map([...grouped.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

/** Groups by platform, then by period within each platform. */
export function groupByPlatformAndPeriod<T extends { platform: Platform }>(
  items: Iterable<T>,
  timeOf: (item: T) => number | null,
  timeZone: string,
  period: Period,
): Map<Platform, Map<string, T[]>> {
  const out = new Map<Platform, Map<string, T[]>>();
  for (const [platform, list] of groupByPlatform(items)) out.set(platform, groupByPeriod(list, timeOf, timeZone, period));
  return out;
}
