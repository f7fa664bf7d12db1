import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, resetDbForTests } from '../../../lib/db/db';
import { defaultSettings } from '../../../lib/db/defaults';
import { saveSettings } from '../../../lib/db/repos/settings';
import type { Interaction, Post } from '../../../lib/models';
import { updateAggregates } from '../../../lib/services/aggregates';
import { loadPopupData, loadPopupSource, popupView, TASKS_SHOWN, unansweredGroups } from '../../../lib/services/kpi-snapshot';
import { readSnapshot, refreshPopupSnapshot, saveSnapshot, SNAPSHOT_KEY } from '../../../lib/services/popup-snapshot';
import { addTask, setTaskDone, snoozeTask, todayTasks } from '../../../lib/services/tasks';
import { interaction } from '../kpi/fixtures';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const TZ = 'Asia/Jakarta';
// Wednesday 14 May 2025, 10:00 in Jakarta.
const NOW = Date.parse('2025-05-14T03:00:00Z');
// Midnight at the start of 15 May in Jakarta.
const TOMORROW = Date.parse('2025-05-14T17:00:00Z');

function post(over: Partial<Post>): Post {
  return {
    id: 'p1', platforms: ['x'], accountId: null, scheduledAt: null, timeZone: TZ, caption: 'Promo gajian', pillar: null, contentType: null,
    assetLinks: [], link: null, utm: null, status: 'scheduled', campaignId: null, notes: '', source: null, publishedAt: null, remindedAt: null,
    createdAt: 0, updatedAt: 0, ...over,
  };
}

async function putInteractions(rows: Interaction[]) {
  const db = getDb();
  const s = { ...defaultSettings('en', 0), timeZone: TZ };
  await db.transaction('rw', db.interactions, db.aggregates, async () => {
    const before = await db.interactions.bulkGet(rows.map((r) => r.id));
    await db.interactions.bulkPut(rows);
    await updateAggregates(rows.map((r, i) => [before[i] ?? null, r]), s);
  });
}

beforeEach(async () => {
  resetDbForTests();
  await saveSettings({ timeZone: TZ, checklist: [{ id: 'profile', title: 'Check the profile', recurrence: 'daily', weekday: null }] }, 0);
  await putInteractions([
    interaction({ id: 'x:1', platform: 'x', firstSeenAt: NOW - 2 * HOUR, postedAt: NOW - 2 * HOUR, status: 'answered', answeredAt: NOW - HOUR, sentiment: 'positive' }),
    interaction({ id: 'x:2', platform: 'x', firstSeenAt: NOW - 10 * MIN, postedAt: NOW - 10 * MIN, status: 'open', author: 'Rina' }),
    interaction({ id: 'x:3', platform: 'x', firstSeenAt: NOW - 20 * DAY, postedAt: NOW - 20 * DAY, status: 'open', author: 'Lama' }),
  ]);
});

/** Comparable form: what the popup shows at `now`. */
const view = async (now: number) => JSON.parse(JSON.stringify(popupView((await readSnapshot(now, 'week', 'all'))!, now))) as unknown;
const fresh = async (now: number) => JSON.parse(JSON.stringify(await loadPopupData(now, (await loadPopupSource(now, 'week', 'all')).settings, 'week', 'all'))) as unknown;

