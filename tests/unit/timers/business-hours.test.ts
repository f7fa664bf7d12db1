import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BusinessHours } from '../../../lib/models';
import { addBusinessMillis, businessMillisBetween, isOpenAt } from '../../../lib/timers';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** Wall-clock time in Jakarta (UTC+7, no DST). */
const jkt = (s: string) => Date.parse(`${s}+07:00`);
/** An instant given in UTC. */
const utc = (s: string) => Date.parse(`${s}Z`);

type Range = { start: string; end: string };
function hours(timeZone: string, byDay: Partial<Record<number, Range[]>>, daysOff: string[] = []): BusinessHours {
  return { timeZone, week: [0, 1, 2, 3, 4, 5, 6].map((d) => byDay[d] ?? []), daysOff };
}
const nineToFive = [{ start: '09:00', end: '17:00' }];
const weekdays = (tz: string, ranges: Range[] = nineToFive, daysOff: string[] = []) =>
  hours(tz, { 1: ranges, 2: ranges, 3: ranges, 4: ranges, 5: ranges }, daysOff);
const everyDay = (tz: string, ranges: Range[], daysOff: string[] = []) =>
  hours(tz, { 0: ranges, 1: ranges, 2: ranges, 3: ranges, 4: ranges, 5: ranges, 6: ranges }, daysOff);

const JKT = weekdays('Asia/Jakarta');
const AMS = weekdays('Europe/Amsterdam');

// 2024-06-03 is a Monday; 2024-03-31 and 2024-10-27 are the Amsterdam DST Sundays.
const cases: Array<[string, number, number, BusinessHours | null, number]> = [
  ['no business hours: all elapsed time', jkt('2024-06-08T10:00'), jkt('2024-06-09T10:00'), null, DAY],
  ['inside one opening', jkt('2024-06-03T10:00'), jkt('2024-06-03T11:30'), JKT, 90 * MIN],
  ['before opening', jkt('2024-06-03T07:00'), jkt('2024-06-03T09:30'), JKT, 30 * MIN],
  ['after closing', jkt('2024-06-03T17:30'), jkt('2024-06-03T23:00'), JKT, 0],
  ['across midnight', jkt('2024-06-03T16:00'), jkt('2024-06-04T10:00'), JKT, 2 * HOUR],
  ['across a weekend', jkt('2024-06-07T16:00'), jkt('2024-06-10T10:00'), JKT, 2 * HOUR],
  ['inside a weekend', jkt('2024-06-08T10:00'), jkt('2024-06-09T20:00'), JKT, 0],
  ['a full week', jkt('2024-06-03T00:00'), jkt('2024-06-10T00:00'), JKT, 5 * 8 * HOUR],
  ['a day off is skipped', jkt('2024-06-03T16:00'), jkt('2024-06-05T10:00'), weekdays('Asia/Jakarta', nineToFive, ['2024-06-04']), 2 * HOUR],
  ['clock jumped back: end before start', jkt('2024-06-03T12:00'), jkt('2024-06-03T10:00'), JKT, 0],
  ['clock jumped back without hours', 5000, 1000, null, 0],
  ['start equals end', jkt('2024-06-03T12:00'), jkt('2024-06-03T12:00'), JKT, 0],
  ['overlapping ranges count once', jkt('2024-06-03T08:00'), jkt('2024-06-03T14:00'),
    weekdays('Asia/Jakarta', [{ start: '09:00', end: '12:00' }, { start: '11:00', end: '13:00' }]), 4 * HOUR],
  ['split shift', jkt('2024-06-03T08:00'), jkt('2024-06-03T20:00'),
    weekdays('Asia/Jakarta', [{ start: '13:00', end: '17:00' }, { start: '08:00', end: '12:00' }]), 8 * HOUR],
  ['overnight range, before midnight', jkt('2024-06-03T21:00'), jkt('2024-06-03T23:30'),
    everyDay('Asia/Jakarta', [{ start: '22:00', end: '02:00' }]), 90 * MIN],
  ['overnight range, across midnight', jkt('2024-06-03T23:00'), jkt('2024-06-04T03:00'),
    everyDay('Asia/Jakarta', [{ start: '22:00', end: '02:00' }]), 3 * HOUR],
  ['overnight range tail belongs to the day it started', jkt('2024-06-03T23:00'), jkt('2024-06-05T03:00'),
    everyDay('Asia/Jakarta', [{ start: '22:00', end: '02:00' }], ['2024-06-04']), 3 * HOUR],
  ['overnight tail and next morning overlap once', jkt('2024-06-03T23:00'), jkt('2024-06-04T03:00'),
    everyDay('Asia/Jakarta', [{ start: '00:00', end: '01:00' }, { start: '22:00', end: '02:00' }]), 3 * HOUR],
  ['until midnight (end 00:00)', jkt('2024-06-03T20:00'), jkt('2024-06-04T08:00'),
    weekdays('Asia/Jakarta', [{ start: '21:00', end: '00:00' }]), 3 * HOUR],
  ['whole day (00:00–00:00)', jkt('2024-06-03T05:00'), jkt('2024-06-04T05:00'),
    everyDay('Asia/Jakarta', [{ start: '00:00', end: '00:00' }]), DAY],
  ['no opening hours at all', jkt('2024-06-03T00:00'), jkt('2024-06-20T00:00'), hours('Asia/Jakarta', {}), 0],
  ['Amsterdam weekend across spring-forward', utc('2024-03-29T15:00'), utc('2024-04-01T08:00'), AMS, 2 * HOUR],
  ['Amsterdam whole spring-forward day is 23 h', utc('2024-03-30T23:00'), utc('2024-03-31T22:00'),
    everyDay('Europe/Amsterdam', [{ start: '00:00', end: '00:00' }]), 23 * HOUR],
  ['Amsterdam 01:00–04:00 on spring-forward day is 2 h', utc('2024-03-30T12:00'), utc('2024-03-31T12:00'),
    everyDay('Europe/Amsterdam', [{ start: '01:00', end: '04:00' }]), 2 * HOUR],
  ['Amsterdam range starting in the skipped hour opens at the jump', utc('2024-03-31T00:00'), utc('2024-03-31T03:00'),
    everyDay('Europe/Amsterdam', [{ start: '02:30', end: '04:00' }]), HOUR],
  ['Amsterdam whole fall-back day is 25 h', utc('2024-10-26T22:00'), utc('2024-10-27T23:00'),
    everyDay('Europe/Amsterdam', [{ start: '00:00', end: '00:00' }]), 25 * HOUR],
  ['Amsterdam 02:00–03:00 on fall-back day lasts 2 h', utc('2024-10-26T23:00'), utc('2024-10-27T05:00'),
    everyDay('Europe/Amsterdam', [{ start: '02:00', end: '03:00' }]), 2 * HOUR],
  ['Amsterdam summer weekday', utc('2024-06-03T06:00'), utc('2024-06-03T16:00'), AMS, 8 * HOUR],
  ['unknown zone reads hours in UTC', utc('2024-06-03T08:00'), utc('2024-06-03T10:00'), weekdays('Nowhere/Land'), HOUR],
];

