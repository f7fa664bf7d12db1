import Dexie from 'dexie';
import { PLATFORMS, Post, type Lang, type MonthlyPlan, type Platform, type PostStatus } from '../models';
import { getDb } from '../db/db';
import { DbError, guard } from '../db/errors';
import { newId } from '../db/ids';
import {
  buildUtmUrl,
  isCompleteUtm,
  matchSlots,
  postsToIcs,
  postsToPlanCsv,
  utcToZoned,
  weekdayOf,
  type PostDraft,
} from '../calendar';
import { getZone } from '../timers/zone';

export type { PostDraft } from '../calendar';

export const POST_STATUSES: readonly PostStatus[] = ['idea', 'draft', 'scheduled', 'published', 'missed'];

/** Statuses a post can only have with a date: the calendar needs a day to show it on. */
const NEEDS_DATE: ReadonlySet<PostStatus> = new Set(['scheduled', 'missed']);

export interface FieldIssue {
  /** Dotted path of the field, e.g. `assetLinks.2` or `scheduledAt`. */
  path: string;
  code: 'invalid' | 'needs-date' | 'not-found';
  message: string;
}

export type PostValidation = { ok: true; post: Post } | { ok: false; issues: FieldIssue[] };

export class PostInvalidError extends DbError {
  constructor(readonly issues: FieldIssue[]) {
    super('invalid', issues.map((i) => `${i.path}: ${i.message}`).join('; '));
    this.name = 'PostInvalidError';
  }
}

export function newPostDraft(timeZone: string, scheduledAt: number | null = null): PostDraft {
  return {
    platforms: [],
    accountId: null,
    scheduledAt,
    timeZone,
    caption: '',
    pillar: null,
    contentType: null,
    assetLinks: [],
    link: null,
    utm: null,
    status: scheduledAt === null ? 'idea' : 'draft',
    campaignId: null,
    notes: '',
    source: null,
    publishedAt: null,
    remindedAt: null,
  };
}

/** Checks a full post row against the model and the calendar's own rules. */
export function validatePost(row: unknown): PostValidation {
  const parsed = Post.safeParse(row);
  const issues: FieldIssue[] = [];
  if (!parsed.success) {
    for (const i of parsed.error.issues) issues.push({ path: i.path.join('.'), code: 'invalid', message: i.message });
    return { ok: false, issues };
  }
  const post = parsed.data;
  if (NEEDS_DATE.has(post.status) && post.scheduledAt === null) {
    issues.push({ path: 'scheduledAt', code: 'needs-date', message: `status ${post.status} needs a date` });
  }
  if (post.status === 'published' && post.scheduledAt === null && post.publishedAt === null) {
    issues.push({ path: 'scheduledAt', code: 'needs-date', message: 'a published post needs a date' });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, post };
}

function mustBeValid(row: unknown): Post {
  const v = validatePost(row);
  if (!v.ok) throw new PostInvalidError(v.issues);
  return v.post;
}

/**
 * Bookkeeping that follows from a change: a new date clears an earlier reminder (the new time gets
 * its own), publishing stamps `publishedAt`, leaving "published" clears it.
 */
function settle(prev: Post | null, next: Post, now: number): Post {
  const out = { ...next };
  if (prev && prev.scheduledAt !== out.scheduledAt) out.remindedAt = null;
  if (out.status === 'published') out.publishedAt ??= out.scheduledAt !== null && out.scheduledAt <= now ? out.scheduledAt : now;
  else out.publishedAt = null;
  return out;
}

export async function createPost(draft: PostDraft, now: number): Promise<Post> {
  const db = getDb();
  const post = mustBeValid(settle(null, { ...draft, id: newId(), createdAt: now, updatedAt: now }, now));
  await guard(() => db.transaction('rw', db.posts, () => db.posts.add(post)));
  return post;
}

/** Reads, merges and writes in one transaction, so two edits never overwrite each other's fields. */
export async function updatePost(id: string, patch: Partial<PostDraft>, now: number): Promise<Post> {
  const db = getDb();
  return guard(() =>
    db.transaction('rw', db.posts, async () => {
      const prev = await db.posts.get(id);
      if (!prev) throw new DbError('not-found', id);
      const next = mustBeValid(settle(prev, { ...prev, ...patch, id, createdAt: prev.createdAt, updatedAt: Math.max(now, prev.updatedAt + 1) }, now));
      await db.posts.put(next);
      return next;
    }),
  );
}

