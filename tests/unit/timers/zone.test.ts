import { describe, expect, it } from 'vitest';
import {
  dateKeyToDayNumber, dayKey, dayNumberToKey, getZone, isValidTimeZone, isoWeekKeyOfDay, weekdayOfDay,
} from '../../../lib/timers';

const HOUR = 3_600_000;
const utc = (s: string) => Date.parse(`${s}Z`);

describe('zone offsets', () => {
  it('Jakarta is UTC+7 all year', () => {
    const z = getZone('Asia/Jakarta');
    expect(z.offsetAt(utc('2024-01-15T00:00:00'))).toBe(7 * HOUR);
    expect(z.offsetAt(utc('2024-07-15T00:00:00'))).toBe(7 * HOUR);
  });

  it('Amsterdam switches at 01:00 UTC on the last Sunday of March and October', () => {
    const z = getZone('Europe/Amsterdam');
    expect(z.offsetAt(utc('2024-03-31T00:59:59.999'))).toBe(HOUR);
    expect(z.offsetAt(utc('2024-03-31T01:00:00'))).toBe(2 * HOUR);
    expect(z.offsetAt(utc('2024-10-27T00:59:59.999'))).toBe(2 * HOUR);
    expect(z.offsetAt(utc('2024-10-27T01:00:00'))).toBe(HOUR);
  });

  it('maps wall-clock times to instants, choosing the first of a repeated time and the shift for a skipped one', () => {
    const z = getZone('Europe/Amsterdam');
    expect(z.toUtc(utc('2024-06-01T12:00:00'))).toBe(utc('2024-06-01T10:00:00'));
    // 02:30 on 2024-10-27 happens twice: first in CEST.
    expect(z.toUtc(utc('2024-10-27T02:30:00'))).toBe(utc('2024-10-27T00:30:00'));
    // 02:30 on 2024-03-31 never happens: the clock jumps from 02:00 to 03:00 (01:00 UTC).
    expect(z.toUtc(utc('2024-03-31T02:30:00'))).toBe(utc('2024-03-31T01:00:00'));
    expect(z.toUtc(utc('2024-03-31T03:00:00'))).toBe(utc('2024-03-31T01:00:00'));
  });

  it('handles a quarter-hour zone', () => {
    expect(dayKey(utc('2024-06-01T18:14:59'), 'Asia/Kathmandu')).toBe('2024-06-01');
    expect(dayKey(utc('2024-06-01T18:15:00'), 'Asia/Kathmandu')).toBe('2024-06-02');
  });

  it('falls back to UTC for an unknown zone', () => {
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('Asia/Jakarta')).toBe(true);
    expect(getZone('Mars/Olympus').id).toBe('UTC');
    expect(dayKey(utc('2024-06-01T23:30:00'), 'Mars/Olympus')).toBe('2024-06-01');
  });
});

describe('calendar keys', () => {
  it('reads the local day of an instant', () => {
    const t = utc('2024-06-04T17:30:00');
    expect(dayKey(t, 'UTC')).toBe('2024-06-04');
    expect(dayKey(t, 'Asia/Jakarta')).toBe('2024-06-05');
    expect(dayKey(t, 'America/New_York')).toBe('2024-06-04');
  });

  it('round-trips date keys and rejects impossible dates', () => {
    for (const key of ['1970-01-01', '2000-02-29', '2024-12-31', '2100-03-01']) {
      const n = dateKeyToDayNumber(key);
      expect(n).not.toBeNull();
      expect(dayNumberToKey(n!)).toBe(key);
    }
    expect(dateKeyToDayNumber('2023-02-29')).toBeNull();
    expect(dateKeyToDayNumber('2024-13-01')).toBeNull();
    expect(dateKeyToDayNumber('24-01-01')).toBeNull();
  });

  it('numbers weekdays from Sunday', () => {
    expect(weekdayOfDay(dateKeyToDayNumber('2024-06-02')!)).toBe(0);
    expect(weekdayOfDay(dateKeyToDayNumber('2024-06-03')!)).toBe(1);
    expect(weekdayOfDay(dateKeyToDayNumber('2024-06-08')!)).toBe(6);
  });

  it.each([
    ['2024-01-01', '2024-W01'],
    ['2024-12-29', '2024-W52'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
    ['2021-01-04', '2021-W01'],
    ['2026-12-31', '2026-W53'],
  ])('ISO week of %s is %s', (date, week) => {
    expect(isoWeekKeyOfDay(dateKeyToDayNumber(date)!)).toBe(week);
  });
});
