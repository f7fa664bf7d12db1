import type { TimePrecision } from '../models';

export interface ParsedTime {
  at: number;
  precision: TimePrecision;
}

export interface TimeParseOptions {
  now: number;
  /** The page language (`<html lang>`); decides ambiguous units such as Indonesian "3 h" (hari = days). */
  lang?: string | null;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

interface Unit {
  ms: number;
  precision: TimePrecision;
}

const SECONDS: Unit = { ms: SECOND, precision: 'minute' };
const MINUTES: Unit = { ms: MINUTE, precision: 'minute' };
const HOURS: Unit = { ms: HOUR, precision: 'hour' };
const DAYS: Unit = { ms: DAY, precision: 'day' };
const WEEKS: Unit = { ms: WEEK, precision: 'week' };
// Months and years are coarser than any precision we can name, so they report 'unknown' with an approximate time.
const MONTHS: Unit = { ms: 30 * DAY, precision: 'unknown' };
const YEARS: Unit = { ms: 365 * DAY, precision: 'unknown' };

const UNITS: Record<string, Unit> = {
  s: SECONDS, sec: SECONDS, secs: SECONDS, second: SECONDS, seconds: SECONDS, dtk: SECONDS, detik: SECONDS,
  m: MINUTES, min: MINUTES, mins: MINUTES, minute: MINUTES, minutes: MINUTES, mnt: MINUTES, menit: MINUTES,
  hr: HOURS, hrs: HOURS, hour: HOURS, hours: HOURS, j: HOURS, jm: HOURS, jam: HOURS, h: HOURS,
  d: DAYS, day: DAYS, days: DAYS, hari: DAYS,
  w: WEEKS, wk: WEEKS, wks: WEEKS, week: WEEKS, weeks: WEEKS, mg: WEEKS, mgg: WEEKS, minggu: WEEKS,
  mo: MONTHS, mos: MONTHS, month: MONTHS, months: MONTHS, bln: MONTHS, bulan: MONTHS,
  y: YEARS, yr: YEARS, yrs: YEARS, year: YEARS, years: YEARS, th: YEARS, thn: YEARS, tahun: YEARS,
};

/** Units whose meaning flips in Indonesian: "h"/"hr" are hari (days), not hours. */
const INDONESIAN_OVERRIDES: Record<string, Unit> = { h: DAYS, hr: DAYS };

const MONTH_NAMES: Record<string, number> = {
  jan: 0, january: 0, januari: 0,
  feb: 1, february: 1, februari: 1, peb: 1, pebruari: 1,
  mar: 2, march: 2, maret: 2,
  apr: 3, april: 3,
  may: 4, mei: 4,
  jun: 5, june: 5, juni: 5,
  jul: 6, july: 6, juli: 6,
  aug: 7, august: 7, agu: 7, agt: 7, ags: 7, agus: 7, agustus: 7,
  sep: 8, sept: 8, september: 8,
  oct: 9, october: 9, okt: 9, oktober: 9,
  nov: 10, november: 10, nop: 10, nopember: 10,
  dec: 11, december: 11, des: 11, desember: 11,
};

/** 0 = Sunday, as Date#getDay. Only used when the text has no number, so "minggu" alone is Sunday. */
const WEEKDAYS: Record<string, number> = {
  sun: 0, sunday: 0, minggu: 0, min: 0, ahad: 0,
  mon: 1, monday: 1, senin: 1, sen: 1,
  tue: 2, tues: 2, tuesday: 2, selasa: 2, sel: 2,
  wed: 3, wednesday: 3, rabu: 3, rab: 3,
  thu: 4, thur: 4, thurs: 4, thursday: 4, kamis: 4, kam: 4,
  fri: 5, friday: 5, jumat: 5, "jum'at": 5, jum: 5,
  sat: 6, saturday: 6, sabtu: 6, sab: 6,
};

const NOW_WORDS = new Set([
  'now', 'just now', 'right now', 'a moment', 'moments', 'a few seconds', 'few seconds', 'seconds',
  'baru saja', 'barusan', 'sekarang', 'beberapa detik', 'baru',
]);

const INDONESIAN_HINT = /\b(yang lalu|yg lalu|lalu|jam|menit|detik|hari|minggu|bulan|tahun|kemarin|pukul|mgg|mnt|dtk|bln|thn)\b/;

function isIndonesian(text: string, lang: string | null | undefined): boolean {
  if (lang && /^(id|in)\b/i.test(lang)) return true;
  return INDONESIAN_HINT.test(text);
}

/** Lower-cased, bidi marks and "(edited)" markers removed, whitespace collapsed. */
export function normalizeTimeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\u200b]/g, '')
    .replace(/\((?:edited|diedit|disunting|telah diedit)\)/g, ' ')
    .replace(/[·•]\s*(?:edited|diedit|disunting)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s·•,]+|[\s·•,]+$/g, '')
    .trim();
}