/**
 * Drag and drop: a post moved to another day or time, or an idea dropped onto the calendar (which
 * schedules it). A missed post moved to the future is scheduled again.
 */
export async function movePost(id: string, scheduledAt: number, now: number): Promise<Post> {
  const db = getDb();
  return guard(() =>
    db.transaction('rw', db.posts, async () => {
      const prev = await db.posts.get(id);
      if (!prev) throw new DbError('not-found', id);
      let status = prev.status;
      if (status === 'idea' || (status === 'missed' && scheduledAt > now)) status = 'scheduled';
      const next = mustBeValid(settle(prev, { ...prev, scheduledAt, status, updatedAt: Math.max(now, prev.updatedAt + 1) }, now));
      await db.posts.put(next);
      return next;
    }),
  );
}

export async function deletePost(id: string): Promise<void> {
  const db = getDb();
  await guard(() => db.transaction('rw', db.posts, () => db.posts.delete(id)));
}

export async function getPost(id: string): Promise<Post | null> {
  return (await guard(() => getDb().posts.get(id))) ?? null;
}

/** Posts scheduled in `[start, end)` (UTC ms), read through the `scheduledAt` index only. */
export async function postsInRange(start: number, end: number): Promise<Post[]> {
  if (!(end > start)) return [];
  return guard(() => getDb().posts.where('scheduledAt').between(start, end, true, false).toArray());
}

/** The days of a calendar range (calendar dates, end exclusive) as instants of the zone. */
export function calendarDays(start: Date, end: Date, timeZone: string): Array<{ date: string; start: number; end: number }> {
  const out: Array<{ date: string; start: number; end: number }> = [];
  for (let t = start.getTime(); t < end.getTime(); t += 86_400_000) {
    out.push({ date: new Date(t).toISOString().slice(0, 10), start: calendarDateToInstant(new Date(t), timeZone), end: calendarDateToInstant(new Date(t + 86_400_000), timeZone) });
  }
  return out;
}

/**
 * What a month grid shows without reading every post of the month: for each day, its first `max`
 * posts by time and how many it has beyond them, read through the `scheduledAt` index in one
 * transaction. Days are `[start, end)` in UTC ms; `date` names the day in the result. Gives the same
 * posts and counts as reading the range and keeping `max` a day (see `limitPerDay`).
 */
export async function firstPostsPerDay(
  days: ReadonlyArray<{ date: string; start: number; end: number }>,
  max: number,
): Promise<{ shown: Post[]; more: Array<{ date: string; count: number }> }> {
  const db = getDb();
  const perDay = await guard(() =>
    db.transaction('r', db.posts, () =>
      Promise.all(
        days.map(async (d) => {
          if (!(d.end > d.start)) return { date: d.date, posts: [] as Post[], count: 0 };
          const [posts, count] = await Promise.all([
            db.posts.where('scheduledAt').between(d.start, d.end, true, false).limit(max).toArray(),
            db.posts.where('scheduledAt').between(d.start, d.end, true, false).count(),
          ]);
          return { date: d.date, posts, count };
        }),
      ),
    ),
  );
  const shown: Post[] = [];
  const more: Array<{ date: string; count: number }> = [];
  for (const d of perDay) {
    shown.push(...d.posts);
    if (d.count > d.posts.length) more.push({ date: d.date, count: d.count - d.posts.length });
  }
  return { shown, more };
}

/** Unscheduled posts (ideas and undated drafts), newest first. */
export async function listIdeas(): Promise<Post[]> {
  // A null key is not in the `scheduledAt` index: the undated posts are all keys minus the dated
  // ones. Reading keys only stays fast with thousands of dated drafts in the table.
  const db = getDb();
  const [all, dated] = await guard(() =>
    Promise.all([db.posts.toCollection().primaryKeys(), db.posts.where('scheduledAt').between(Dexie.minKey, Dexie.maxKey, true, true).primaryKeys()]),
  );
  const datedSet = new Set(dated);
  const undated = all.filter((k) => !datedSet.has(k));
  const rows = (await guard(() => db.posts.bulkGet(undated))).filter((p): p is Post => !!p && p.scheduledAt === null);
  return rows.sort((a, b) => b.updatedAt - a.updatedAt);
}

