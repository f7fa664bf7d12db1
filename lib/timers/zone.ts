/**
 * Time-zone arithmetic without per-call `Date`/`Intl` objects.
 *
 * `Intl.DateTimeFormat#formatToParts` costs a few microseconds, far too much for KPI loops over
 * tens of thousands of rows, so a zone's UTC offset is cached per UTC week (a span whose two ends
 * agree is taken to hold no transition: no zone changes its offset twice within a week).
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

const OFFSET_CACHE_LIMIT = 200_000;
const WEEK_MS = 7 * DAY_MS;
const TRANSITION = Number.NaN;

export interface Zone {
  /** The IANA name actually used (`UTC` when the requested one is unknown to this runtime). */
  readonly id: string;
  /** Milliseconds to add to a UTC instant to get the wall-clock time in this zone. */
  offsetAt(utcMs: number): number;
  /** Wall-clock milliseconds (as if UTC) of an instant. */
  toLocal(utcMs: number): number;
  /**
   * The instant a wall-clock time denotes. A time repeated by a backward shift takes its first
   * occurrence; a time skipped by a forward shift maps to the shift itself (the first instant that
   * exists after it), which keeps the mapping monotone.
   */
  toUtc(localMs: number): number;
  /** Days since 1970-01-01 of the local calendar day containing the instant. */
  dayNumber(utcMs: number): number;
}

const UTC_ZONE: Zone = {
  id: 'UTC',
  offsetAt: () => 0,
  toLocal: (ms) => ms,
  toUtc: (ms) => ms,
  dayNumber: (ms) => Math.floor(ms / DAY_MS),
};

const zones = new Map<string, Zone>();

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** A cached zone; unknown names fall back to UTC so a bad setting never breaks a badge. */
export function getZone(timeZone: string | null | undefined): Zone {
  const name = timeZone ?? 'UTC';
  const hit = zones.get(name);
  if (hit) return hit;
  const zone = name === 'UTC' || name === 'Etc/UTC' || !isValidTimeZone(name) ? UTC_ZONE : makeZone(name);
  zones.set(name, zone);
  return zone;
}

function makeZone(id: string): Zone {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone: id,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  // Offsets are cached per UTC week, then per day and hour around a transition; the hour holding
  // one is resolved per call.
  const byWeek = new Map<number, number>();
  const byDay = new Map<number, number>();
  const byHour = new Map<number, number>();

  const raw = (ms: number): number => {
    let y = 1970, mo = 1, d = 1, h = 0, mi = 0, s = 0;
    for (const p of fmt.formatToParts(ms)) {
      switch (p.type) {
        case 'year': y = Number(p.value); break;
        case 'month': mo = Number(p.value); break;
        case 'day': d = Number(p.value); break;
        case 'hour': h = Number(p.value); break;
        case 'minute': mi = Number(p.value); break;
        case 'second': s = Number(p.value); break;
        default: break;
      }
    }
    const wholeSecond = ms - mod(ms, 1000);
    return Date.UTC(y, mo - 1, d, h, mi, s) - wholeSecond;
  };

  const constantOver = (cache: Map<number, number>, index: number, span: number): number => {
    let cached = cache.get(index);
    if (cached === undefined) {
      const a = raw(index * span);
      const b = raw(index * span + span - 1);
      cached = a === b ? a : TRANSITION;
      if (cache.size >= OFFSET_CACHE_LIMIT) cache.clear();
      cache.set(index, cached);
    }
    return cached;
  };

  const offsetAt = (ms: number): number => {
    const perWeek = constantOver(byWeek, Math.floor(ms / WEEK_MS), WEEK_MS);
    if (!Number.isNaN(perWeek)) return perWeek;
    const perDay = constantOver(byDay, Math.floor(ms / DAY_MS), DAY_MS);
    if (!Number.isNaN(perDay)) return perDay;
    const perHour = constantOver(byHour, Math.floor(ms / HOUR_MS), HOUR_MS);
    return Number.isNaN(perHour) ? raw(ms) : perHour;
  };

  const toUtc = (local: number): number => {
    const before = offsetAt(local - DAY_MS);
    const after = offsetAt(local + DAY_MS);
    if (before === after) return local - before;
    const u1 = local - before;
    const u2 = local - after;
    const ok1 = offsetAt(u1) === before;
    const ok2 = offsetAt(u2) === after;
    if (ok1 && ok2) return Math.min(u1, u2);
    if (ok1) return u1;
    if (ok2) return u2;
    // Skipped wall time: find the transition between the two candidate instants.
    let lo = Math.min(u1, u2);
    let hi = Math.max(u1, u2);
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (offsetAt(mid) === before) lo = mid;
      else hi = mid;
    }
    return hi;
  };

  return {
    id,
    offsetAt,
    toLocal: (ms) => ms + offsetAt(ms),
    toUtc,
    dayNumber: (ms) => Math.floor((ms + offsetAt(ms)) / DAY_MS),
  };
}

export function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

/** 0 = Sunday … 6 = Saturday, as in `BusinessHours.week`. */
export function weekdayOfDay(dayNumber: number): number {
  return mod(dayNumber + 4, 7);
}

const dayKeys = new Map<number, string>();

/** `YYYY-MM-DD` of a day number (days since 1970-01-01). */
export function dayNumberToKey(dayNumber: number): string {
  const hit = dayKeys.get(dayNumber);
  if (hit !== undefined) return hit;
  const { y, m, d } = civilFromDays(dayNumber);
  const key = `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
  if (dayKeys.size > 100_000) dayKeys.clear();
  dayKeys.set(dayNumber, key);
  return key;
}

/** Day number of a `YYYY-MM-DD` key, or null when it is not a real calendar date. */
export function dateKeyToDayNumber(key: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const n = daysFromCivil(y, mo, d);
  const back = civilFromDays(n);
  return back.m === mo && back.d === d ? n : null;
}

/** The local calendar day of an instant in a zone. */
export function dayKey(utcMs: number, timeZone: string): string {
  return dayNumberToKey(getZone(timeZone).dayNumber(utcMs));
}

/** ISO-8601 week (Monday start) of a day number, e.g. `2024-W01`. */
export function isoWeekKeyOfDay(dayNumber: number): string {
  const mondayBased = mod(dayNumber + 3, 7);
  const thursday = dayNumber - mondayBased + 3;
  const year = civilFromDays(thursday).y;
  const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
  return `${year}-W${week < 10 ? '0' : ''}${week}`;
}

/** Day number of the Monday starting the ISO week that contains the day. */
export function weekStartDay(dayNumber: number): number {
  return dayNumber - mod(dayNumber + 3, 7);
}

// Proleptic Gregorian conversions (H. Hinnant's days_from_civil / civil_from_days).
function daysFromCivil(y0: number, m: number, d: number): number {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z0: number): { y: number; m: number; d: number } {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}
