import { describe, expect, it } from 'vitest';
import type { BusinessHours, Interaction, SlaSettings, TimePrecision } from '../../../lib/models';
import {
  answeredWithinSla, clockStartAt, compareUrgency, formatWaiting, nextSlaChangeAmong, nextSlaChangeAt, responseMillis,
  slaState, slaTargetMinutes, sortByUrgency, urgencyScore, waitingMillis, type SlaItem,
} from '../../../lib/timers';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const jkt = (s: string) => Date.parse(`${s}+07:00`);

const T0 = jkt('2024-06-03T10:00'); // a Monday

const JKT_HOURS: BusinessHours = {
  timeZone: 'Asia/Jakarta',
  week: [[], ...Array.from({ length: 5 }, () => [{ start: '09:00', end: '17:00' }]), []],
  daysOff: [],
};

const SLA: SlaSettings = {
  targets: { comment: 60, reply: 120, message: 30 },
  platformTargets: { instagram: { message: 15 } },
  warningRatio: 0.5,
  businessHours: null,
};
const SLA_BH: SlaSettings = { ...SLA, businessHours: JKT_HOURS };

function item(over: Partial<SlaItem> = {}): SlaItem {
  return {
    platform: 'facebook',
    kind: 'comment',
    postedAt: T0,
    postedAtPrecision: 'exact',
    firstSeenAt: T0,
    answeredAt: null,
    status: 'open',
    ...over,
  };
}

describe('slaTargetMinutes', () => {
  it('uses the per-kind target unless the platform overrides it', () => {
    expect(slaTargetMinutes(SLA, 'facebook', 'message')).toBe(30);
    expect(slaTargetMinutes(SLA, 'instagram', 'message')).toBe(15);
    expect(slaTargetMinutes(SLA, 'instagram', 'comment')).toBe(60);
    expect(slaTargetMinutes(SLA, 'x', 'reply')).toBe(120);
  });
});

describe('clockStartAt (items posted before Kelola saw them)', () => {
  const posted = T0 - 3 * DAY;
  const seen = T0;
  const cases: Array<[TimePrecision, number | null, number]> = [
    ['exact', posted, posted],
    ['minute', posted, posted],
    ['hour', posted, posted],
    ['day', posted, posted + DAY],
    ['week', T0 - 20 * DAY, T0 - 13 * DAY],
    ['week', T0 - 3 * DAY, seen],
    ['unknown', posted, seen],
    ['exact', null, seen],
  ];
  it.each(cases)('precision %s, postedAt %s', (precision, postedAt, expected) => {
    expect(clockStartAt({ postedAt, postedAtPrecision: precision, firstSeenAt: seen })).toBe(expected);
  });

  it('clamps a postedAt after first sight (clock skew) to first sight', () => {
    expect(clockStartAt({ postedAt: T0 + 10 * MIN, postedAtPrecision: 'exact', firstSeenAt: T0 })).toBe(T0);
  });
});

describe('waitingMillis', () => {
  it('counts from postedAt to now for open items', () => {
    expect(waitingMillis(item(), T0 + 25 * MIN, null)).toBe(25 * MIN);
  });
  it('stops at the answer', () => {
    const answered = item({ status: 'answered', answeredAt: T0 + 12 * MIN });
    expect(waitingMillis(answered, T0 + 5 * HOUR, null)).toBe(12 * MIN);
    expect(responseMillis(answered, null)).toBe(12 * MIN);
  });
  it('stops at the recorded time for ignored items and keeps the age otherwise', () => {
    expect(waitingMillis(item({ status: 'ignored', answeredAt: T0 + 3 * MIN }), T0 + HOUR, null)).toBe(3 * MIN);
    expect(waitingMillis(item({ status: 'ignored' }), T0 + HOUR, null)).toBe(HOUR);
    expect(responseMillis(item({ status: 'ignored', answeredAt: T0 + 3 * MIN }), null)).toBeNull();
  });
  it('gives 0 when the device clock is behind the stored times', () => {
    expect(waitingMillis(item({ postedAt: null, firstSeenAt: T0 }), T0 - 2 * HOUR, null)).toBe(0);
    expect(waitingMillis(item({ status: 'answered', answeredAt: T0 - MIN }), T0 + HOUR, null)).toBe(0);
  });
  it('gives 0 for an answered item without an answer time', () => {
    expect(waitingMillis(item({ status: 'answered' }), T0 + HOUR, null)).toBe(0);
    expect(responseMillis(item({ status: 'answered' }), null)).toBeNull();
  });
  it('counts business time only when hours are set', () => {
    const fri = item({ postedAt: jkt('2024-06-07T16:30'), firstSeenAt: jkt('2024-06-07T16:31') });
    expect(waitingMillis(fri, jkt('2024-06-10T09:20'), JKT_HOURS)).toBe(50 * MIN);
    expect(waitingMillis(fri, jkt('2024-06-10T09:20'), null)).toBe(2 * DAY + 16 * HOUR + 50 * MIN);
  });
  it('is the same after a restart: only stored fields and now matter', () => {
    const stored = JSON.parse(JSON.stringify(item({ postedAtPrecision: 'minute' }))) as SlaItem;
    expect(waitingMillis(stored, T0 + 7 * MIN, null)).toBe(waitingMillis(item({ postedAtPrecision: 'minute' }), T0 + 7 * MIN, null));
  });
});

