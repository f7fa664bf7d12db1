import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, resetDbForTests } from '../../../lib/db/db';
import {
  calendarDateToInstant,
  calendarDays,
  composerUrl,
  createEventCache,
  createPost,
  defaultTimeForDay,
  deletePost,
  exportCalendarCsv,
  exportCalendarIcs,
  filterPosts,
  finalLink,
  firstPostsPerDay,
  importPlanPosts,
  instantToCalendarDate,
  limitPerDay,
  listIdeas,
  movePost,
  newPostDraft,
  postsInRange,
  slotOverlay,
  toCalendarEvent,
  updatePost,
  validatePost,
  type PostDraft,
} from '../../../lib/services/calendar';
import { parsePlanCsv, guessMapping, validatePlanRows } from '../../../lib/calendar';
import type { Post } from '../../../lib/models';

beforeEach(() => resetDbForTests());

const JKT = 'Asia/Jakarta';
// 2025-03-03 19:00 WIB (UTC+7).
const MAR3_19 = Date.UTC(2025, 2, 3, 12, 0);
const NOW = Date.UTC(2025, 2, 1, 0, 0);

function draft(over: Partial<PostDraft> = {}): PostDraft {
  return { ...newPostDraft(JKT, MAR3_19), platforms: ['instagram'], caption: 'Menu sahur praktis', status: 'scheduled', ...over };
}

