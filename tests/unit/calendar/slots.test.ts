import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandSlots, matchSlots, type SlotPost } from '../../../lib/calendar/slots';
import { resolveLocal, utcToZoned } from '../../../lib/calendar/tz';
import type { ScheduleSlot } from '../../../lib/models';

const MON = 1;
const WED = 3;
const FRI = 5;
const SAT = 6;

const igMwf: ScheduleSlot = { platform: 'instagram', weekdays: [MON, WED, FRI], time: '19:00' };

function post(id: string, platforms: SlotPost['platforms'], at: number, status: SlotPost['status'] = 'scheduled'): SlotPost {
  return { id, platforms, scheduledAt: at, publishedAt: null, status };
}

describe('expandSlots', () => {
  it('expands Mon/Wed/Fri 19:00 WIB across a month boundary', () => {
    const got = expandSlots([igMwf], { start: '2025-01-27', end: '2025-02-09' }, 'Asia/Jakarta');
    expect(got.map((s) => s.date)).toEqual(['2025-01-27', '2025-01-29', '2025-01-31', '2025-02-03', '2025-02-05', '2025-02-07']);
    for (const s of got) {
      const [y, m, d] = s.date.split('-').map(Number) as [number, number, number];
      // 19:00 in UTC+7 is 12:00 UTC
      expect(s.at).toBe(Date.UTC(y, m - 1, d, 12, 0));
      expect([MON, WED, FRI]).toContain(new Date(Date.UTC(y, m - 1, d)).getUTCDay());
      expect(s.resolution).toBe('exact');
      expect(s.key).toBe(`instagram|${s.date}|19:00`);
    }
  });

  it('keeps the wall-clock time across a DST change (Europe/Berlin, 30 Mar 2025)', () => {
    const daily: ScheduleSlot = { platform: 'facebook', weekdays: [0, 1, 2, 3, 4, 5, 6], time: '19:00' };
    const got = expandSlots([daily], { start: '2025-03-29', end: '2025-03-31' }, 'Europe/Berlin');
    expect(got.map((s) => new Date(s.at).toISOString())).toEqual([
      '2025-03-29T18:00:00.000Z', // CET, UTC+1
      '2025-03-30T17:00:00.000Z', // CEST, UTC+2
      '2025-03-31T17:00:00.000Z',
    ]);
  });

  it('moves a slot inside the spring-forward gap forward and takes the first of a repeated hour', () => {
    const early: ScheduleSlot = { platform: 'x', weekdays: [0], time: '02:30' };
    const spring = expandSlots([early], { start: '2025-03-09', end: '2025-03-09' }, 'America/New_York');
    expect(spring).toHaveLength(1);
    expect(spring[0]?.resolution).toBe('gap');
    expect(new Date(spring[0]!.at).toISOString()).toBe('2025-03-09T07:30:00.000Z'); // 03:30 EDT
    const fallSlot: ScheduleSlot = { platform: 'x', weekdays: [0], time: '01:30' };
    const fall = expandSlots([fallSlot], { start: '2025-11-02', end: '2025-11-02' }, 'America/New_York');
    expect(fall[0]?.resolution).toBe('overlap');
    expect(new Date(fall[0]!.at).toISOString()).toBe('2025-11-02T05:30:00.000Z'); // 01:30 EDT, the first one
  });

  it('de-duplicates repeated weekdays and identical slots', () => {
    const got = expandSlots(
      [
        { platform: 'instagram', weekdays: [MON, MON], time: '08:00' },
        { platform: 'instagram', weekdays: [MON], time: '08:00' },
      ],
      { start: '2025-06-02', end: '2025-06-08' },
      'Asia/Jakarta',
    );
    expect(got).toHaveLength(1);
    expect(got[0]?.slotIndex).toBe(0);
  });

  it('rejects bad input', () => {
    expect(() => expandSlots([igMwf], { start: '2025-02-10', end: '2025-02-01' }, 'Asia/Jakarta')).toThrow(RangeError);
    expect(() => expandSlots([igMwf], { start: '2025-02-01', end: '2025-02-10' }, 'Mars/Olympus')).toThrow(RangeError);
    expect(() => expandSlots([igMwf], { start: '2025-02-30', end: '2025-03-10' }, 'Asia/Jakarta')).toThrow(RangeError);
  });

  it('every occurrence lands on a slot weekday at the slot time (property, several zones)', () => {
    const zones = ['Asia/Jakarta', 'Asia/Makassar', 'Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'UTC'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 4 * 365 }),
        fc.integer({ min: 0, max: 40 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom(0, 15, 30, 45),
        (zone, startOffset, length, weekdays, hour, minute) => {
          const start = new Date(Date.UTC(2025, 0, 1 + startOffset)).toISOString().slice(0, 10);
          const end = new Date(Date.UTC(2025, 0, 1 + startOffset + length)).toISOString().slice(0, 10);
          const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          const got = expandSlots([{ platform: 'tiktok', weekdays, time }], { start, end }, zone);
          let expected = 0;
          for (let i = 0; i <= length; i++) {
            if (weekdays.includes(new Date(Date.UTC(2025, 0, 1 + startOffset + i)).getUTCDay())) expected++;
          }
          expect(got).toHaveLength(expected);
          for (const s of got) {
            const local = utcToZoned(s.at, zone);
            expect(weekdays).toContain(local.weekday);
            expect(local.dateKey).toBe(s.date);
            if (s.resolution !== 'gap') expect(local.time).toBe(time);
          }
          for (let i = 1; i < got.length; i++) expect(got[i]!.at).toBeGreaterThan(got[i - 1]!.at);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('matchSlots', () => {
  const tz = 'Asia/Jakarta';
  const wib = (d: string, hhmm: string): number => {
    const [y, m, day] = d.split('-').map(Number) as [number, number, number];
    const [h, min] = hhmm.split(':').map(Number) as [number, number];
    return resolveLocal({ year: y, month: m, day, hour: h, minute: min }, tz).instant;
  };
  const range = { start: '2025-03-01', end: '2025-03-09' };
  const slots: ScheduleSlot[] = [igMwf, { platform: 'facebook', weekdays: [WED], time: '12:00' }];

  it('marks filled and empty slots with tolerance, and lists off-slot posts', () => {
    const posts = [
      post('on-time', ['instagram'], wib('2025-03-03', '19:00')),
      post('late-20', ['instagram'], wib('2025-03-05', '19:20')),
      post('late-45', ['instagram'], wib('2025-03-07', '19:45')),
      post('both', ['facebook', 'instagram'], wib('2025-03-05', '12:10')),
      post('missed', ['facebook'], wib('2025-03-05', '12:00'), 'missed'),
      post('idea', ['instagram'], wib('2025-03-03', '19:00'), 'idea'),
      post('li', ['linkedin'], wib('2025-03-04', '10:00')),
      post('outside', ['instagram'], wib('2025-03-10', '19:00')),
    ];
    const r = matchSlots(slots, posts, range, tz, 30);
    const byKey = Object.fromEntries(r.instances.map((i) => [i.key, i]));
    expect(byKey['instagram|2025-03-03|19:00']?.postIds).toEqual(['on-time']);
    expect(byKey['instagram|2025-03-05|19:00']?.postIds).toEqual(['late-20']);
    expect(byKey['instagram|2025-03-07|19:00']?.state).toBe('empty');
    expect(byKey['facebook|2025-03-05|12:00']?.postIds).toEqual(['both']);
    expect(r.gaps.map((g) => g.key)).toEqual(['instagram|2025-03-07|19:00']);
    // the IG half of "both" was 6h50 away from any IG slot
    expect(r.offSlot.map((o) => `${o.postId}:${o.platform}`).sort()).toEqual(['both:instagram', 'late-45:instagram', 'li:linkedin']);
    expect(r.instances).toHaveLength(4);
  });

  it('pairs posts to the nearest free slot before doubling up', () => {
    const twoSlots: ScheduleSlot[] = [
      { platform: 'instagram', weekdays: [SAT], time: '19:00' },
      { platform: 'instagram', weekdays: [SAT], time: '19:30' },
    ];
    const posts = [post('a', ['instagram'], wib('2025-03-08', '19:05')), post('b', ['instagram'], wib('2025-03-08', '19:10'))];
    const saturday = { start: '2025-03-08', end: '2025-03-08' };
    const r = matchSlots(twoSlots, posts, saturday, tz, 30);
    expect(r.instances.map((i) => i.postIds)).toEqual([['a'], ['b']]);
    expect(r.gaps).toEqual([]);
    expect(r.overPosting).toEqual([]);

    const three = [...posts, post('c', ['instagram'], wib('2025-03-08', '19:02'))];
    const r3 = matchSlots(twoSlots, three, saturday, tz, 30);
    expect(r3.instances[0]?.postIds.sort()).toEqual(['a', 'c']);
    expect(r3.instances[1]?.postIds).toEqual(['b']);
    expect(r3.overPosting).toEqual([{ platform: 'instagram', date: '2025-03-08', slots: 2, posts: 3, postIds: ['a', 'b', 'c'] }]);
  });

  it('flags over-posting per platform per day, including days without a slot', () => {
    const posts = [
      post('p1', ['instagram'], wib('2025-03-03', '19:00')),
      post('p2', ['instagram'], wib('2025-03-03', '08:00')),
      post('tue', ['instagram'], wib('2025-03-04', '19:00')),
      post('li1', ['linkedin'], wib('2025-03-04', '10:00')),
      post('li2', ['linkedin'], wib('2025-03-04', '11:00')),
    ];
    const r = matchSlots(slots, posts, range, tz, 15);
    expect(r.overPosting).toEqual([
      { platform: 'instagram', date: '2025-03-03', slots: 1, posts: 2, postIds: ['p1', 'p2'] },
      { platform: 'instagram', date: '2025-03-04', slots: 0, posts: 1, postIds: ['tue'] },
    ]);
  });

  it('lets a post just before the range fill a slot at its edge, across the month boundary in WIB', () => {
    const midnight: ScheduleSlot = { platform: 'threads', weekdays: [SAT], time: '00:15' };
    // 23:55 WIB on Friday 28 Feb is 16:55 UTC
    const p = post('edge', ['threads'], Date.UTC(2025, 1, 28, 16, 55));
    const r = matchSlots([midnight], [p], { start: '2025-03-01', end: '2025-03-31' }, tz, 30);
    expect(r.instances[0]?.date).toBe('2025-03-01');
    expect(r.instances[0]?.postIds).toEqual(['edge']);
    expect(r.offSlot).toEqual([]);
    expect(r.overPosting).toEqual([]);
  });

  it('uses the plan zone to decide the day of a post (DST zone)', () => {
    const ny: ScheduleSlot = { platform: 'youtube', weekdays: [0, 1, 2, 3, 4, 5, 6], time: '21:00' };
    // 21:00 EDT on 9 Mar 2025 is 01:00 UTC on the 10th
    const p = post('yt', ['youtube'], Date.UTC(2025, 2, 10, 1, 0));
    const r = matchSlots([ny], [p], { start: '2025-03-08', end: '2025-03-10' }, 'America/New_York', 0);
    expect(r.instances.map((i) => `${i.date}:${i.state}`)).toEqual(['2025-03-08:empty', '2025-03-09:filled', '2025-03-10:empty']);
  });

  it('rejects a negative tolerance', () => {
    expect(() => matchSlots(slots, [], range, tz, -1)).toThrow(RangeError);
  });
});
