import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb, resetDbForTests } from '../../../lib/db/db';
import { saveSettings } from '../../../lib/db/repos/settings';
import { createPost, deletePost, newPostDraft, updatePost, type PostDraft } from '../../../lib/services/calendar';
import {
  ALARM_HORIZON_HOURS,
  MISSED_GRACE_MINUTES,
  REMINDER_LEAD_MINUTES,
  handlePostAlarm,
  markMissedPosts,
  onNotificationClicked,
  reconcilePostAlarms,
} from '../../../lib/ext/reminders';
import { todayTasks } from '../../../lib/services/tasks';
import { getSettings } from '../../../lib/db/repos/settings';

const MIN = 60_000;
const NOW = Date.UTC(2025, 2, 3, 5, 0);
const JKT = 'Asia/Jakarta';

beforeEach(() => {
  resetDbForTests();
  fakeBrowser.reset();
});

function draft(over: Partial<PostDraft> = {}): PostDraft {
  return { ...newPostDraft(JKT, NOW + 60 * MIN), platforms: ['instagram'], caption: 'Menu sahur praktis', status: 'scheduled', ...over };
}

async function alarms(): Promise<Array<{ name: string; scheduledTime: number }>> {
  return (await fakeBrowser.alarms.getAll()).filter((a) => a.name.startsWith('post:')).sort((a, b) => a.name.localeCompare(b.name));
}

async function notificationIds(): Promise<string[]> {
  return Object.keys(await fakeBrowser.notifications.getAll());
}

describe('post alarms', () => {
  it('creates one alarm per future scheduled post at its time minus the lead', async () => {
    const a = await createPost(draft(), NOW);
    const b = await createPost(draft({ status: 'draft', scheduledAt: NOW + 120 * MIN }), NOW);
    await createPost(draft({ status: 'idea', scheduledAt: null }), NOW);
    await createPost(draft({ status: 'published', scheduledAt: NOW - 5 * MIN }), NOW);
    await createPost(draft({ scheduledAt: NOW - (MISSED_GRACE_MINUTES + 1) * MIN }), NOW);
    const names = await reconcilePostAlarms(NOW);
    expect(names).toEqual([`post:${a.id}`, `post:${b.id}`].sort());
    const set = await alarms();
    expect(set.find((x) => x.name === `post:${a.id}`)?.scheduledTime).toBe(NOW + (60 - REMINDER_LEAD_MINUTES) * MIN);
  });

  it('sets alarms only within the horizon; later reconciliations move it along', async () => {
    const far = await createPost(draft({ scheduledAt: NOW + (ALARM_HORIZON_HOURS + 5) * 60 * MIN }), NOW);
    expect(await reconcilePostAlarms(NOW)).toEqual([]);
    expect(await reconcilePostAlarms(NOW + 6 * 60 * MIN)).toEqual([`post:${far.id}`]);
  });

  it('reconciling again changes nothing; a moved post gets its alarm moved; deleted posts lose theirs', async () => {
    const a = await createPost(draft(), NOW);
    const b = await createPost(draft({ scheduledAt: NOW + 90 * MIN }), NOW);
    await reconcilePostAlarms(NOW);
    const before = await alarms();
    let creates = 0;
    const realCreate = fakeBrowser.alarms.create.bind(fakeBrowser.alarms);
    fakeBrowser.alarms.create = ((...args: Parameters<typeof realCreate>) => {
      creates++;
      return realCreate(...args);
    }) as typeof realCreate;
    await reconcilePostAlarms(NOW + MIN);
    expect(creates).toBe(0);
    expect(await alarms()).toEqual(before);

    await updatePost(a.id, { scheduledAt: NOW + 180 * MIN }, NOW);
    await deletePost(b.id);
    await reconcilePostAlarms(NOW + 2 * MIN);
    expect(creates).toBe(1);
    expect(await alarms()).toEqual([{ name: `post:${a.id}`, scheduledTime: NOW + (180 - REMINDER_LEAD_MINUTES) * MIN, periodInMinutes: undefined, persistAcrossSessions: undefined }]);
  });

  it('a post already inside its reminder window gets an alarm that fires at once, kept on the next start', async () => {
    const a = await createPost(draft({ scheduledAt: NOW + 5 * MIN }), NOW);
    await reconcilePostAlarms(NOW);
    const [first] = await alarms();
    expect(first?.scheduledTime).toBe(NOW - 5 * MIN);
    await reconcilePostAlarms(NOW + 10_000);
    expect(await alarms()).toEqual([first]);
    expect(first?.name).toBe(`post:${a.id}`);
  });
});

