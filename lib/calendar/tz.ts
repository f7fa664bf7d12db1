import { tzOffset } from '@date-fns/tz';

/** Wall-clock fields in a time zone. `month` is 1–12, `weekday` 0 = Sunday … 6 = Saturday. */
export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export interface ZonedParts extends LocalParts {
  weekday: number;
  /** `YYYY-MM-DD` in the zone. */
  dateKey: string;
  /** `HH:MM` in the zone. */
  time: string;
}

/**
 * How a wall-clock time maps onto the zone: `exact` (one instant), `gap` (the clock skipped it on a
 * DST change and it was moved forward by the gap) or `overlap` (it happened twice; the earlier is used).
 */
export type LocalResolution = 'exact' | 'gap' | 'overlap';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const validZones = new Map<string, boolean>();

export function isValidTimeZone(timeZone: string): boolean {
  const known = validZones.get(timeZone);
  if (known !== undefined) return known;
  let ok: boolean;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    ok = true;
  } catch {
    ok = false;
  }
  validZones.set(timeZone, ok);
  return ok;
}

export function assertTimeZone(timeZone: string): void {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
}

/** Offset of the zone from UTC in minutes at `instant` (e.g. 420 for Asia/Jakarta). */
export function offsetMinutes(timeZone: string, instant: number): number {
  const o = tzOffset(timeZone, new Date(instant));
  if (Number.isNaN(o)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return o;
}

// Most days have one offset from start to end; caching that per zone and day keeps bulk CSV
// validation to one Intl call per distinct day instead of several per row.
const steadyDayOffset = new Map<string, number | null>();

function steadyOffsetForDay(timeZone: string, dayIndex: number): number | null {
  const key = `${timeZone}|${dayIndex}`;
  const cached = steadyDayOffset.get(key);
  if (cached !== undefined) return cached;
  // Wall-clock day D spans the instants [D − maxOffset, D + 24h − minOffset]; offsets stay within
  // ±14 h, so sampling 14 h either side of the day covers every instant that could be on it.
  const before = offsetMinutes(timeZone, dayIndex * DAY - 14 * HOUR);
  const after = offsetMinutes(timeZone, (dayIndex + 1) * DAY + 14 * HOUR);
  const value = before === after ? before : null;
  if (steadyDayOffset.size > 20_000) steadyDayOffset.clear();
  steadyDayOffset.set(key, value);
  return value;
}

/** The UTC instant of a wall-clock time in `timeZone`, and whether a DST change affected it. */
export function resolveLocal(parts: LocalParts, timeZone: string): { instant: number; resolution: LocalResolution } {
  const localAsUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
  const steady = steadyOffsetForDay(timeZone, Math.floor(localAsUtc / DAY));
  if (steady !== null) return { instant: localAsUtc - steady * MINUTE, resolution: 'exact' };

  const early = offsetMinutes(timeZone, localAsUtc - 14 * HOUR);
  const late = offsetMinutes(timeZone, localAsUtc + 14 * HOUR);
  const candidates: number[] = [];
  for (const o of early === late ? [early] : [early, late]) {
    const instant = localAsUtc - o * MINUTE;
    if (offsetMinutes(timeZone, instant) === o) candidates.push(instant);
  }
  candidates.sort((a, b) => a - b);
  const first = candidates[0];
  if (first === undefined) {
    // The wall-clock time was skipped: read it with the offset in force before the jump, which
    // lands it the same distance after the jump (02:30 on a spring-forward night becomes 03:30).
    return { instant: localAsUtc - early * MINUTE, resolution: 'gap' };
  }
  return { instant: first, resolution: candidates.length > 1 ? 'overlap' : 'exact' };
}

export function zonedTimeToUtc(parts: LocalParts, timeZone: string): number {
  return resolveLocal(parts, timeZone).instant;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function formatDateKey(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function formatTime(hour: number, minute: number): string {
  return `${pad2(hour)}:${pad2(minute)}`;
}

/** Wall-clock fields of `instant` in `timeZone`. */
export function utcToZoned(instant: number, timeZone: string): ZonedParts {
  const shifted = new Date(instant + offsetMinutes(timeZone, instant) * MINUTE);
  const year = shifted.getUTCFullYear();
  const month = shifted.getUTCMonth() + 1;
  const day = shifted.getUTCDate();
  const hour = shifted.getUTCHours();
  const minute = shifted.getUTCMinutes();
  return {
    year,
    month,
    day,
    hour,
    minute,
    weekday: shifted.getUTCDay(),
    dateKey: formatDateKey(year, month, day),
    time: formatTime(hour, minute),
  };
}

export function parseDateKey(key: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${key}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!isRealDate(year, month, day)) throw new RangeError(`Not a calendar date: ${key}`);
  return { year, month, day };
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(key: string, days: number): string {
  const { year, month, day } = parseDateKey(key);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return formatDateKey(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** 0 = Sunday … 6 = Saturday, like `Date#getDay`. */
export function weekdayOf(key: string): number {
  const { year, month, day } = parseDateKey(key);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** First and last day of a `YYYY-MM` month. */
export function monthRange(month: string): { start: string; end: string } {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m) throw new RangeError(`Not a YYYY-MM month: ${month}`);
  const year = Number(m[1]);
  const mon = Number(m[2]);
  const last = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  return { start: formatDateKey(year, mon, 1), end: formatDateKey(year, mon, last) };
}
