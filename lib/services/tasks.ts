import type { Settings, Task } from '../models';
import { getDb } from '../db/db';
import { DbError, guard } from '../db/errors';
import { dayKey, newId } from '../db/ids';

function weekdayOf(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}

/** Creates today's instances of the recurring checklist (once: the derived key is unique). */
export async function ensureChecklistTasks(settings: Settings, now: number): Promise<number> {
  const today = dayKey(now, settings.timeZone);
  const wd = weekdayOf(today);
  const wanted = settings.checklist.filter((c) => c.recurrence === 'daily' || c.weekday === wd);
  const db = getDb();
  return guard(() =>
    db.transaction('rw', db.tasks, async () => {
      const keys = wanted.map((c) => `checklist:${c.id}:${today}`);
      const have = await db.tasks.where('derivedKey').anyOf(keys).toArray();
      const haveKeys = new Set(have.map((t) => t.derivedKey));
      const rows: Task[] = wanted
        .filter((_, i) => !haveKeys.has(keys[i]!))
        .map((c) => ({
          id: newId(), title: c.title, dueDate: today, done: false, doneAt: null, source: 'recurring',
          checklistId: c.id, derivedKey: `checklist:${c.id}:${today}`, snoozedUntil: null, link: null, createdAt: now,
        }));
      await db.tasks.bulkAdd(rows);
      return rows.length;
    }),
  );
}

export interface TodayTasks {
  today: string;
  /** Due today, or earlier and still open (manual and derived tasks roll over; recurring ones are replaced). */
  tasks: Array<Task & { rolledOver: boolean }>;
}

export async function todayTasks(settings: Settings, now: number): Promise<TodayTasks> {
  const today = dayKey(now, settings.timeZone);
  const rows = await guard(() => getDb().tasks.where('dueDate').belowOrEqual(today).toArray());
  return { today, tasks: tasksOfDay(rows, today, now) };
}

/** Of the tasks due up to `today`, those to show today, in order. */
export function tasksOfDay(rows: readonly Task[], today: string, now: number): TodayTasks['tasks'] {
  return rows
    .filter((t) => {
      if (t.snoozedUntil !== null && t.snoozedUntil > now) return false;
      if (t.dueDate === today) return true;
      return !t.done && t.source !== 'recurring';
    })
    .map((t) => ({ ...t, rolledOver: t.dueDate < today }))
    .sort((a, b) => Number(a.done) - Number(b.done) || a.dueDate.localeCompare(b.dueDate) || a.createdAt - b.createdAt);
}

export async function setTaskDone(id: string, done: boolean, now: number): Promise<void> {
  const n = await guard(() => getDb().tasks.update(id, { done, doneAt: done ? now : null }));
  if (n === 0) throw new DbError('not-found', id);
}

export async function addTask(title: string, dueDate: string, now: number, link: string | null = null): Promise<Task> {
  const row: Task = { id: newId(), title: title.trim().slice(0, 300), dueDate, done: false, doneAt: null, source: 'manual', checklistId: null, derivedKey: null, snoozedUntil: null, link, createdAt: now };
  if (!row.title) throw new DbError('invalid', 'title');
  await guard(() => getDb().tasks.add(row));
  return row;
}

export async function snoozeTask(id: string, until: number): Promise<void> {
  await guard(() => getDb().tasks.update(id, { snoozedUntil: until }));
}

/** Adds a task derived from data (a missed post, a campaign checkpoint) unless it exists already. */
export async function deriveTask(key: string, title: string, dueDate: string, now: number, link: string | null = null): Promise<boolean> {
  const db = getDb();
  return guard(() =>
    db.transaction('rw', db.tasks, async () => {
      if (await db.tasks.where('derivedKey').equals(key).first()) return false;
      await db.tasks.add({ id: newId(), title: title.slice(0, 300), dueDate, done: false, doneAt: null, source: 'derived', checklistId: null, derivedKey: key, snoozedUntil: null, link, createdAt: now });
      return true;
    }),
  );
}
