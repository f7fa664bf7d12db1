import { browser } from 'wxt/browser';
import type { Post } from '../models';
import { getDb } from '../db/db';
import { guard } from '../db/errors';
import { getSettings } from '../db/repos/settings';
import { resolveLang, translate, type UiLang } from '../i18n';
import { remindersDue, shouldMarkMissed, utcToZoned } from '../calendar';
import { composerUrl } from '../services/calendar';
import { deriveTask } from '../services/tasks';

export const POST_ALARM_PREFIX = 'post:';
/** The reminder comes this long before the scheduled time, so there is time to open the composer. */
export const REMINDER_LEAD_MINUTES = 10;
/** A scheduled post not marked published this long after its time becomes `missed`. */
export const MISSED_GRACE_MINUTES = 30;

/**
 * Alarms are set for reminders due within this span; the hourly reconciliation moves the horizon
 * along, so a calendar planned months ahead does not hold thousands of alarms.
 */
export const ALARM_HORIZON_HOURS = 48;

const MINUTE = 60_000;
const LEAD = REMINDER_LEAD_MINUTES * MINUTE;
const GRACE = MISSED_GRACE_MINUTES * MINUTE;
const HORIZON = ALARM_HORIZON_HOURS * 60 * MINUTE;

export function postAlarmName(postId: string): string {
  return `${POST_ALARM_PREFIX}${postId}`;
}

export function postIdOfAlarm(name: string): string | null {
  return name.startsWith(POST_ALARM_PREFIX) && name.length > POST_ALARM_PREFIX.length ? name.slice(POST_ALARM_PREFIX.length) : null;
}

async function uiLang(): Promise<UiLang> {
  const settings = await getSettings();
  let browserLang: string | undefined;
  try {
    browserLang = browser.i18n.getUILanguage();
  } catch {
    browserLang = undefined;
  }
  return resolveLang(settings.language, browserLang);
}

/** Posts whose reminder falls before the horizon and is not over yet (not reminded for their current time). */
async function postsNeedingReminder(now: number): Promise<Post[]> {
  const rows = await guard(() => getDb().posts.where('scheduledAt').between(now - GRACE, now + HORIZON + LEAD, false, true).toArray());
  return rows.filter((p) => {
    if (p.status !== 'scheduled' && p.status !== 'draft') return false;
    if (p.scheduledAt === null || p.publishedAt !== null) return false;
    return p.remindedAt === null || p.remindedAt < p.scheduledAt - LEAD;
  });
}

/**
 * Makes the `post:<id>` alarms match the calendar: one per post still to be reminded within the
 * horizon, at its time minus the lead (a time already past fires at once). An alarm is created only when missing or at
 * the wrong time, and alarms of deleted, published, unscheduled or already reminded posts are
 * removed, so running this on every worker start never loses or doubles a reminder.
 * Returns the names of the post alarms now set.
 */
export async function reconcilePostAlarms(now: number): Promise<string[]> {
  const wanted = new Map<string, number>();
  for (const p of await postsNeedingReminder(now)) wanted.set(postAlarmName(p.id), (p.scheduledAt ?? now) - LEAD);
  const existing = (await browser.alarms.getAll()).filter((a) => a.name.startsWith(POST_ALARM_PREFIX));
  const have = new Map(existing.map((a) => [a.name, a.scheduledTime]));
  for (const name of have.keys()) {
    if (!wanted.has(name)) await browser.alarms.clear(name);
  }
  for (const [name, when] of wanted) {
    const at = have.get(name);
    // An alarm whose time has come may report either the requested past time or the moment Chrome
    // queued it; both mean "fire now" and must not be re-created (that would fire it again).
    const same = at !== undefined && (Math.abs(at - when) < 1000 || (when <= now && at <= now + MINUTE));
    if (!same) await browser.alarms.create(name, { when });
  }
  return [...wanted.keys()].sort();
}

/**
 * Claims the reminder in one transaction (so two alarm events, or two worker starts, cannot both
 * notify) and returns the post, or null when it is not due any more.
 */
