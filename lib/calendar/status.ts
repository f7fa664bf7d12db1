import type { Post } from '../models';

export type StatusPost = Pick<Post, 'status' | 'scheduledAt' | 'publishedAt'>;
export type ReminderPost = Pick<Post, 'id' | 'status' | 'scheduledAt' | 'publishedAt' | 'remindedAt'>;

/**
 * Where a post stands relative to `now`:
 * - `published` / `missed`: final states, whatever the clock says
 * - `unscheduled`: no date yet
 * - `upcoming`: more than `soonMinutes` away; `soon`: within `soonMinutes`
 * - `due`: its time has come, within `graceMinutes`; `overdue`: later than that and still not published
 */
export type DueState = 'published' | 'missed' | 'unscheduled' | 'upcoming' | 'soon' | 'due' | 'overdue';

export interface DueOptions {
  soonMinutes?: number;
  graceMinutes?: number;
}

const MINUTE = 60_000;

export function dueState(post: StatusPost, now: number, options: DueOptions = {}): DueState {
  if (post.status === 'published' || post.publishedAt !== null) return 'published';
  if (post.status === 'missed') return 'missed';
  if (post.scheduledAt === null) return 'unscheduled';
  const soon = (options.soonMinutes ?? 60) * MINUTE;
  const grace = (options.graceMinutes ?? 30) * MINUTE;
  const until = post.scheduledAt - now;
  if (until > soon) return 'upcoming';
  if (until > 0) return 'soon';
  if (-until <= grace) return 'due';
  return 'overdue';
}

/**
 * A scheduled post that was not published and whose time is more than `graceMinutes` past becomes
 * missed. Drafts and ideas are never marked missed: nobody committed to publishing them.
 */
export function shouldMarkMissed(post: StatusPost, now: number, graceMinutes: number): boolean {
  if (post.status !== 'scheduled' || post.scheduledAt === null || post.publishedAt !== null) return false;
  return now - post.scheduledAt > graceMinutes * MINUTE;
}

export interface ReminderOptions {
  /** Keep reminding this long after the scheduled time (the worker may have been asleep). Default 30. */
  graceMinutes?: number;
}

/**
 * Scheduled or draft posts whose reminder window `[scheduledAt − leadMinutes, scheduledAt + grace]`
 * contains `now` and that were not reminded for this schedule yet. A reminder sent before the post
 * was moved to a later time does not count. Sorted by scheduled time.
 */
export function remindersDue<T extends ReminderPost>(
  posts: readonly T[],
  now: number,
  leadMinutes: number,
  options: ReminderOptions = {},
): T[] {
  const lead = leadMinutes * MINUTE;
  const grace = (options.graceMinutes ?? 30) * MINUTE;
  return posts
    .filter((p) => {
      if (p.status !== 'scheduled' && p.status !== 'draft') return false;
      if (p.scheduledAt === null || p.publishedAt !== null) return false;
      const windowStart = p.scheduledAt - lead;
      if (now < windowStart || now > p.scheduledAt + grace) return false;
      return p.remindedAt === null || p.remindedAt < windowStart;
    })
    .sort((a, b) => (a.scheduledAt ?? 0) - (b.scheduledAt ?? 0));
}