describe('businessMillisBetween', () => {
  it.each(cases)('%s', (_name, start, end, h, expected) => {
    expect(businessMillisBetween(start, end, h)).toBe(expected);
  });
});

describe('long spans', () => {
  it('counts a whole year of weekdays minus days off', () => {
    // 2024-01-01 is a Monday; 52 full weeks later is 2024-12-30. 1 May is a Wednesday; 17 August
    // and 8 June fall on Saturdays, when the office is closed anyway.
    const h = weekdays('Asia/Jakarta', nineToFive, ['2024-05-01', '2024-08-17', '2024-06-08']);
    expect(businessMillisBetween(jkt('2024-01-01T00:00'), jkt('2024-12-30T00:00'), h)).toBe((52 * 5 - 1) * 8 * HOUR);
  });

  it('gives the same answers whatever order spans are asked in', () => {
    const h = weekdays('Europe/Amsterdam', nineToFive, ['2024-04-01']);
    const spans: Array<[number, number]> = [
      [utc('2024-10-01T10:00'), utc('2024-10-03T10:00')],
      [utc('2023-01-02T08:00'), utc('2023-01-02T12:00')],
      [utc('2024-03-29T08:00'), utc('2024-04-03T08:00')],
      [utc('2022-06-01T00:00'), utc('2025-06-01T00:00')],
    ];
    const fresh = spans.map(([s, e]) => businessMillisBetween(s, e, { ...h }));
    const shared = [...spans].reverse().map(([s, e]) => businessMillisBetween(s, e, h)).reverse();
    expect(shared).toEqual(fresh);
    // Winter 08:00–12:00 UTC is 09:00–13:00 CET; Friday 8 h, Easter Monday off, Tuesday 8 h, Wednesday 09:00–10:00 CEST.
    expect(fresh.slice(0, 3)).toEqual([16 * HOUR, 4 * HOUR, 8 * HOUR + 8 * HOUR + HOUR]);
  });
});