async function claimReminder(postId: string, now: number): Promise<Post | null> {
  const db = getDb();
  return guard(() =>
    db.transaction('rw', db.posts, async () => {
      const post = await db.posts.get(postId);
      if (!post) return null;
      if (remindersDue([post], now, REMINDER_LEAD_MINUTES, { graceMinutes: MISSED_GRACE_MINUTES }).length === 0) return null;
      await db.posts.update(postId, { remindedAt: now });
      return post;
    }),
  );
}

function platformName(lang: UiLang, post: Post): string {
  return post.platforms.map((p) => translate(lang, `platform.${p}`)).join(', ') || translate(lang, 'calendar.reminder.anyPlatform');
}

function excerpt(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** Handles a `post:<id>` alarm: one notification per post and schedule, then `remindedAt` is set. */
export async function handlePostAlarm(name: string, now: number): Promise<void> {
  const postId = postIdOfAlarm(name);
  if (!postId) return;
  const post = await claimReminder(postId, now);
  if (!post || post.scheduledAt === null) return;
  const settings = await getSettings();
  if (settings.quietNotifications) return;
  const lang = await uiLang();
  const time = utcToZoned(post.scheduledAt, post.timeZone || settings.timeZone).time;
  try {
    await browser.notifications.create(postAlarmName(post.id), {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: translate(lang, 'calendar.reminder.title', platformName(lang, post), time),
      message: `${excerpt(post.caption, 120) || translate(lang, 'calendar.reminder.noCaption')}\n${translate(lang, 'calendar.reminder.body')}`,
      priority: 2,
    });
  } catch (err) {
    // Give the reminder back, so the next reconciliation can try again.
    await guard(() => getDb().posts.update(post.id, { remindedAt: post.remindedAt }));
    throw err;
  }
}

/** The page that copies the caption and opens the platform's composer. */
export function handoffUrl(postId: string): string {
  return `${browser.runtime.getURL('/handoff.html')}?post=${encodeURIComponent(postId)}`;
}

/** `notifications.onClicked`: a post reminder opens the hand-off page. Returns whether it was ours. */
export async function onNotificationClicked(notificationId: string): Promise<boolean> {
  const postId = postIdOfAlarm(notificationId);
  if (!postId) return false;
  await browser.tabs.create({ url: handoffUrl(postId), active: true });
  await browser.notifications.clear(notificationId).catch(() => false);
  return true;
}

/**
 * Scheduled posts not published within the grace period become `missed`, each with a derived task
 * (`post-missed:<id>`) in today's list. Status and task are written in one transaction.
 * Returns the ids of the posts marked.
 */
export async function markMissedPosts(now: number): Promise<string[]> {
  const settings = await getSettings();
  const lang = await uiLang();
  const db = getDb();
  // Scheduled posts are the planned ones still open; published history is never read.
  const candidates = (await guard(() => db.posts.where('status').equals('scheduled').toArray())).filter((p) => shouldMarkMissed(p, now, MISSED_GRACE_MINUTES));
  const marked: string[] = [];
  for (const c of candidates) {
    await guard(() =>
      db.transaction('rw', db.posts, db.tasks, async () => {
        const post = await db.posts.get(c.id);
        if (!post || !shouldMarkMissed(post, now, MISSED_GRACE_MINUTES)) return;
        await db.posts.update(post.id, { status: 'missed', updatedAt: Math.max(now, post.updatedAt + 1) });
        const zone = post.timeZone || settings.timeZone;
        const when = utcToZoned(post.scheduledAt ?? now, zone);
        const title = translate(lang, 'calendar.missedTask', platformName(lang, post), `${when.dateKey} ${when.time}`, excerpt(post.caption, 60));
        await deriveTask(`post-missed:${post.id}`, title, utcToZoned(now, settings.timeZone).dateKey, now, composerUrl(post.platforms[0]));
        marked.push(post.id);
      }),
    );
  }
  if (marked.length > 0) {
    for (const id of marked) await browser.alarms.clear(postAlarmName(id));
  }
  return marked;
}
