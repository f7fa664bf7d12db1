import type { Platform, Post, PostStatus, ScheduleSlot } from '../models';
import { addDays, assertTimeZone, parseDateKey, resolveLocal, utcToZoned, weekdayOf, type LocalResolution } from './tz';

/** Inclusive range of calendar days (`YYYY-MM-DD`) in the plan's time zone. */
export interface DateRange {
  start: string;
  end: string;
}

/** One concrete occurrence of a recurring slot. */
export interface SlotInstance {
  /** Stable key `<platform>|<date>|<HH:MM>`. */
  key: string;
  /** Index of the first slot in the input that produced this occurrence. */
  slotIndex: number;
  platform: Platform;
  /** Day in the plan's zone. */
  date: string;
  /** Wall-clock time from the slot, in the plan's zone. */
  time: string;
  /** UTC instant, ms. */
  at: number;
  /** `gap`: the time did not exist that day (DST) and was moved forward; `overlap`: it existed twice, the first is used. */
  resolution: LocalResolution;
}

export type SlotPost = Pick<Post, 'id' | 'platforms' | 'scheduledAt' | 'publishedAt' | 'status'>;

export interface SlotMatch extends SlotInstance {
  state: 'filled' | 'empty';
  postIds: string[];
}

export interface OffSlotPost {
  postId: string;
  platform: Platform;
  at: number;
  date: string;
}

export interface OverPosting {
  platform: Platform;
  date: string;
  slots: number;
  posts: number;
  postIds: string[];
}

export interface SlotMatchResult {
  instances: SlotMatch[];
  gaps: SlotMatch[];
  /** Posts in the range that are not within tolerance of any slot of their platform. */
  offSlot: OffSlotPost[];
  /** Days where a planned platform got more posts than it has slots that day. */
  overPosting: OverPosting[];
}

export interface MatchOptions {
  /** Posts in these states occupy a slot. A missed post leaves its slot empty; an idea is not planned yet. */
  statuses?: readonly PostStatus[];
}

const DEFAULT_FILLING: readonly PostStatus[] = ['draft', 'scheduled', 'published'];
const MINUTE = 60_000;

function assertRange(range: DateRange): void {
  parseDateKey(range.start);
  parseDateKey(range.end);
  if (range.start > range.end) throw new RangeError(`Range ends before it starts: ${range.start}..${range.end}`);
}

/**
 * Concrete occurrences of recurring slots for every day in `range`, at the slot's wall-clock time
 * in `timeZone` (so "19:00" stays 19:00 local across DST changes). Sorted by instant.
 */