const CLOCK = String.raw`(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?\s?m\.?)?`;
const CLOCK_ONLY = new RegExp(`^${CLOCK}$`);
const DAY_WORD_CLOCK = new RegExp(String.raw`^(today|hari ini|yesterday|kemarin)(?:,?\s*(?:at|pukul|pkl\.?|jam)?\s*${CLOCK})?$`);
const WEEKDAY_CLOCK = new RegExp(String.raw`^([a-z']+)\.?(?:,?\s*(?:at|pukul|pkl\.?)?\s*${CLOCK})?$`);
const DAY_MONTH = new RegExp(String.raw`^(\d{1,2})\s+([a-z]+)\.?(?:\s+(\d{4}))?(?:,?\s*(?:at|pukul|pkl\.?)?\s*${CLOCK})?$`);
const MONTH_DAY = new RegExp(String.raw`^([a-z]+)\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?(?:,?\s*(?:at)?\s*${CLOCK})?$`);
const RELATIVE = /^(\d+|an?|one|satu|se)\s*([a-z]+)$/;

function clockParts(h: string | undefined, m: string | undefined, ampm: string | undefined): [number, number] | null {
  if (h === undefined || m === undefined) return null;
  let hour = Number(h);
  const minute = Number(m);
  if (minute > 59) return null;
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    if (ampm === 'p' && hour !== 12) hour += 12;
    if (ampm === 'a' && hour === 12) hour = 0;
  } else if (hour > 23) {
    return null;
  }
  return [hour, minute];
}

function localDay(now: number, offsetDays = 0): Date {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - offsetDays);
}

function atClock(day: Date, clock: [number, number] | null): ParsedTime {
  if (!clock) return { at: day.getTime(), precision: 'day' };
  return { at: new Date(day.getFullYear(), day.getMonth(), day.getDate(), clock[0], clock[1]).getTime(), precision: 'minute' };
}

function dateOf(year: number | null, month: number, day: number, now: number, clock: [number, number] | null): ParsedTime | null {
  const nowYear = new Date(now).getFullYear();
  const make = (y: number) => {
    const d = new Date(y, month, day);
    return d.getMonth() === month && d.getDate() === day ? d : null;
  };
  let d = make(year ?? nowYear);
  if (!d) return null;
  // Sites drop the year for dates in the current year; a yearless date "in the future" is last year's.
  if (year === null && d.getTime() > now + DAY) d = make(nowYear - 1);
  if (!d) return null;
  return atClock(d, clock);
}

/**
 * Reads a time as social sites print it, in English or Indonesian: relative ("5m", "3 j", "2 hours ago",
 * "2 hari yang lalu", "kemarin"), clock times ("10:32 AM", "21.15"), weekdays ("Senin") and dates
 * ("Jan 5", "12 Agu", "Mar 12, 2024", "2022-4-19"). ISO strings are exact. Null when not a time.
 */
export function parseTimeText(raw: string, opts: TimeParseOptions): ParsedTime | null {
  const { now } = opts;
  if (!raw || raw.length > 80) return null;
  const trimmed = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}[tT ]\d{2}:\d{2}/.test(trimmed)) return parseIsoTime(trimmed);

  let text = normalizeTimeText(raw);
  if (!text) return null;
  const indonesian = isIndonesian(text, opts.lang);
  text = text
    .replace(/^(?:about|around|almost|over|sekitar|kurang lebih|lebih dari)\s+/, '')
    .replace(/\s*(?:ago|yang lalu|yg lalu|lalu|yl)$/, '')
    .trim();
  if (!text) return null;

  if (NOW_WORDS.has(text)) return { at: now, precision: 'minute' };

  let m = RELATIVE.exec(text);
  if (m) {
    const [, countText = '', unitText = ''] = m;
    const unit = (indonesian ? INDONESIAN_OVERRIDES[unitText] : undefined) ?? UNITS[unitText];
    if (unit) {
      const count = /^\d+$/.test(countText) ? Number(countText) : 1;
      if (count >= 0 && count < 10_000) return { at: now - count * unit.ms, precision: unit.precision };
    }
  }

  m = DAY_WORD_CLOCK.exec(text);
  if (m) {
    const offset = m[1] === 'yesterday' || m[1] === 'kemarin' ? 1 : 0;
    const clock = clockParts(m[2], m[3], m[4]);
    if (m[2] !== undefined && !clock) return null;
    return atClock(localDay(now, offset), clock);
  }

  m = CLOCK_ONLY.exec(text);
  if (m) {
    const clock = clockParts(m[1], m[2], m[3]);
    if (!clock) return null;
    const today = atClock(localDay(now), clock);
    // A clock time later than now belongs to yesterday (a conversation open across midnight).
    return today.at > now + MINUTE ? atClock(localDay(now, 1), clock) : today;
  }

  m = WEEKDAY_CLOCK.exec(text);
  if (m && m[1] !== undefined && WEEKDAYS[m[1]] !== undefined) {
    const target = WEEKDAYS[m[1]]!;
    const clock = clockParts(m[2], m[3], m[4]);
    if (m[2] !== undefined && !clock) return null;
    const today = new Date(now).getDay();
    // Sites name the weekday for the last seven days; today's own weekday means a week ago.
    const back = (today - target + 7) % 7 || 7;
    return atClock(localDay(now, back), clock);
  }

  m = DAY_MONTH.exec(text);
  if (m && m[2] !== undefined && MONTH_NAMES[m[2]] !== undefined) {
    const clock = clockParts(m[4], m[5], m[6]);
    if (m[4] !== undefined && !clock) return null;
    return dateOf(m[3] ? Number(m[3]) : null, MONTH_NAMES[m[2]]!, Number(m[1]), now, clock);
  }

  m = MONTH_DAY.exec(text);
  if (m && m[1] !== undefined && MONTH_NAMES[m[1]] !== undefined) {
    const clock = clockParts(m[4], m[5], m[6]);
    if (m[4] !== undefined && !clock) return null;
    return dateOf(m[3] ? Number(m[3]) : null, MONTH_NAMES[m[1]]!, Number(m[2]), now, clock);
  }

  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return dateOf(Number(m[1]), Number(m[2]) - 1, Number(m[3]), now, null);

  // TikTok prints dates of the current year as month-day ("4-19").
  m = /^(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return dateOf(null, Number(m[1]) - 1, Number(m[2]), now, null);

  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    // Indonesian pages write day/month/year, English (US) ones month/day/year.
    return indonesian ? dateOf(Number(m[3]), b - 1, a, now, null) : dateOf(Number(m[3]), a - 1, b, now, null);
  }

  return null;
}

