import { describe, expect, it } from 'vitest';
import { dueState, remindersDue, shouldMarkMissed, type ReminderPost } from '../../../lib/calendar/status';

const MIN = 60_000;
const T = Date.UTC(2025, 2, 3, 12, 0); // 19:00 WIB

describe('dueState', () => {
  const scheduled = { status: 'scheduled' as const, scheduledAt: T, publishedAt: null };
  it.each([
    [T - 61 * MIN, 'upcoming'],
    [T - 60 * MIN, 'soon'],
    [T - 1, 'soon'],
    [T, 'due'],
    [T + 30 * MIN, 'due'],
    [T + 30 * MIN + 1, 'overdue'],
  ] as const)('at %d → %s', (now, state) => {
    expect(dueState(scheduled, now)).toBe(state);
  });

  it('puts final states and undated posts first', () => {
    expect(dueState({ status: 'published', scheduledAt: T, publishedAt: T }, T + 999 * MIN)).toBe('published');
    expect(dueState({ status: 'scheduled', scheduledAt: T, publishedAt: T + MIN }, T + 999 * MIN)).toBe('published');
    expect(dueState({ status: 'missed', scheduledAt: T, publishedAt: null }, T - 999 * MIN)).toBe('missed');
    expect(dueState({ status: 'idea', scheduledAt: null, publishedAt: null }, T)).toBe('unscheduled');
  });

  it('honours custom windows', () => {
    expect(dueState(scheduled, T - 90 * MIN, { soonMinutes: 120 })).toBe('soon');
    expect(dueState(scheduled, T + 10 * MIN, { graceMinutes: 5 })).toBe('overdue');
  });
});

describe('shouldMarkMissed', () => {
  it('marks a scheduled, unpublished post once the grace period has passed', () => {
    const p = { status: 'scheduled' as const, scheduledAt: T, publishedAt: null };
    expect(shouldMarkMissed(p, T + 15 * MIN, 15)).toBe(false);
    expect(shouldMarkMissed(p, T + 15 * MIN + 1, 15)).toBe(true);
    expect(shouldMarkMissed(p, T - MIN, 0)).toBe(false);
  });

  it('never marks drafts, ideas, published or already-missed posts', () => {
    const late = T + 10_000 * MIN;
    expect(shouldMarkMissed({ status: 'draft', scheduledAt: T, publishedAt: null }, late, 15)).toBe(false);
    expect(shouldMarkMissed({ status: 'idea', scheduledAt: null, publishedAt: null }, late, 15)).toBe(false);
    expect(shouldMarkMissed({ status: 'published', scheduledAt: T, publishedAt: T }, late, 15)).toBe(false);
    expect(shouldMarkMissed({ status: 'scheduled', scheduledAt: T, publishedAt: T + MIN }, late, 15)).toBe(false);
    expect(shouldMarkMissed({ status: 'missed', scheduledAt: T, publishedAt: null }, late, 15)).toBe(false);
  });
});

describe('remindersDue', () => {
  const mk = (id: string, at: number | null, extra: Partial<ReminderPost> = {}): ReminderPost => ({
    id,
    status: 'scheduled',
    scheduledAt: at,
    publishedAt: null,
    remindedAt: null,
    ...extra,
  });

  it('returns posts inside [at − lead, at + grace] not yet reminded, soonest first', () => {
    const now = T;
    const posts = [
      mk('later', T + 20 * MIN),
      mk('now', T),
      mk('too-early', T + 31 * MIN),
      mk('just-past', T - 10 * MIN),
      mk('long-past', T - 31 * MIN),
      mk('draft', T + 5 * MIN, { status: 'draft' }),
      mk('idea', null, { status: 'idea' }),
      mk('published', T + 5 * MIN, { status: 'published', publishedAt: T }),
      mk('reminded', T + 5 * MIN, { remindedAt: T - 20 * MIN }),
    ];
    expect(remindersDue(posts, now, 30).map((p) => p.id)).toEqual(['just-past', 'now', 'draft', 'later']);
  });

  it('reminds again after the post was moved later', () => {
    // reminded for an earlier slot (at 18:00), then rescheduled to 20:00
    const moved = mk('moved', T + 60 * MIN, { remindedAt: T - 70 * MIN });
    expect(remindersDue([moved], T + 45 * MIN, 30).map((p) => p.id)).toEqual(['moved']);
    expect(remindersDue([moved], T + 20 * MIN, 30)).toEqual([]);
  });
});
