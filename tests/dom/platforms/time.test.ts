import { describe, expect, it } from 'vitest';
import { parseIsoTime, parseTimeText, type ParsedTime } from '../../../lib/platforms';

// A Wednesday, local noon: clock times and weekdays resolve the same in every time zone.
const NOW = new Date(2025, 4, 14, 12, 0, 0).getTime();
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const local = (y: number, m: number, d: number, h = 0, mi = 0) => new Date(y, m, d, h, mi).getTime();

type Row = [text: string, at: number, precision: ParsedTime['precision'], lang?: string];

const ENGLISH: Row[] = [
  ['now', NOW, 'minute'],
  ['Just now', NOW, 'minute'],
  ['5s', NOW - 5_000, 'minute'],
  ['5m', NOW - 5 * MIN, 'minute'],
  ['45 mins', NOW - 45 * MIN, 'minute'],
  ['3h', NOW - 3 * HOUR, 'hour'],
  ['2 hours ago', NOW - 2 * HOUR, 'hour'],
  ['an hour ago', NOW - HOUR, 'hour'],
  ['2h ago', NOW - 2 * HOUR, 'hour'],
  ['a day ago', NOW - DAY, 'day'],
  ['2d', NOW - 2 * DAY, 'day'],
  ['1w', NOW - 7 * DAY, 'week'],
  ['2 weeks ago (edited)', NOW - 14 * DAY, 'week'],
  ['3w • Edited', NOW - 21 * DAY, 'week'],
  ['1 mo', NOW - 30 * DAY, 'unknown'],
  ['3 months ago', NOW - 90 * DAY, 'unknown'],
  ['1y', NOW - 365 * DAY, 'unknown'],
  ['2yr', NOW - 730 * DAY, 'unknown'],
  ['yesterday', local(2025, 4, 13), 'day'],
  ['Yesterday at 9:15 PM', local(2025, 4, 13, 21, 15), 'minute'],
  ['Today at 8:02 AM', local(2025, 4, 14, 8, 2), 'minute'],
  ['10:32 AM', local(2025, 4, 14, 10, 32), 'minute'],
  ['10:32\u202fAM', local(2025, 4, 14, 10, 32), 'minute'],
  // A clock time after "now" is yesterday's.
  ['9:15 PM', local(2025, 4, 13, 21, 15), 'minute'],
  ['Monday', local(2025, 4, 12), 'day'],
  ['Mon 10:32 AM', local(2025, 4, 12, 10, 32), 'minute'],
  ['Wednesday', local(2025, 4, 7), 'day'],
  ['Jan 5', local(2025, 0, 5), 'day'],
  ['5 Jan', local(2025, 0, 5), 'day'],
  ['Dec 25', local(2024, 11, 25), 'day'],
  ['Mar 12, 2024', local(2024, 2, 12), 'day'],
  ['12 Mar 2024', local(2024, 2, 12), 'day'],
  ['May 10 9:41 AM', local(2025, 4, 10, 9, 41), 'minute'],
  ['2022-4-19', local(2022, 3, 19), 'day'],
  ['4-19', local(2025, 3, 19), 'day'],
  ['5/10/2025', local(2025, 4, 10), 'day'],
];

const INDONESIAN: Row[] = [
  ['baru saja', NOW, 'minute', 'id'],
  ['Baru saja', NOW, 'minute'],
  ['5 mnt', NOW - 5 * MIN, 'minute', 'id'],
  ['3 j', NOW - 3 * HOUR, 'hour', 'id'],
  ['3 j', NOW - 3 * HOUR, 'hour'],
  ['2 jam', NOW - 2 * HOUR, 'hour'],
  ['3 jam yang lalu', NOW - 3 * HOUR, 'hour'],
  ['2j yang lalu', NOW - 2 * HOUR, 'hour'],
  ['sejam yang lalu', NOW - HOUR, 'hour'],
  ['2 jam yang lalu (diedit)', NOW - 2 * HOUR, 'hour'],
  // "h" is hari (days) on Indonesian pages and hours on English ones.
  ['3 h', NOW - 3 * DAY, 'day', 'id'],
  ['3h yang lalu', NOW - 3 * DAY, 'day'],
  ['2 hr', NOW - 2 * DAY, 'day', 'id'],
  ['3h', NOW - 3 * HOUR, 'hour', 'en'],
  ['kemarin', local(2025, 4, 13), 'day'],
  ['Kemarin pukul 21.15', local(2025, 4, 13, 21, 15), 'minute'],
  ['Hari ini pukul 08.02', local(2025, 4, 14, 8, 2), 'minute'],
  ['2 hari yang lalu', NOW - 2 * DAY, 'day'],
  ['1 minggu', NOW - 7 * DAY, 'week'],
  ['3 mgg', NOW - 21 * DAY, 'week', 'id'],
  ['1mgg yang lalu', NOW - 7 * DAY, 'week'],
  ['2 bulan lalu', NOW - 60 * DAY, 'unknown'],
  ['5 bulan yang lalu', NOW - 150 * DAY, 'unknown'],
  ['1 thn', NOW - 365 * DAY, 'unknown', 'id'],
  ['1 tahun yang lalu', NOW - 365 * DAY, 'unknown'],
  ['Senin', local(2025, 4, 12), 'day', 'id'],
  ['10 Mei', local(2025, 4, 10), 'day', 'id'],
  ['12 Agu', local(2024, 7, 12), 'day', 'id'],
  ['5 Des 2025', local(2025, 11, 5), 'day', 'id'],
  ['17 Agustus 2024', local(2024, 7, 17), 'day', 'id'],
  ['14/05/2025', local(2025, 4, 14), 'day', 'id'],
  ['09.41', local(2025, 4, 14, 9, 41), 'minute', 'id'],
];

describe('parseTimeText', () => {
  it.each(ENGLISH)('reads English %j', (text, at, precision, lang) => {
    expect(parseTimeText(text, { now: NOW, lang: lang ?? 'en' })).toEqual({ at, precision });
  });

  it.each(INDONESIAN)('reads Indonesian %j', (text, at, precision, lang) => {
    expect(parseTimeText(text, { now: NOW, lang: lang ?? null })).toEqual({ at, precision });
  });

  it.each(['', 'hello', 'Reply', 'Balas', '32:99', '25:10', 'Feb 30', '99 foo', 'Show 3 replies', '13:00 PM'])('refuses %j', (text) => {
    expect(parseTimeText(text, { now: NOW })).toBeNull();
  });

  it('reads ISO timestamps as exact', () => {
    expect(parseTimeText('2025-05-14T07:00:00.000Z', { now: NOW })).toEqual({ at: Date.UTC(2025, 4, 14, 7), precision: 'exact' });
    expect(parseIsoTime('2025-05-14T07:00:00+07:00')).toEqual({ at: Date.UTC(2025, 4, 14, 0), precision: 'exact' });
    expect(parseIsoTime('not a date')).toBeNull();
    expect(parseIsoTime(null)).toBeNull();
  });
});