describe('reminder notifications', () => {
  it('notifies once per post, in the user language, and sets remindedAt', async () => {
    await saveSettings({ language: 'id' });
    const a = await createPost(draft({ scheduledAt: NOW + 10 * MIN }), NOW);
    await handlePostAlarm(`post:${a.id}`, NOW);
    await handlePostAlarm(`post:${a.id}`, NOW + 1000);
    expect(await notificationIds()).toEqual([`post:${a.id}`]);
    const opts = fakeBrowser.notifications.getAllCreateOptions()[`post:${a.id}`] as { title: string; message: string };
    expect(opts.title).toContain('Instagram');
    expect(opts.title).toContain('12:10');
    expect(opts.title).toMatch(/Saatnya/);
    expect(opts.message).toContain('Menu sahur praktis');
    expect((await getDb().posts.get(a.id))?.remindedAt).toBe(NOW);
    // Reminded: a restart creates no alarm for it.
    expect(await reconcilePostAlarms(NOW + 2000)).toEqual([]);
  });

  it('does nothing for a deleted, published or not-yet-due post', async () => {
    const pub = await createPost(draft({ status: 'published', scheduledAt: NOW - MIN }), NOW);
    const later = await createPost(draft({ scheduledAt: NOW + 120 * MIN }), NOW);
    await handlePostAlarm(`post:${pub.id}`, NOW);
    await handlePostAlarm(`post:${later.id}`, NOW);
    await handlePostAlarm('post:missing', NOW);
    await handlePostAlarm('daily', NOW);
    expect(await notificationIds()).toEqual([]);
    expect((await getDb().posts.get(later.id))?.remindedAt).toBeNull();
  });

  it('a rescheduled post is reminded again for its new time', async () => {
    const a = await createPost(draft({ scheduledAt: NOW + 5 * MIN }), NOW);
    await handlePostAlarm(`post:${a.id}`, NOW);
    await updatePost(a.id, { scheduledAt: NOW + 65 * MIN }, NOW + MIN);
    expect(await reconcilePostAlarms(NOW + MIN)).toEqual([`post:${a.id}`]);
    await fakeBrowser.notifications.clear(`post:${a.id}`);
    await handlePostAlarm(`post:${a.id}`, NOW + 55 * MIN);
    expect(await notificationIds()).toEqual([`post:${a.id}`]);
  });

  it('gives the reminder back when the notification cannot be shown', async () => {
    const a = await createPost(draft({ scheduledAt: NOW + 5 * MIN }), NOW);
    const real = fakeBrowser.notifications.create;
    fakeBrowser.notifications.create = (() => Promise.reject(new Error('blocked'))) as typeof real;
    await expect(handlePostAlarm(`post:${a.id}`, NOW)).rejects.toThrow('blocked');
    fakeBrowser.notifications.create = real;
    expect((await getDb().posts.get(a.id))?.remindedAt).toBeNull();
  });

  it('clicking a reminder opens the hand-off page for the post', async () => {
    expect(await onNotificationClicked('breach-1')).toBe(false);
    expect(await onNotificationClicked('post:abc 1')).toBe(true);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.some((t) => t.url === 'chrome-extension://test-extension-id/handoff.html?post=abc%201')).toBe(true);
  });
});

describe('missed posts', () => {
  it('marks scheduled posts missed after the grace period and derives one task each', async () => {
    await saveSettings({ language: 'en', timeZone: JKT });
    const late = await createPost(draft({ scheduledAt: NOW - (MISSED_GRACE_MINUTES + 1) * MIN }), NOW - 120 * MIN);
    const inGrace = await createPost(draft({ scheduledAt: NOW - 5 * MIN }), NOW - 120 * MIN);
    const draftPost = await createPost(draft({ status: 'draft', scheduledAt: NOW - 600 * MIN }), NOW - 900 * MIN);
    const published = await createPost(draft({ status: 'published', scheduledAt: NOW - 600 * MIN }), NOW - 900 * MIN);
    await fakeBrowser.alarms.create(`post:${late.id}`, { when: NOW - 40 * MIN });
    expect(await markMissedPosts(NOW)).toEqual([late.id]);
    expect(await markMissedPosts(NOW + MIN)).toEqual([]);
    expect((await getDb().posts.get(late.id))?.status).toBe('missed');
    expect((await getDb().posts.get(inGrace.id))?.status).toBe('scheduled');
    expect((await getDb().posts.get(draftPost.id))?.status).toBe('draft');
    expect((await getDb().posts.get(published.id))?.status).toBe('published');
    const tasks = await getDb().tasks.toArray();
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ derivedKey: `post-missed:${late.id}`, source: 'derived', dueDate: '2025-03-03', link: 'https://www.instagram.com/' });
    expect(tasks[0]?.title).toContain('Instagram');
    expect((await todayTasks(await getSettings(), NOW)).tasks.map((t) => t.derivedKey)).toContain(`post-missed:${late.id}`);
    expect(await alarms()).toEqual([]);
  });
});