describe('slaState', () => {
  const cases: Array<[string, SlaItem, number, SlaSettings, string]> = [
    ['fresh', item(), T0 + 29 * MIN, SLA, 'ok'],
    ['warning at exactly half the target', item(), T0 + 30 * MIN, SLA, 'warning'],
    ['still warning just before the target', item(), T0 + 60 * MIN - 1, SLA, 'warning'],
    ['breached at the target', item(), T0 + 60 * MIN, SLA, 'breached'],
    ['platform override (Instagram DM 15 min)', item({ platform: 'instagram', kind: 'message' }), T0 + 16 * MIN, SLA, 'breached'],
    ['same DM on Facebook (30 min)', item({ kind: 'message' }), T0 + 16 * MIN, SLA, 'warning'],
    ['answered leaves the queue', item({ status: 'answered', answeredAt: T0 + 90 * MIN }), T0 + 5 * HOUR, SLA, 'answered'],
    ['ignored leaves the queue', item({ status: 'ignored' }), T0 + 5 * HOUR, SLA, 'answered'],
    ['clock jumped back', item(), T0 - HOUR, SLA, 'ok'],
    ['weekend does not count with business hours',
      item({ postedAt: jkt('2024-06-07T16:30'), firstSeenAt: jkt('2024-06-07T16:30') }), jkt('2024-06-10T09:20'), SLA_BH, 'warning'],
    ['weekend counts without business hours',
      item({ postedAt: jkt('2024-06-07T16:30'), firstSeenAt: jkt('2024-06-07T16:30') }), jkt('2024-06-10T09:20'), SLA, 'breached'],
    ['day-precision label starts at the end of that day',
      item({ postedAt: T0 - DAY, postedAtPrecision: 'day', firstSeenAt: T0 + 10 * MIN }), T0 + 20 * MIN, SLA, 'ok'],
    ['hour-precision label uses the label time',
      item({ postedAt: T0 - 2 * HOUR, postedAtPrecision: 'hour', firstSeenAt: T0 }), T0, SLA, 'breached'],
    ['unknown precision starts at first sight',
      item({ postedAt: T0 - 2 * HOUR, postedAtPrecision: 'unknown', firstSeenAt: T0 }), T0 + 5 * MIN, SLA, 'ok'],
  ];
  it.each(cases)('%s', (_n, it0, now, sla, expected) => {
    expect(slaState(it0, now, sla)).toBe(expected);
  });

  it('answered within SLA means below the target', () => {
    expect(answeredWithinSla(item({ status: 'answered', answeredAt: T0 + 60 * MIN - 1 }), SLA)).toBe(true);
    expect(answeredWithinSla(item({ status: 'answered', answeredAt: T0 + 60 * MIN }), SLA)).toBe(false);
    expect(answeredWithinSla(item(), SLA)).toBeNull();
  });
});

describe('nextSlaChangeAt', () => {
  it('is the warning time, then the breach time, then nothing', () => {
    expect(nextSlaChangeAt(item(), T0 + MIN, SLA)).toBe(T0 + 30 * MIN);
    expect(nextSlaChangeAt(item(), T0 + 31 * MIN, SLA)).toBe(T0 + 60 * MIN);
    expect(nextSlaChangeAt(item(), T0 + 61 * MIN, SLA)).toBeNull();
    expect(nextSlaChangeAt(item({ status: 'answered', answeredAt: T0 + MIN }), T0 + 2 * MIN, SLA)).toBeNull();
    expect(nextSlaChangeAt(item({ status: 'ignored' }), T0 + 2 * MIN, SLA)).toBeNull();
  });

  it('waits for opening hours', () => {
    const fri = item({ postedAt: jkt('2024-06-07T16:45'), firstSeenAt: jkt('2024-06-07T16:45') });
    const warnAt = nextSlaChangeAt(fri, jkt('2024-06-07T16:50'), SLA_BH);
    expect(warnAt).toBe(jkt('2024-06-10T09:15'));
    expect(slaState(fri, warnAt! - 1, SLA_BH)).toBe('ok');
    expect(slaState(fri, warnAt!, SLA_BH)).toBe('warning');
    const breachAt = nextSlaChangeAt(fri, warnAt!, SLA_BH);
    expect(breachAt).toBe(jkt('2024-06-10T09:45'));
    expect(slaState(fri, breachAt! - 1, SLA_BH)).toBe('warning');
    expect(slaState(fri, breachAt!, SLA_BH)).toBe('breached');
  });

  it('still points at the real change after the clock jumped back', () => {
    expect(nextSlaChangeAt(item({ postedAt: null }), T0 - 3 * HOUR, SLA)).toBe(T0 + 30 * MIN);
  });

  it('gives the earliest change of a queue', () => {
    const a = item({ postedAt: T0 - 40 * MIN, firstSeenAt: T0 - 40 * MIN });
    const b = item({ kind: 'message', platform: 'instagram' });
    expect(nextSlaChangeAmong([a, b], T0 + MIN, SLA)).toBe(T0 + 7.5 * MIN);
    expect(nextSlaChangeAmong([], T0, SLA)).toBeNull();
  });
});