export function expandSlots(slots: readonly ScheduleSlot[], range: DateRange, timeZone: string): SlotInstance[] {
  assertTimeZone(timeZone);
  assertRange(range);
  const out: SlotInstance[] = [];
  const seen = new Set<string>();
  const byWeekday: Array<Array<{ slot: ScheduleSlot; index: number }>> = [[], [], [], [], [], [], []];
  slots.forEach((slot, index) => {
    for (const wd of new Set(slot.weekdays)) byWeekday[wd]?.push({ slot, index });
  });
  let day = range.start;
  let weekday = weekdayOf(day);
  for (;;) {
    const { year, month, day: dom } = parseDateKey(day);
    for (const { slot, index } of byWeekday[weekday] ?? []) {
      const key = `${slot.platform}|${day}|${slot.time}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const [hh, mm] = slot.time.split(':').map(Number) as [number, number];
      const { instant, resolution } = resolveLocal({ year, month, day: dom, hour: hh, minute: mm }, timeZone);
      out.push({ key, slotIndex: index, platform: slot.platform, date: day, time: slot.time, at: instant, resolution });
    }
    if (day === range.end) break;
    day = addDays(day, 1);
    weekday = (weekday + 1) % 7;
  }
  return out.sort((a, b) => a.at - b.at || a.platform.localeCompare(b.platform));
}

interface Candidate {
  postId: string;
  platform: Platform;
  at: number;
  date: string;
  inRange: boolean;
}

/**
 * Which slot occurrences in `range` have a post and which are gaps.
 *
 * A post counts once per platform it targets, at `scheduledAt` (or `publishedAt` when it was never
 * scheduled). Each post is paired with the nearest free slot of the same platform within
 * `toleranceMinutes`; when every nearby slot already has a post, it joins the nearest one (two posts
 * in one slot). Over-posting compares posts per platform per day with that day's slots; platforms
 * without any slot in the plan are not flagged (their posts show up in `offSlot`).
 */
export function matchSlots(
  slots: readonly ScheduleSlot[],
  posts: readonly SlotPost[],
  range: DateRange,
  timeZone: string,
  toleranceMinutes: number,
  options: MatchOptions = {},
): SlotMatchResult {
  if (!Number.isFinite(toleranceMinutes) || toleranceMinutes < 0) {
    throw new RangeError(`toleranceMinutes must be ≥ 0, got ${toleranceMinutes}`);
  }
  const instances = expandSlots(slots, range, timeZone);
  const tolerance = toleranceMinutes * MINUTE;
  const filling = new Set(options.statuses ?? DEFAULT_FILLING);
  const plannedPlatforms = new Set(slots.map((s) => s.platform));

  const firstAt = instances[0]?.at ?? 0;
  const lastAt = instances[instances.length - 1]?.at ?? 0;
  const candidates: Candidate[] = [];
  for (const post of posts) {
    if (!filling.has(post.status)) continue;
    const at = post.scheduledAt ?? post.publishedAt;
    if (at === null) continue;
    const date = utcToZoned(at, timeZone).dateKey;
    const inRange = date >= range.start && date <= range.end;
    // Posts just outside the range can still be the closest match for a slot at its edge.
    const nearEdge =
      !inRange &&
      at >= firstAt - tolerance &&
      at <= lastAt + tolerance &&
      instances.some((i) => Math.abs(i.at - at) <= tolerance && post.platforms.includes(i.platform));
    if (!inRange && !nearEdge) continue;
    for (const platform of new Set(post.platforms)) candidates.push({ postId: post.id, platform, at, date, inRange });
  }

  const byPlatform = new Map<Platform, number[]>();
  instances.forEach((inst, idx) => {
    const list = byPlatform.get(inst.platform);
    if (list) list.push(idx);
    else byPlatform.set(inst.platform, [idx]);
  });

  const pairs: Array<{ c: number; i: number; d: number }> = [];
  candidates.forEach((cand, c) => {
    for (const i of byPlatform.get(cand.platform) ?? []) {
      const inst = instances[i];
      if (!inst) continue;
      const d = Math.abs(inst.at - cand.at);
      if (d <= tolerance) pairs.push({ c, i, d });
    }
  });
  pairs.sort((a, b) => a.d - b.d || a.i - b.i || a.c - b.c);

  const assigned = new Map<number, number>();
  const taken = new Set<number>();
  for (const p of pairs) {
    if (assigned.has(p.c) || taken.has(p.i)) continue;
    assigned.set(p.c, p.i);
    taken.add(p.i);
  }
  for (const p of pairs) {
    if (!assigned.has(p.c)) assigned.set(p.c, p.i);
  }

  const postIdsBySlot = new Map<number, string[]>();
  const offSlot: OffSlotPost[] = [];
  candidates.forEach((cand, c) => {
    const i = assigned.get(c);
    if (i === undefined) {
      if (cand.inRange) offSlot.push({ postId: cand.postId, platform: cand.platform, at: cand.at, date: cand.date });
      return;
    }
    const list = postIdsBySlot.get(i);
    if (list) list.push(cand.postId);
    else postIdsBySlot.set(i, [cand.postId]);
  });

  const matches: SlotMatch[] = instances.map((inst, i) => {
    const postIds = postIdsBySlot.get(i) ?? [];
    return { ...inst, state: postIds.length > 0 ? 'filled' : 'empty', postIds };
  });

  const slotsPerDay = new Map<string, number>();
  for (const inst of instances) {
    const k = `${inst.platform}|${inst.date}`;
    slotsPerDay.set(k, (slotsPerDay.get(k) ?? 0) + 1);
  }
  const postsPerDay = new Map<string, { platform: Platform; date: string; postIds: string[] }>();
  for (const cand of candidates) {
    if (!cand.inRange || !plannedPlatforms.has(cand.platform)) continue;
    const k = `${cand.platform}|${cand.date}`;
    const entry = postsPerDay.get(k);
    if (entry) entry.postIds.push(cand.postId);
    else postsPerDay.set(k, { platform: cand.platform, date: cand.date, postIds: [cand.postId] });
  }
  const overPosting: OverPosting[] = [];
  for (const [k, entry] of postsPerDay) {
    const slotCount = slotsPerDay.get(k) ?? 0;
    if (entry.postIds.length > slotCount) {
      overPosting.push({ ...entry, slots: slotCount, posts: entry.postIds.length });
    }
  }
  overPosting.sort((a, b) => a.date.localeCompare(b.date) || a.platform.localeCompare(b.platform));
  offSlot.sort((a, b) => a.at - b.at);

  return { instances: matches, gaps: matches.filter((m) => m.state === 'empty'), offSlot, overPosting };
}