describe('popup snapshot', () => {
  it('shows exactly what a fresh read shows, with the checklist created first', async () => {
    const stored = await refreshPopupSnapshot(NOW);
    expect(stored).not.toBeNull();
    const snap = await readSnapshot(NOW, 'week', 'all');
    expect(snap).not.toBeNull();
    expect(snap!.base.tasks.map((t) => t.title)).toEqual(['Check the profile']);
    expect(await view(NOW)).toEqual(await fresh(NOW));
    const data = popupView(snap!, NOW);
    expect(data.unansweredTotal).toBe(2);
    expect(data.unanswered.find((g) => g.state === 'breached')!.count).toBe(1);
  });

  it('holds the first TASKS_SHOWN of the day\'s tasks, undone and oldest first, and counts them all', async () => {
    // 30 tasks: 10 rolled over from the days before, 20 of today, 5 of those done.
    for (let i = 0; i < 10; i++) await addTask(`Earlier ${i}`, '2025-05-1' + (i % 3), NOW - DAY + i);
    const today: string[] = [];
    for (let i = 0; i < 20; i++) today.push((await addTask(`Today ${i}`, '2025-05-14', NOW + i)).id);
    for (const id of today.slice(0, 5)) await setTaskDone(id, true, NOW);
    await refreshPopupSnapshot(NOW);
    const snap = (await readSnapshot(NOW, 'week', 'all'))!;
    // 31 with the checklist's own task.
    expect(snap.base.tasksCount).toBe(31);
    expect(snap.base.tasks).toHaveLength(TASKS_SHOWN);
    expect(snap.base.tasks.every((t) => !t.done)).toBe(true);
    expect(snap.base.tasks.slice(0, 10).every((t) => t.rolledOver)).toBe(true);
    // The same first tasks as the full list, in its order.
    const full = (await todayTasks((await loadPopupSource(NOW, 'week', 'all')).settings, NOW)).tasks;
    expect(full).toHaveLength(31);
    expect(snap.base.tasks.map((t) => t.id)).toEqual(full.slice(0, TASKS_SHOWN).map((t) => t.id));
  });

  it('is not shown once any data changed, and the next refresh shows the change', async () => {
    await refreshPopupSnapshot(NOW);
    const task = await addTask('Balas DM reseller', '2025-05-14', NOW);
    expect(await readSnapshot(NOW, 'week', 'all')).toBeNull();
    await refreshPopupSnapshot(NOW);
    expect((await readSnapshot(NOW, 'week', 'all'))!.base.tasks.map((t) => t.title)).toContain('Balas DM reseller');

    await setTaskDone(task.id, true, NOW);
    expect(await readSnapshot(NOW, 'week', 'all')).toBeNull();
    await refreshPopupSnapshot(NOW);
    expect((await readSnapshot(NOW, 'week', 'all'))!.base.tasks.find((t) => t.id === task.id)!.done).toBe(true);

    // An item answered elsewhere changes the open items and the response figures.
    const before = popupView((await readSnapshot(NOW, 'week', 'all'))!, NOW);
    await putInteractions([interaction({ id: 'x:2', platform: 'x', firstSeenAt: NOW - 10 * MIN, postedAt: NOW - 10 * MIN, status: 'answered', answeredAt: NOW - 5 * MIN, author: 'Rina' })]);
    expect(await readSnapshot(NOW, 'week', 'all')).toBeNull();
    await refreshPopupSnapshot(NOW);
    const after = popupView((await readSnapshot(NOW, 'week', 'all'))!, NOW);
    expect(after.unansweredTotal).toBe(before.unansweredTotal - 1);
    expect(await view(NOW)).toEqual(await fresh(NOW));

    // Settings too: the ER formula or the language change what is shown.
    await saveSettings({ erFormula: 'impressions' }, NOW);
    expect(await readSnapshot(NOW, 'week', 'all')).toBeNull();
  });

  it('is never stored when the data changed while it was read', async () => {
    const source = await loadPopupSource(NOW, 'week', 'all');
    await addTask('Written meanwhile', '2025-05-14', NOW);
    expect(await saveSnapshot(source)).toBe(false);
    expect(await getDb().meta.get(SNAPSHOT_KEY)).toBeUndefined();
  });

  it('holds only for the same period and platform, and not before it was read', async () => {
    await refreshPopupSnapshot(NOW, { period: 'week', platform: 'all' });
    expect(await readSnapshot(NOW, 'month', 'all')).toBeNull();
    expect(await readSnapshot(NOW, 'week', 'x')).toBeNull();
    expect(await readSnapshot(NOW - MIN, 'week', 'all')).toBeNull();
    // The worker refreshes for the choice the popup showed last.
    await refreshPopupSnapshot(NOW + MIN, { period: 'month', platform: 'x' });
    await addTask('Another', '2025-05-14', NOW);
    await refreshPopupSnapshot(NOW + 2 * MIN);
    expect(await readSnapshot(NOW + 2 * MIN, 'month', 'x')).not.toBeNull();
  });

  it('stores only what the popup uses of each open item, and shows the same as the full rows', async () => {
    await putInteractions([
      interaction({
        id: 'x:4', platform: 'x', firstSeenAt: NOW - 50 * MIN, postedAt: NOW - 50 * MIN, status: 'open', author: 'Dewi', excerpt: 'Kapan dikirim? '.repeat(30),
        permalink: 'https://x.com/dewi/status/4', sentiment: 'neutral', sentimentOverride: 'negative', intents: ['question'], textHash: 'abc',
      }),
    ]);
    await refreshPopupSnapshot(NOW);
    const snap = (await readSnapshot(NOW, 'week', 'all'))!;
    const stored = snap.open.find((i) => i.id === 'x:4')!;
    for (const key of ['intents', 'textHash', 'itemId', 'updatedAt', 'slaState', 'sentimentConfidence']) expect(stored).not.toHaveProperty(key);
    expect(stored.excerpt.length).toBe(140);
    const full = (await getDb().interactions.toArray()).filter((i) => i.status === 'open');
    for (const at of [NOW, NOW + HOUR]) {
      expect(unansweredGroups(snap.open, at, snap.settings, 'all')).toEqual(unansweredGroups(full, at, snap.settings, 'all'));
    }
    const item = popupView(snap, NOW).unanswered.flatMap((g) => g.items).find((i) => i.id === 'x:4')!;
    expect(item).toMatchObject({ author: 'Dewi', url: 'https://x.com/dewi/status/4', negative: true });
  });

  it('classifies open items at the moment of showing', async () => {
    await refreshPopupSnapshot(NOW);
    // x:2 came in 10 minutes before NOW: ok then, breached an hour later (60-minute target).
    const later = NOW + HOUR;
    const snap = await readSnapshot(later, 'week', 'all');
    expect(snap).not.toBeNull();
    expect(popupView(snap!, NOW).unanswered.find((g) => g.state === 'ok')!.count).toBe(1);
    expect(popupView(snap!, later).unanswered.find((g) => g.state === 'breached')!.count).toBe(2);
    expect(await view(later)).toEqual(await fresh(later));
  });

  it('ends at midnight: tomorrow the checklist and the rolled-over tasks are read again', async () => {
    await addTask('Kirim rekap', '2025-05-14', NOW);
    await refreshPopupSnapshot(NOW);
    expect(await readSnapshot(TOMORROW - 1, 'week', 'all')).not.toBeNull();
    expect(await readSnapshot(TOMORROW, 'week', 'all')).toBeNull();
    const next = (await refreshPopupSnapshot(TOMORROW))!;
    const tasks = popupView(next, TOMORROW).tasks;
    expect(tasks.find((t) => t.title === 'Kirim rekap')!.rolledOver).toBe(true);
    expect(tasks.filter((t) => t.title === 'Check the profile').map((t) => t.dueDate)).toEqual(['2025-05-15']);
  });

  it('ends when a post of today passes its grace period, and when a snoozed task comes back', async () => {
    const at = NOW + 2 * HOUR;
    await getDb().posts.put(post({ id: 'today', scheduledAt: at }));
    await refreshPopupSnapshot(NOW);
    const snap = (await readSnapshot(NOW, 'week', 'all'))!;
    expect(popupView(snap, NOW).postsToday.map((p) => p.late)).toEqual([false]);
    expect(await readSnapshot(at + 30 * MIN, 'week', 'all')).not.toBeNull();
    expect(await readSnapshot(at + 30 * MIN + 1, 'week', 'all')).toBeNull();
    const late = (await refreshPopupSnapshot(at + 31 * MIN))!;
    expect(popupView(late, at + 31 * MIN).postsToday.map((p) => p.late)).toEqual([true]);

    await getDb().posts.delete('today');
    const task = await addTask('Nanti', '2025-05-14', NOW);
    await snoozeTask(task.id, NOW + 3 * HOUR);
    const snoozed = (await refreshPopupSnapshot(NOW + HOUR))!;
    expect(snoozed.base.tasks.map((t) => t.id)).not.toContain(task.id);
    expect(await readSnapshot(NOW + 3 * HOUR - 1, 'week', 'all')).not.toBeNull();
    expect(await readSnapshot(NOW + 3 * HOUR, 'week', 'all')).toBeNull();
    expect((await refreshPopupSnapshot(NOW + 3 * HOUR))!.base.tasks.map((t) => t.id)).toContain(task.id);
  });

  it('keeps the first posts of each list and counts the rest', async () => {
    const base = Date.parse('2025-05-13T17:00:00Z');
    await getDb().posts.bulkPut([
      ...Array.from({ length: 12 }, (_, i) => post({ id: `t${i}`, scheduledAt: base + 12 * HOUR + i * MIN })),
      ...Array.from({ length: 10 }, (_, i) => post({ id: `m${i}`, scheduledAt: base - DAY + i * MIN })),
    ]);
    const data = popupView((await refreshPopupSnapshot(NOW))!, NOW);
    expect(data.postsToday.map((p) => p.id)).toEqual(['t0', 't1', 't2', 't3', 't4', 't5', 't6', 't7']);
    expect(data.postsTodayCount).toBe(12);
    expect(data.missedPosts).toHaveLength(8);
    expect(data.missedPostsCount).toBe(10);
  });
});