describe('urgency', () => {
  const now = T0 + 3 * HOUR;
  const at = (minutesAgo: number, over: Partial<SlaItem> = {}) =>
    item({ postedAt: now - minutesAgo * MIN, firstSeenAt: now - minutesAgo * MIN, ...over });

  it('orders breached, then warning, then ok, then answered', () => {
    const scores = [
      urgencyScore(at(70), now, SLA, null),
      urgencyScore(at(40), now, SLA, null),
      urgencyScore(at(5), now, SLA, null),
      urgencyScore(at(500, { status: 'answered', answeredAt: now - MIN }), now, SLA, null),
    ];
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('puts the longest wait first within a state, whatever the target', () => {
    const dm = at(16, { kind: 'message', platform: 'instagram' }); // breached after 15 min
    const comment = at(90); // breached after 60 min
    expect(urgencyScore(comment, now, SLA, null)).toBeGreaterThan(urgencyScore(dm, now, SLA, null));
  });

  it('raises a negative item one level', () => {
    const angryOk = urgencyScore(at(5), now, SLA, 'negative');
    const calmWarning = urgencyScore(at(35), now, SLA, null);
    const angryWarning = urgencyScore(at(35), now, SLA, 'negative');
    const calmBreached = urgencyScore(at(65), now, SLA, null);
    const calmOkLonger = urgencyScore(at(25), now, SLA, 'positive');
    expect(angryOk).toBeGreaterThan(calmOkLonger);
    expect(angryOk).toBeLessThan(calmWarning);
    expect(angryWarning).toBeGreaterThan(calmWarning);
    expect(angryWarning).toBeLessThan(calmBreached); // same level, the breached one waited longer
    expect(urgencyScore(at(65), now, SLA, 'negative')).toBe(calmBreached); // capped at breached
  });

  it('sorts a queue with the user override winning over the classifier', () => {
    type Row = SlaItem & Pick<Interaction, 'id' | 'sentiment' | 'sentimentOverride'>;
    const row = (id: string, minutesAgo: number, sentiment: Row['sentiment'], sentimentOverride: Row['sentimentOverride']): Row => ({
      ...at(minutesAgo), id, sentiment, sentimentOverride,
    });
    const queue = [
      row('fresh', 2, null, null),
      row('reclassified-happy', 40, 'negative', 'positive'),
      row('breached', 70, 'neutral', null),
      row('reclassified-angry', 10, 'positive', 'negative'),
      row('done', 300, null, null),
    ];
    queue[4] = { ...queue[4]!, status: 'answered', answeredAt: now - HOUR };
    expect(sortByUrgency(queue, now, SLA).map((r) => r.id)).toEqual([
      'breached', 'reclassified-happy', 'reclassified-angry', 'fresh', 'done',
    ]);
  });

  it('breaks ties by first sight, then id', () => {
    expect(compareUrgency({ urgency: 5, firstSeenAt: 1, id: 'b' }, { urgency: 5, firstSeenAt: 2, id: 'a' })).toBeLessThan(0);
    expect(compareUrgency({ urgency: 5, firstSeenAt: 1, id: 'b' }, { urgency: 5, firstSeenAt: 1, id: 'a' })).toBeGreaterThan(0);
    expect(compareUrgency({ urgency: 4, firstSeenAt: 1, id: 'a' }, { urgency: 5, firstSeenAt: 1, id: 'a' })).toBeGreaterThan(0);
  });
});

describe('formatWaiting', () => {
  it.each([
    [0, '<1m', '<1 mnt'],
    [59_999, '<1m', '<1 mnt'],
    [-5000, '<1m', '<1 mnt'],
    [Number.NaN, '<1m', '<1 mnt'],
    [5 * MIN + 59_000, '5m', '5 mnt'],
    [2 * HOUR, '2h', '2 j'],
    [2 * HOUR + 10 * MIN, '2h 10m', '2 j 10 mnt'],
    [DAY - 1, '23h 59m', '23 j 59 mnt'],
    [3 * DAY, '3d', '3 hr'],
    [3 * DAY + 4 * HOUR + 30 * MIN, '3d 4h', '3 hr 4 j'],
    [12 * DAY + 5 * HOUR, '12d', '12 hr'],
  ])('%d ms', (ms, en, id) => {
    expect(formatWaiting(ms, 'en')).toBe(en);
    expect(formatWaiting(ms, 'id')).toBe(id);
  });
});