describe('addBusinessMillis', () => {
  it('carries over a weekend', () => {
    expect(addBusinessMillis(jkt('2024-06-07T16:00'), 2 * HOUR, JKT)).toBe(jkt('2024-06-10T10:00'));
  });
  it('starts counting at the next opening', () => {
    expect(addBusinessMillis(jkt('2024-06-08T11:00'), 15 * MIN, JKT)).toBe(jkt('2024-06-10T09:15'));
  });
  it('lands on the closing instant when the amount fills the day exactly', () => {
    expect(addBusinessMillis(jkt('2024-06-03T16:00'), HOUR, JKT)).toBe(jkt('2024-06-03T17:00'));
  });
  it('is plain addition without hours and the start for no amount', () => {
    expect(addBusinessMillis(1000, 500, null)).toBe(1500);
    expect(addBusinessMillis(jkt('2024-06-08T11:00'), 0, JKT)).toBe(jkt('2024-06-08T11:00'));
  });
  it('never arrives without opening hours', () => {
    expect(addBusinessMillis(jkt('2024-06-03T10:00'), MIN, hours('Asia/Jakarta', {}))).toBeNull();
  });
  it('skips days off', () => {
    const h = weekdays('Asia/Jakarta', nineToFive, ['2024-06-10', '2024-06-11']);
    expect(addBusinessMillis(jkt('2024-06-07T16:30'), HOUR, h)).toBe(jkt('2024-06-12T09:30'));
  });
});

describe('isOpenAt', () => {
  it('knows opening hours, including overnight tails', () => {
    expect(isOpenAt(jkt('2024-06-03T09:00'), JKT)).toBe(true);
    expect(isOpenAt(jkt('2024-06-03T17:00'), JKT)).toBe(false);
    expect(isOpenAt(jkt('2024-06-08T10:00'), JKT)).toBe(false);
    expect(isOpenAt(jkt('2024-06-04T01:00'), everyDay('Asia/Jakarta', [{ start: '22:00', end: '02:00' }]))).toBe(true);
    expect(isOpenAt(jkt('2024-06-08T10:00'), null)).toBe(true);
  });
});

describe('business time properties', () => {
  const zones = ['Asia/Jakarta', 'Europe/Amsterdam', 'America/New_York'];
  const shapes: Range[][] = [
    nineToFive,
    [{ start: '22:00', end: '02:00' }],
    [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:30' }],
    [{ start: '01:30', end: '03:30' }],
  ];
  const hoursArb = fc
    .tuple(fc.constantFrom(...zones), fc.constantFrom(...shapes), fc.boolean())
    .map(([tz, shape, weekend]) => (weekend ? everyDay(tz, shape, ['2024-03-31', '2024-11-03']) : weekdays(tz, shape)));
  // Around the 2024 DST changes in Europe and the US.
  const instant = fc.integer({ min: utc('2024-03-01T00:00'), max: utc('2024-11-30T00:00') });

  it('splits additively at any midpoint', () => {
    fc.assert(
      fc.property(hoursArb, instant, fc.integer({ min: 0, max: 10 * DAY }), fc.integer({ min: 0, max: 10 * DAY }), (h, s, a, b) => {
        const m = s + a;
        const e = m + b;
        expect(businessMillisBetween(s, m, h) + businessMillisBetween(m, e, h)).toBe(businessMillisBetween(s, e, h));
      }),
      { numRuns: 200 },
    );
  });

  it('never exceeds calendar time', () => {
    fc.assert(
      fc.property(hoursArb, instant, fc.integer({ min: 0, max: 20 * DAY }), (h, s, len) => {
        const v = businessMillisBetween(s, s + len, h);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(len);
      }),
      { numRuns: 200 },
    );
  });

  it('addBusinessMillis is the earliest instant reaching the amount', () => {
    fc.assert(
      fc.property(hoursArb, instant, fc.integer({ min: 1, max: 30 * HOUR }), (h, s, amount) => {
        const at = addBusinessMillis(s, amount, h);
        expect(at).not.toBeNull();
        expect(businessMillisBetween(s, at!, h)).toBe(amount);
        expect(businessMillisBetween(s, at! - 1, h)).toBeLessThan(amount);
      }),
      { numRuns: 200 },
    );
  });
});