describe('post CRUD', () => {
  it('creates a post with id and timestamps and reads it back by range', async () => {
    const p = await createPost(draft(), NOW);
    expect(p.id).toBeTruthy();
    expect(p.createdAt).toBe(NOW);
    const inRange = await postsInRange(MAR3_19 - 1000, MAR3_19 + 1000);
    expect(inRange.map((x) => x.id)).toEqual([p.id]);
    expect(await postsInRange(MAR3_19 + 1, MAR3_19 + 5000)).toEqual([]);
  });

  it('refuses a scheduled post without a date and an invalid asset link, writing nothing', async () => {
    await expect(createPost(draft({ scheduledAt: null }), NOW)).rejects.toMatchObject({ code: 'invalid' });
    await expect(createPost(draft({ assetLinks: ['javascript:alert(1)'] }), NOW)).rejects.toMatchObject({ code: 'invalid' });
    expect(await getDb().posts.count()).toBe(0);
    const v = validatePost({ ...draft({ scheduledAt: null }), id: 'x', createdAt: 1, updatedAt: 1 });
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.issues[0]).toMatchObject({ path: 'scheduledAt', code: 'needs-date' });
  });

  it('update merges a patch, bumps updatedAt and clears the reminder when the time changes', async () => {
    const p = await createPost(draft(), NOW);
    await getDb().posts.update(p.id, { remindedAt: MAR3_19 - 600_000 });
    const same = await updatePost(p.id, { caption: 'Caption baru' }, NOW);
    expect(same.caption).toBe('Caption baru');
    expect(same.remindedAt).toBe(MAR3_19 - 600_000);
    expect(same.updatedAt).toBeGreaterThan(p.updatedAt);
    const moved = await updatePost(p.id, { scheduledAt: MAR3_19 + 3_600_000 }, NOW);
    expect(moved.remindedAt).toBeNull();
    expect(moved.caption).toBe('Caption baru');
  });

  it('stamps publishedAt on publishing and clears it when going back', async () => {
    const p = await createPost(draft(), NOW);
    const pub = await updatePost(p.id, { status: 'published' }, MAR3_19 + 60_000);
    expect(pub.publishedAt).toBe(MAR3_19);
    const back = await updatePost(p.id, { status: 'scheduled' }, MAR3_19 + 120_000);
    expect(back.publishedAt).toBeNull();
  });

  it('an invalid update leaves the stored row untouched', async () => {
    const p = await createPost(draft(), NOW);
    await expect(updatePost(p.id, { link: 'ftp://x' }, NOW)).rejects.toMatchObject({ code: 'invalid' });
    expect((await getDb().posts.get(p.id))?.link).toBeNull();
    await expect(updatePost('nope', { caption: 'x' }, NOW)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('moving an idea onto a day schedules it; moving a missed post to the future reschedules it', async () => {
    const idea = await createPost(draft({ scheduledAt: null, status: 'idea' }), NOW);
    expect((await listIdeas()).map((i) => i.id)).toEqual([idea.id]);
    const moved = await movePost(idea.id, MAR3_19, NOW);
    expect(moved.status).toBe('scheduled');
    expect(await listIdeas()).toEqual([]);
    const missed = await createPost(draft({ status: 'missed' }), NOW);
    expect((await movePost(missed.id, MAR3_19 + 86_400_000, MAR3_19 + 3_600_000)).status).toBe('scheduled');
    const past = await createPost(draft({ status: 'missed' }), NOW);
    expect((await movePost(past.id, MAR3_19 - 86_400_000, MAR3_19 + 3_600_000)).status).toBe('missed');
  });

  it('deletes', async () => {
    const p = await createPost(draft(), NOW);
    await deletePost(p.id);
    expect(await getDb().posts.count()).toBe(0);
  });

  it('imports plan rows all at once and reports progress per chunk', async () => {
    const csv = parsePlanCsv('date,time,platform,caption\n2025-03-03,19:00,ig,a\n2025-03-04,19:00,fb,b\n2025-03-05,19:00,x,c\n');
    const v = validatePlanRows(csv.rows, guessMapping(csv.headers), { timeZone: JKT, campaigns: [], now: NOW });
    const progress: number[] = [];
    const rows = await importPlanPosts(v.valid.map((r) => r.post), NOW, (done) => progress.push(done), 2);
    expect(rows).toHaveLength(3);
    expect(progress).toEqual([2, 3]);
    expect(await getDb().posts.count()).toBe(3);
    expect((await getDb().posts.toArray()).every((p) => p.timeZone === JKT)).toBe(true);
  });

  it('an import with one bad row writes nothing', async () => {
    const good = draft();
    await expect(importPlanPosts([good, { ...good, link: 'not a url' }], NOW)).rejects.toMatchObject({ code: 'invalid' });
    expect(await getDb().posts.count()).toBe(0);
  });

  it('a bad row in a later chunk undoes the chunks already written', async () => {
    const good = draft();
    const progress: number[] = [];
    const drafts = [good, good, good, good, { ...good, platforms: [] as never[], status: 'scheduled' as const, scheduledAt: null }];
    await expect(importPlanPosts(drafts, NOW, (done) => progress.push(done), 2)).rejects.toMatchObject({ code: 'invalid' });
    expect(await getDb().posts.count()).toBe(0);
    // The rows before it may have reached the store inside the transaction; none is kept.
    expect(progress.every((n) => n < 5)).toBe(true);
    const rows = await importPlanPosts([good, good, good, good, good], NOW, (done) => progress.push(done), 2);
    expect(new Set(rows.map((r) => r.id)).size).toBe(5);
    expect(await getDb().posts.count()).toBe(5);
  });
});

describe('filters, events and overlays', () => {
  const base = (over: Partial<Post>): Post => ({
    ...draft(), id: 'p', createdAt: 1, updatedAt: 1, ...over,
  });

  it('filters by platform, account, status, pillar and campaign', () => {
    const posts = [
      base({ id: 'a', platforms: ['instagram'], pillar: 'Edukasi', campaignId: 'c1', accountId: 'acc1' }),
      base({ id: 'b', platforms: ['x', 'threads'], pillar: 'Promosi', status: 'draft', campaignId: null }),
    ];
    expect(filterPosts(posts, { platform: 'x' }).map((p) => p.id)).toEqual(['b']);
    expect(filterPosts(posts, { accountId: 'acc1' }).map((p) => p.id)).toEqual(['a']);
    expect(filterPosts(posts, { status: 'draft' }).map((p) => p.id)).toEqual(['b']);
    expect(filterPosts(posts, { pillar: 'edukasi ' }).map((p) => p.id)).toEqual(['a']);
    expect(filterPosts(posts, { campaignId: 'c1' }).map((p) => p.id)).toEqual(['a']);
    expect(filterPosts(posts, { campaignId: '-' }).map((p) => p.id)).toEqual(['b']);
    expect(filterPosts(posts, {}).length).toBe(2);
  });

  it('events show the wall-clock time of the zone and convert back exactly', () => {
    const e = toCalendarEvent(base({ id: 'a' }), 'platform', JKT);
    expect(e?.start.toISOString()).toBe('2025-03-03T19:00:00.000Z');
    expect(calendarDateToInstant(new Date('2025-03-03T19:00:00Z'), JKT)).toBe(MAR3_19);
    expect(instantToCalendarDate(MAR3_19, 'Europe/Berlin').toISOString()).toBe('2025-03-03T13:00:00.000Z');
    // Across a DST change the wall-clock time is kept.
    const berlinSummer = calendarDateToInstant(new Date('2025-04-03T13:00:00Z'), 'Europe/Berlin');
    expect(berlinSummer).toBe(Date.UTC(2025, 3, 3, 11, 0));
    expect(toCalendarEvent(base({ scheduledAt: null }), 'platform', JKT)).toBeNull();
  });

  it('colours by platform or by campaign', () => {
    const ig = toCalendarEvent(base({ platforms: ['instagram'], campaignId: 'c1' }), 'platform', JKT);
    const fb = toCalendarEvent(base({ platforms: ['facebook'], campaignId: 'c1' }), 'platform', JKT);
    expect(ig?.backgroundColor).not.toBe(fb?.backgroundColor);
    const c1 = toCalendarEvent(base({ platforms: ['instagram'], campaignId: 'c1' }), 'campaign', JKT);
    const c1b = toCalendarEvent(base({ platforms: ['facebook'], campaignId: 'c1' }), 'campaign', JKT);
    expect(c1?.backgroundColor).toBe(c1b?.backgroundColor);
  });

  it('the event cache reuses objects for unchanged posts only', () => {
    const build = createEventCache();
    const a = base({ id: 'a' });
    const b = base({ id: 'b' });
    const first = build([a, b], 'platform', JKT);
    const second = build([a, { ...b, caption: 'changed', updatedAt: 2 }], 'platform', JKT);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]?.title).toContain('changed');
    const recoloured = build([a], 'campaign', JKT);
    expect(recoloured[0]).not.toBe(first[0]);
  });

  it('keeps the first posts of each day for the month grid and counts the rest', () => {
    const at = (iso: string) => ({ id: iso, start: new Date(iso) });
    const events = [at('2025-03-03T19:00:00Z'), at('2025-03-03T08:00:00Z'), at('2025-03-03T12:00:00Z'), at('2025-03-03T21:00:00Z'), at('2025-03-04T10:00:00Z')];
    const { shown, more } = limitPerDay(events, 2);
    expect(shown.map((e) => e.id).sort()).toEqual(['2025-03-03T08:00:00Z', '2025-03-03T12:00:00Z', '2025-03-04T10:00:00Z']);
    expect(more).toEqual([{ date: '2025-03-03', count: 2 }]);
    expect(limitPerDay(events, 10).more).toEqual([]);
  });

  it('reads the first posts of each day and the counts from the index, as limitPerDay keeps them from all posts', async () => {
    const db = getDb();
    // 2025-03-03 00:00 WIB is 2025-03-02 17:00 UTC; posts around the days' edges in Jakarta.
    const wib = (d: number, h: number, m = 0) => Date.UTC(2025, 2, d, h - 7, m);
    const times = [wib(3, 0, 0), wib(3, 23, 59), wib(3, 9), wib(3, 12), wib(3, 7), wib(4, 0, 1), wib(2, 23, 59), wib(5, 10), wib(5, 10), wib(9, 23, 30)];
    await db.posts.bulkAdd(times.map((t, i) => base({ id: `p${i}`, scheduledAt: t, caption: `Post ${i}` })));
    await db.posts.add(base({ id: 'idea', scheduledAt: null, status: 'idea' }));
    const start = new Date(Date.UTC(2025, 2, 3));
    const end = new Date(Date.UTC(2025, 2, 10));
    const days = calendarDays(start, end, JKT);
    expect(days).toHaveLength(7);
    expect(days[0]).toEqual({ date: '2025-03-03', start: wib(3, 0), end: wib(4, 0) });
    const got = await firstPostsPerDay(days, 2);
    const all = await postsInRange(calendarDateToInstant(start, JKT), calendarDateToInstant(end, JKT));
    const want = limitPerDay(createEventCache()(all, 'platform', JKT), 2);
    expect(got.shown.map((p) => p.id)).toEqual(want.shown.map((e) => e.id));
    expect(got.shown.map((p) => p.id)).toEqual(['p0', 'p4', 'p5', 'p7', 'p8', 'p9']);
    expect(got.more).toEqual(want.more);
    expect(got.more).toEqual([{ date: '2025-03-03', count: 3 }]);
    expect(await firstPostsPerDay([], 3)).toEqual({ shown: [], more: [] });
  });

  it('shows empty slots as gaps and flags over-posting', () => {
    const plan = { slots: [{ platform: 'instagram' as const, weekdays: [1, 3], time: '19:00' }] };
    // 2025-03-03 is a Monday, 03-05 a Wednesday.
    const filled = base({ id: 'a', scheduledAt: MAR3_19 });
    const extra1 = base({ id: 'b', scheduledAt: MAR3_19 + 3_600_000 * 3 });
    const extra2 = base({ id: 'c', scheduledAt: MAR3_19 - 3_600_000 * 5 });
    const o = slotOverlay(plan, [filled, extra1, extra2], '2025-03-03', '2025-03-09', JKT);
    expect(o.gaps.map((g) => g.date)).toEqual(['2025-03-05']);
    expect(o.gaps[0]?.start.toISOString()).toBe('2025-03-05T19:00:00.000Z');
    expect(o.over).toEqual([{ platform: 'instagram', date: '2025-03-03', slots: 1, posts: 3 }]);
    expect(slotOverlay(null, [], '2025-03-01', '2025-03-31', JKT)).toEqual({ gaps: [], over: [] });
  });

  it('an idea dropped on a day takes its platform slot time, else 09:00', () => {
    const plan = { slots: [{ platform: 'tiktok' as const, weekdays: [1], time: '12:00' }, { platform: 'instagram' as const, weekdays: [1], time: '19:00' }] };
    expect(defaultTimeForDay(plan, ['instagram'], '2025-03-03')).toBe('19:00');
    expect(defaultTimeForDay(plan, ['x'], '2025-03-03')).toBe('12:00');
    expect(defaultTimeForDay(plan, ['instagram'], '2025-03-04')).toBe('09:00');
  });

  it('builds the final link with UTM and knows each composer', () => {
    expect(finalLink({ link: 'https://toko.id/a?x=1', utm: { source: 'instagram', medium: 'social', campaign: 'promo ramadan' } })).toBe(
      'https://toko.id/a?x=1&utm_source=instagram&utm_medium=social&utm_campaign=promo%20ramadan',
    );
    expect(finalLink({ link: null, utm: null })).toBeNull();
    expect(composerUrl('x')).toBe('https://x.com/compose/post');
    expect(composerUrl('tiktok')).toBe('https://www.tiktok.com/upload');
  });
});

describe('export', () => {
  it('ICS has one event per dated post with a stable UID; CSV includes ideas and re-imports', async () => {
    const a = await createPost(draft({ caption: 'Satu' }), NOW);
    await createPost(draft({ scheduledAt: null, status: 'idea', caption: 'Ide saja' }), NOW);
    await createPost(draft({ platforms: ['x'], caption: 'Dua', scheduledAt: MAR3_19 + 86_400_000 }), NOW);
    const ics = await exportCalendarIcs({}, NOW, 'Kelola');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain(`UID:${a.id}@kelola`);
    const onlyX = await exportCalendarIcs({ platform: 'x' }, NOW, 'Kelola');
    expect(onlyX.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    const csv = await exportCalendarCsv({}, JKT, 'id');
    const parsed = parsePlanCsv(csv);
    expect(parsed.rows).toHaveLength(3);
    const v = validatePlanRows(parsed.rows, guessMapping(parsed.headers), { timeZone: JKT, campaigns: [], now: NOW });
    expect(v.rejected).toEqual([]);
    expect(v.valid.map((r) => r.post.scheduledAt).sort()).toEqual([MAR3_19, MAR3_19 + 86_400_000, null].sort());
  });
});