/**
 * Writes imported plan rows in one transaction: either every row is stored or none is (a row that
 * fails validation aborts the transaction). Rows are checked and written a chunk at a time, one
 * `bulkAdd` per chunk, and the next chunk is checked while the previous one is being written.
 * `onProgress(done, total)` is called after each chunk is written.
 */
export async function importPlanPosts(
  drafts: readonly PostDraft[],
  now: number,
  onProgress?: (done: number, total: number) => void,
  chunkSize = 2000,
): Promise<Post[]> {
  const size = Math.max(1, Math.floor(chunkSize));
  const rows: Post[] = new Array<Post>(drafts.length);
  const db = getDb();
  await guard(() =>
    db.transaction('rw', db.posts, async () => {
      let previous: Promise<unknown> | null = null;
      for (let i = 0; i < drafts.length; i += size) {
        const end = Math.min(drafts.length, i + size);
        for (let j = i; j < end; j++) rows[j] = mustBeValid(settle(null, { ...drafts[j]!, id: newId(), createdAt: now, updatedAt: now }, now));
        const written: Promise<unknown> = db.posts.bulkAdd(rows.slice(i, end)).then(() => onProgress?.(end, drafts.length));
        // A later chunk may abort the transaction while this one is in flight: its failure is the abort's.
        written.catch(() => undefined);
        if (previous) await previous;
        previous = written;
      }
      if (previous) await previous;
    }),
  );
  return rows;
}

export interface PostFilters {
  platform?: Platform | '';
  accountId?: string;
  status?: PostStatus | '';
  pillar?: string;
  campaignId?: string;
}

/** Keeps posts matching every set filter; `campaignId: '-'` selects posts without a campaign. */
export function filterPosts<T extends Pick<Post, 'platforms' | 'accountId' | 'status' | 'pillar' | 'campaignId'>>(
  posts: readonly T[],
  f: PostFilters,
): T[] {
  const pillar = f.pillar?.trim().toLowerCase() ?? '';
  return posts.filter(
    (p) =>
      (!f.platform || p.platforms.includes(f.platform)) &&
      (!f.accountId || p.accountId === f.accountId) &&
      (!f.status || p.status === f.status) &&
      (!pillar || (p.pillar ?? '').trim().toLowerCase() === pillar) &&
      (!f.campaignId || (f.campaignId === '-' ? p.campaignId === null : p.campaignId === f.campaignId)),
  );
}

/** The link with its UTM parameters, as it should be posted. */
export function finalLink(post: Pick<Post, 'link' | 'utm'>): string | null {
  if (!post.link) return null;
  if (!isCompleteUtm(post.utm)) return post.link;
  try {
    return buildUtmUrl(post.link, post.utm);
  } catch {
    return post.link;
  }
}

/** Where the user writes a new post on each platform. Kelola opens it; the user posts. */
export const COMPOSER_URLS: Readonly<Record<Platform, string>> = {
  x: 'https://x.com/compose/post',
  instagram: 'https://www.instagram.com/',
  facebook: 'https://www.facebook.com/',
  linkedin: 'https://www.linkedin.com/feed/',
  tiktok: 'https://www.tiktok.com/upload',
  threads: 'https://www.threads.net/',
  youtube: 'https://www.youtube.com/upload',
};

export function composerUrl(platform: Platform | undefined): string {
  return COMPOSER_URLS[platform ?? 'instagram'];
}

export const PLATFORM_COLORS: Readonly<Record<Platform, string>> = {
  x: '#111827',
  facebook: '#1877f2',
  instagram: '#c13584',
  linkedin: '#0a66c2',
  youtube: '#cc0000',
  tiktok: '#0f766e',
  threads: '#6b7280',
};

const CAMPAIGN_PALETTE = ['#7c3aed', '#0891b2', '#ca8a04', '#db2777', '#16a34a', '#ea580c', '#2563eb', '#9333ea', '#0d9488', '#b91c1c'];
export const NO_CAMPAIGN_COLOR = '#9ca3af';

