import type { Lang } from '../models';
import type { Offset } from './parse';

export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

/** Wall-clock fields in a time zone. Month is 1–12. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-US' };

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

/** True when Intl knows the IANA zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone.length === 0 || timeZone.length > 100) return false;
  try {
    partsFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function wallClock(instant: number, timeZone: string): WallClock {
  const out: WallClock = { year: 0, month: 1, day: 1, hour: 0, minute: 0 };
  for (const p of partsFormatter(timeZone).formatToParts(new Date(instant))) {
    switch (p.type) {
      case 'year':
        out.year = Number(p.value);
        break;
      case 'month':
        out.month = Number(p.value);
        break;
      case 'day':
        out.day = Number(p.value);
        break;
      case 'hour':
        out.hour = Number(p.value) % 24;
        break;
      case 'minute':
        out.minute = Number(p.value);
        break;
    }
  }
  return out;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The wall clock at `now` shifted by the offsets: minutes and hours move the instant, then years,
 * months, weeks and days move the calendar date (month ends clamp, like date-fns `add`).
 */
export function shiftedWallClock(now: number, timeZone: string, offsets: readonly Offset[]): WallClock {
  let instant = now;
  let months = 0;
  let days = 0;
  for (const o of offsets) {
    switch (o.unit) {
      case 'min':
        instant += o.amount * 60_000;
        break;
      case 'h':
        instant += o.amount * 3_600_000;
        break;
      case 'd':
        days += o.amount;
        break;
      case 'w':
        days += o.amount * 7;
        break;
      case 'm':
        months += o.amount;
        break;
      case 'y':
        months += o.amount * 12;
        break;
    }
  }
  const w = wallClock(instant, timeZone);
  if (months === 0 && days === 0) return w;
  const totalMonths = w.year * 12 + (w.month - 1) + months;
  const year = Math.floor(totalMonths / 12);
  const month = totalMonths - year * 12 + 1;
  const day = Math.min(w.day, daysInMonth(year, month));
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: w.hour,
    minute: w.minute,
  };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function pad4(n: number): string {
  return String(n).padStart(4, '0');
}

/** Noon UTC on the wall-clock date: formatting it in UTC prints that calendar date in any locale. */
function civilDate(w: WallClock): Date {
  const d = new Date(Date.UTC(2000, 0, 1, 12));
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  return d;
}

const nameFormatters = new Map<string, Intl.DateTimeFormat>();

function nameFormatter(lang: Lang, kind: 'long-date' | 'weekday-long' | 'weekday-short'): Intl.DateTimeFormat {
  const key = `${lang}|${kind}`;
  let f = nameFormatters.get(key);
  if (!f) {
    const opts: Intl.DateTimeFormatOptions =
      kind === 'long-date'
        ? { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }
        : { timeZone: 'UTC', weekday: kind === 'weekday-long' ? 'long' : 'short' };
    f = new Intl.DateTimeFormat(LOCALES[lang], opts);
    nameFormatters.set(key, f);
  }
  return f;
}

export function formatDate(w: WallClock, lang: Lang, format: string | null): string {
  switch (format) {
    case 'iso':
      return `${pad4(w.year)}-${pad2(w.month)}-${pad2(w.day)}`;
    case 'short':
      return lang === 'id'
        ? `${pad2(w.day)}/${pad2(w.month)}/${pad4(w.year)}`
        : `${pad2(w.month)}/${pad2(w.day)}/${pad4(w.year)}`;
    default:
      return nameFormatter(lang, 'long-date').format(civilDate(w));
  }
}

export function formatTime(w: WallClock, lang: Lang, format: string | null): string {
  const twelve = format === '12h' || (format === null && lang === 'en');
  if (!twelve) return `${pad2(w.hour)}:${pad2(w.minute)}`;
  const h = w.hour % 12 === 0 ? 12 : w.hour % 12;
  return `${h}:${pad2(w.minute)} ${w.hour < 12 ? 'AM' : 'PM'}`;
}

export function formatWeekday(w: WallClock, lang: Lang, format: string | null): string {
  return nameFormatter(lang, format === 'short' ? 'weekday-short' : 'weekday-long').format(civilDate(w));
}

/**
 * id: pagi 04:00–10:59, siang 11:00–14:59, sore 15:00–17:59, malam otherwise.
 * en: morning before 12:00, afternoon before 18:00, evening otherwise.
 */
export function greetingFor(lang: Lang, hour: number): string {
  if (lang === 'id') {
    if (hour >= 4 && hour < 11) return 'Selamat pagi';
    if (hour >= 11 && hour < 15) return 'Selamat siang';
    if (hour >= 15 && hour < 18) return 'Selamat sore';
    return 'Selamat malam';
  }
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}
