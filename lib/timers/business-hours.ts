import type { BusinessHours } from '../models';
import { DAY_MS, MINUTE_MS, dayNumberToKey, getZone, weekdayOfDay, type Zone } from './zone';

/**
 * Opening hours resolved to UTC instants, cached per local day.
 *
 * Rules:
 * - A range whose `end` is not after its `start` runs through midnight into the next day, so
 *   `09:00–00:00` means "until midnight" and `00:00–00:00` the whole day. Such a range belongs to the
 *   day it starts on (a day off cancels the ranges starting on it, not the tail of the evening before).
 * - Overlapping ranges count once.
 * - On DST days the ranges are wall-clock times: an hour skipped by the clock is not counted, an
 *   hour repeated by the clock is counted twice (it really elapsed twice).
 */
export interface BusinessCalendar {
  readonly zone: Zone;
  /** False when no weekday has any opening hours: business time never advances. */
  readonly hasHours: boolean;
  /**
   * Sorted `[start, end, start, end, …]` UTC instants of the ranges starting on a local day, merged
   * and with any part already covered by the previous day's overnight ranges cut off, so the windows
   * of all days together are disjoint and in order.
   */
  windows(dayNumber: number): readonly number[];
  /** Business milliseconds from a fixed (per calendar) origin up to `at`: differences give durations. */
  before(at: number): number;
}

const EMPTY: readonly number[] = [];
const byObject = new WeakMap<BusinessHours, BusinessCalendar>();
const byValue = new Map<string, BusinessCalendar>();
const BY_VALUE_LIMIT = 16;

export function businessCalendar(hours: BusinessHours): BusinessCalendar {
  const hit = byObject.get(hours);
  if (hit) return hit;
  const key = JSON.stringify(hours);
  let cal = byValue.get(key);
  if (!cal) {
    cal = makeCalendar(hours);
    if (byValue.size >= BY_VALUE_LIMIT) {
      const oldest = byValue.keys().next();
      if (!oldest.done) byValue.delete(oldest.value);
    }
    byValue.set(key, cal);
  }
  byObject.set(hours, cal);
  return cal;
}

function minutesOf(time: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m) return null;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  return h < 24 && mi < 60 ? h * 60 + mi : null;
}

const DAY_CACHE_LIMIT = 50_000;