export function campaignColor(campaignId: string | null): string {
  if (!campaignId) return NO_CAMPAIGN_COLOR;
  let h = 0;
  for (let i = 0; i < campaignId.length; i++) h = (Math.imul(h, 31) + campaignId.charCodeAt(i)) | 0;
  return CAMPAIGN_PALETTE[Math.abs(h) % CAMPAIGN_PALETTE.length] ?? NO_CAMPAIGN_COLOR;
}

export type ColorBy = 'platform' | 'campaign';

/**
 * A calendar event as the calendar component takes it. Times are "wall-clock as UTC": the calendar
 * runs in UTC and the zone's offset is added here, so it shows the settings' zone without a
 * time-zone plugin.
 */
export interface CalendarEvent {
  id: string;
  title: string;
  start: Date;
  end: Date;
  allDay: false;
  backgroundColor: string;
  borderColor: string;
  textColor: string;
  classNames: string[];
  extendedProps: { postId: string; status: PostStatus; platforms: Platform[] };
}

const EVENT_MINUTES = 30;
const MINUTE = 60_000;

const PLATFORM_SHORT: Record<Platform, string> = {
  x: 'X', facebook: 'FB', instagram: 'IG', linkedin: 'LI', youtube: 'YT', tiktok: 'TT', threads: 'TH',
};

export function platformShort(p: Platform): string {
  return PLATFORM_SHORT[p];
}

export function eventTitle(post: Pick<Post, 'platforms' | 'caption'>): string {
  const tag = post.platforms.map((p) => PLATFORM_SHORT[p]).join('/');
  const line = post.caption.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
  const short = line.length > 60 ? `${line.slice(0, 59)}…` : line;
  return tag ? `${tag} · ${short}` : short;
}

export function toCalendarEvent(post: Post, colorBy: ColorBy, timeZone: string): CalendarEvent | null {
  if (post.scheduledAt === null) return null;
  const local = getZone(timeZone).toLocal(post.scheduledAt);
  const color = colorBy === 'campaign' ? campaignColor(post.campaignId) : PLATFORM_COLORS[post.platforms[0] ?? 'threads'];
  return {
    id: post.id,
    title: eventTitle(post),
    start: new Date(local),
    end: new Date(local + EVENT_MINUTES * MINUTE),
    allDay: false,
    backgroundColor: color,
    borderColor: color,
    textColor: '#ffffff',
    classNames: [`post-status-${post.status}`],
    extendedProps: { postId: post.id, status: post.status, platforms: post.platforms },
  };
}

/**
 * Builds events, reusing the object made for an unchanged post (same id, `updatedAt`, colouring and
 * zone), so a live update of one post does not rebuild thousands of events.
 */
export function createEventCache(): (posts: readonly Post[], colorBy: ColorBy, timeZone: string) => CalendarEvent[] {
  let cache = new Map<string, { key: string; event: CalendarEvent }>();
  return (posts, colorBy, timeZone) => {
    const next = new Map<string, { key: string; event: CalendarEvent }>();
    const out: CalendarEvent[] = [];
    for (const post of posts) {
      const key = `${post.updatedAt}|${post.scheduledAt}|${colorBy}|${timeZone}`;
      const hit = cache.get(post.id);
      let event: CalendarEvent | null;
      if (hit && hit.key === key) event = hit.event;
      else event = toCalendarEvent(post, colorBy, timeZone);
      if (!event) continue;
      next.set(post.id, { key, event });
      out.push(event);
    }
    cache = next;
    return out;
  };
}

/**
 * For the month grid: the first `max` events of each day (by time) and, per day with more, how many
 * were left out. The calendar then builds only what a day cell can show, whatever the month holds.
 */