/** An ISO-8601 timestamp (as in `time[datetime]`), exact. */
export function parseIsoTime(iso: string | null | undefined): ParsedTime | null {
  if (!iso) return null;
  const s = iso.trim();
  if (!/^\d{4}-\d{2}-\d{2}/.test(s)) return null;
  const at = Date.parse(s);
  if (!Number.isFinite(at) || at < 0) return null;
  return { at, precision: 'exact' };
}

const TWITTER_EPOCH = 1288834974657n;
const EARLIEST = Date.UTC(2006, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

function decimalId(id: string): bigint | null {
  if (!/^\d{10,20}$/.test(id)) return null;
  const n = BigInt(id);
  return n > 0xffffffffffffffffn ? null : n;
}

/** X/Twitter status ids are snowflakes: the top 42 bits are milliseconds since 2010-11-04. */
export function xSnowflakeTime(id: string): number | null {
  // Snowflakes started in the quadrillions (Nov 2010); shorter ids are the old sequential ones.
  if (id.length < 15) return null;
  const n = decimalId(id);
  if (n === null) return null;
  const at = Number((n >> 22n) + TWITTER_EPOCH);
  return at < LATEST ? at : null;
}

/** LinkedIn activity/comment ids carry Unix milliseconds in their top 41 bits. */
export function linkedinIdTime(id: string): number | null {
  const n = decimalId(id);
  if (n === null) return null;
  const at = Number(n >> 22n);
  return at > EARLIEST && at < LATEST ? at : null;
}

export interface LinkedinCommentUrn {
  /** The comment's own numeric id. */
  commentId: string;
  /** The activity/ugcPost the comment belongs to, e.g. `activity:7212…`. */
  thread: string | null;
}

/**
 * Reads `urn:li:comment:(activity:7212…,7213…)` (the comment id is last) and
 * `urn:li:fsd_comment:(7213…,urn:li:activity:7212…)` (the comment id is first).
 */
export function parseLinkedinCommentUrn(urn: string): LinkedinCommentUrn | null {
  let m = /urn:li:fsd_comment:\((\d{10,20}),(?:urn:li:)?([a-zA-Z]+:\d+)\)/.exec(urn);
  if (m && m[1]) return { commentId: m[1], thread: m[2] ?? null };
  m = /urn:li:comment:\((?:urn:li:)?([a-zA-Z]+:\d+),(\d{10,20})\)/.exec(urn);
  if (m && m[2]) return { commentId: m[2], thread: m[1] ?? null };
  return null;
}

/** The time a LinkedIn comment URN (or bare id) was created, from its id. */
export function linkedinUrnTime(urnOrId: string): number | null {
  if (/^\d+$/.test(urnOrId)) return linkedinIdTime(urnOrId);
  const parsed = parseLinkedinCommentUrn(urnOrId);
  return parsed ? linkedinIdTime(parsed.commentId) : null;
}

/** TikTok video and comment ids carry Unix seconds in their top 32 bits. */
export function tiktokIdTime(id: string): number | null {
  const n = decimalId(id);
  if (n === null) return null;
  const at = Number(n >> 32n) * 1000;
  return at > Date.UTC(2016, 0, 1) && at < LATEST ? at : null;
}