function makeCalendar(hours: BusinessHours): BusinessCalendar {
  const zone = getZone(hours.timeZone);
  const daysOff = new Set(hours.daysOff);
  // Per weekday: sorted local minute ranges, ends possibly past 1440.
  const week: Array<Array<[number, number]>> = [];
  let hasHours = false;
  for (let wd = 0; wd < 7; wd++) {
    const ranges: Array<[number, number]> = [];
    for (const r of hours.week[wd] ?? []) {
      const s = minutesOf(r.start);
      let e = minutesOf(r.end);
      if (s === null || e === null) continue;
      if (e <= s) e += 24 * 60;
      ranges.push([s, e]);
    }
    ranges.sort((a, b) => a[0] - b[0]);
    if (ranges.length > 0) hasHours = true;
    week.push(ranges);
  }

  /** The day's own ranges as merged UTC windows, before cutting off the previous day's overlap. */
  const rawWindows = (day: number): number[] => {
    const ranges = week[weekdayOfDay(day)] ?? [];
    if (ranges.length === 0 || daysOff.has(dayNumberToKey(day))) return [];
    const flat: number[] = [];
    const base = day * DAY_MS;
    for (const [s, e] of ranges) {
      const us = zone.toUtc(base + s * MINUTE_MS);
      const ue = zone.toUtc(base + e * MINUTE_MS);
      if (ue <= us) continue;
      const last = flat.length - 1;
      if (last > 0 && us <= flat[last]!) flat[last] = Math.max(flat[last]!, ue);
      else flat.push(us, ue);
    }
    return flat;
  };

  const windowCache = new Map<number, readonly number[]>();
  const windows = (day: number): readonly number[] => {
    const hit = windowCache.get(day);
    if (hit) return hit;
    const own = rawWindows(day);
    let out: readonly number[] = EMPTY;
    if (own.length > 0) {
      // A day's ranges end before the next-but-one day begins, so only the previous day can overlap.
      const prev = rawWindows(day - 1);
      const covered = prev.length > 0 ? prev[prev.length - 1]! : -Infinity;
      const cut: number[] = [];
      for (let i = 0; i < own.length; i += 2) {
        const ws = Math.max(own[i]!, covered);
        const we = own[i + 1]!;
        if (we > ws) cut.push(ws, we);
      }
      if (cut.length > 0) out = cut;
    }
    if (windowCache.size >= DAY_CACHE_LIMIT) windowCache.clear();
    windowCache.set(day, out);
    return out;
  };

  const dayTotal = (day: number): number => {
    const w = windows(day);
    let sum = 0;
    for (let i = 0; i < w.length; i += 2) sum += w[i + 1]! - w[i]!;
    return sum;
  };

  // prefix[i] − prefix[j] = business ms of days base+j … base+i−1; grown on demand in both directions.
  let base = 0;
  let prefix: number[] = [];
  const cumulativeBefore = (day: number): number => {
    if (prefix.length === 0) {
      base = day;
      prefix = [0];
    }
    if (day < base) {
      // Values already handed out must keep their meaning, so earlier days get negative sums.
      const grow = Math.max(base - day, prefix.length, 32);
      const head = new Array<number>(grow);
      let acc = prefix[0]!;
      for (let i = grow - 1; i >= 0; i--) {
        acc -= dayTotal(base - grow + i);
        head[i] = acc;
      }
      prefix = head.concat(prefix);
      base -= grow;
    }
    while (base + prefix.length - 1 < day) {
      const last = base + prefix.length - 1;
      prefix.push(prefix[prefix.length - 1]! + dayTotal(last));
    }
    return prefix[day - base]!;
  };

  const partial = (day: number, at: number): number => {
    const w = windows(day);
    let sum = 0;
    for (let i = 0; i < w.length; i += 2) {
      const ws = w[i]!;
      if (ws >= at) break;
      const we = w[i + 1]!;
      sum += (we < at ? we : at) - ws;
    }
    return sum;
  };

  const before = (at: number): number => {
    // Windows of days up to two before `at`'s local day have ended by its midnight.
    const day = zone.dayNumber(at);
    return cumulativeBefore(day - 1) + partial(day - 1, at) + partial(day, at);
  };

  return { zone, hasHours, windows, before };
}

/**
 * Elapsed milliseconds from `start` to `end` that count toward a response time: all of them without
 * business hours, otherwise only those inside opening hours. A clock that went backwards
 * (`end <= start`) gives 0.
 */
export function businessMillisBetween(start: number, end: number, hours: BusinessHours | null): number {
  if (!(end > start)) return 0;
  if (!hours) return end - start;
  const cal = businessCalendar(hours);
  if (!cal.hasHours) return 0;
  return cal.before(end) - cal.before(start);
}

/** How far ahead (in local days) `addBusinessMillis` looks before deciding the time never comes. */
const SEARCH_DAYS = 3 * 366;

/**
 * The earliest instant `t >= start` with `businessMillisBetween(start, t) >= amount`; null when
 * opening hours never accumulate that much (no hours at all, or only days off ahead).
 */
export function addBusinessMillis(start: number, amount: number, hours: BusinessHours | null): number | null {
  if (!(amount > 0)) return start;
  if (!hours) return start + amount;
  const cal = businessCalendar(hours);
  if (!cal.hasHours) return null;
  const first = cal.zone.dayNumber(start) - 1;
  let left = amount;
  for (let day = first; day <= first + SEARCH_DAYS; day++) {
    const w = cal.windows(day);
    for (let i = 0; i < w.length; i += 2) {
      const ws = Math.max(w[i]!, start);
      const we = w[i + 1]!;
      if (we <= ws) continue;
      if (we - ws >= left) return ws + left;
      left -= we - ws;
    }
  }
  return null;
}

/** Whether an instant falls inside opening hours (always true without business hours). */
export function isOpenAt(at: number, hours: BusinessHours | null): boolean {
  if (!hours) return true;
  const cal = businessCalendar(hours);
  const day = cal.zone.dayNumber(at);
  for (let d = day - 1; d <= day; d++) {
    const w = cal.windows(d);
    for (let i = 0; i < w.length; i += 2) if (at >= w[i]! && at < w[i + 1]!) return true;
  }
  return false;
}