export function limitPerDay<T extends { start: Date }>(events: readonly T[], max: number): { shown: T[]; more: Array<{ date: string; count: number }> } {
  const byDay = new Map<string, T[]>();
  for (const e of events) {
    const day = e.start.toISOString().slice(0, 10);
    const list = byDay.get(day);
    if (list) list.push(e);
    else byDay.set(day, [e]);
  }
  const shown: T[] = [];
  const more: Array<{ date: string; count: number }> = [];
  for (const [date, list] of byDay) {
    if (list.length > max) list.sort((a, b) => a.start.getTime() - b.start.getTime());
    shown.push(...list.slice(0, max));
    if (list.length > max) more.push({ date, count: list.length - max });
  }
  more.sort((a, b) => a.date.localeCompare(b.date));
  return { shown, more };
}

/** The wall-clock-as-UTC value the calendar gives back (drop, click) as a real instant in `timeZone`. */
export function calendarDateToInstant(date: Date, timeZone: string): number {
  return getZone(timeZone).toUtc(date.getTime());
}

export function instantToCalendarDate(instant: number, timeZone: string): Date {
  return new Date(getZone(timeZone).toLocal(instant));
}

export interface SlotOverlay {
  /** Empty planned slots, as calendar times (wall-clock as UTC). */
  gaps: Array<{ key: string; platform: Platform; date: string; time: string; start: Date; end: Date }>;
  /** Days with more posts for a platform than it has slots. */
  over: Array<{ platform: Platform; date: string; slots: number; posts: number }>;
}

/** Planned slots of `plan` between two days (inclusive) against the posts, with gaps and over-posting. */
export function slotOverlay(
  plan: Pick<MonthlyPlan, 'slots'> | null,
  posts: readonly Post[],
  startDate: string,
  endDate: string,
  timeZone: string,
  toleranceMinutes = 90,
): SlotOverlay {
  if (!plan || plan.slots.length === 0 || startDate > endDate) return { gaps: [], over: [] };
  const res = matchSlots(plan.slots, posts, { start: startDate, end: endDate }, timeZone, toleranceMinutes);
  const zone = getZone(timeZone);
  return {
    gaps: res.gaps.map((g) => {
      const local = zone.toLocal(g.at);
      return { key: g.key, platform: g.platform, date: g.date, time: g.time, start: new Date(local), end: new Date(local + EVENT_MINUTES * MINUTE) };
    }),
    over: res.overPosting.map((o) => ({ platform: o.platform, date: o.date, slots: o.slots, posts: o.posts })),
  };
}

/**
 * The time an idea dropped on a whole day gets: the first planned slot of its platform that day
 * (else any slot that day), else 09:00.
 */
export function defaultTimeForDay(plan: Pick<MonthlyPlan, 'slots'> | null, platforms: readonly Platform[], date: string): string {
  const wd = weekdayOf(date);
  const slots = (plan?.slots ?? []).filter((s) => s.weekdays.includes(wd));
  const own = slots.filter((s) => platforms.includes(s.platform)).map((s) => s.time).sort();
  const any = slots.map((s) => s.time).sort();
  return own[0] ?? any[0] ?? '09:00';
}

async function exportablePosts(filters: PostFilters): Promise<Post[]> {
  const rows = await guard(() => getDb().posts.orderBy('scheduledAt').toArray());
  const ideas = await listIdeas();
  return filterPosts([...rows, ...ideas], filters);
}

/** The (filtered) calendar as iCalendar text: one event per dated post, UID `<id>@kelola`. */
export async function exportCalendarIcs(filters: PostFilters, now: number, calendarName: string): Promise<string> {
  const posts = (await exportablePosts(filters)).filter((p) => p.scheduledAt !== null);
  return postsToIcs(posts, { now, calendarName });
}

/** The (filtered) calendar as a plan CSV that imports back; ideas without a date are included. */
export async function exportCalendarCsv(filters: PostFilters, timeZone: string, lang: Lang): Promise<string> {
  const posts = await exportablePosts(filters);
  const campaigns = await guard(() => getDb().campaigns.toArray());
  return postsToPlanCsv(posts, { timeZone, campaigns, lang });
}

/** `YYYY-MM-DD` and `HH:MM` of an instant in a zone, for date and time inputs. */
export function localInputs(instant: number, timeZone: string): { date: string; time: string } {
  const z = utcToZoned(instant, timeZone);
  return { date: z.dateKey, time: z.time };
}

export function isPlatform(value: string): value is Platform {
  return (PLATFORMS as readonly string[]).includes(value);
}
