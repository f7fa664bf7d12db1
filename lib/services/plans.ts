import { MonthlyPlan, type Lang, type Pillar, type Platform, type ScheduleSlot } from '../models';
import { getDb } from '../db/db';
import { DbError, guard } from '../db/errors';
import { monthRange, parsePlatform, pillarMix, resolveLocal, utcToZoned, addDays, type PillarMix } from '../calendar';
import type { FieldIssue } from './calendar';

export function monthOf(instant: number, timeZone: string): string {
  const z = utcToZoned(instant, timeZone);
  return `${z.year}-${String(z.month).padStart(2, '0')}`;
}

export function shiftMonth(month: string, delta: number): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) throw new RangeError(`Not a YYYY-MM month: ${month}`);
  const index = Number(m[1]) * 12 + Number(m[2]) - 1 + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** First instant of the month and first instant of the next one, in `timeZone`. */
export function monthBounds(month: string, timeZone: string): { start: number; end: number } {
  const { start, end } = monthRange(month);
  const [y, mo, d] = start.split('-').map(Number) as [number, number, number];
  const [y2, mo2, d2] = addDays(end, 1).split('-').map(Number) as [number, number, number];
  return {
    start: resolveLocal({ year: y, month: mo, day: d, hour: 0, minute: 0 }, timeZone).instant,
    end: resolveLocal({ year: y2, month: mo2, day: d2, hour: 0, minute: 0 }, timeZone).instant,
  };
}

export function emptyPlan(month: string, timeZone: string, now: number): MonthlyPlan {
  return { id: month, goals: [], personas: [], pillars: [], platformContent: [], slots: [], kpiTargets: {}, timeZone, updatedAt: now };
}

export type PlanValidation = { ok: true; plan: MonthlyPlan } | { ok: false; issues: FieldIssue[] };

export function validatePlan(plan: unknown): PlanValidation {
  const parsed = MonthlyPlan.safeParse(plan);
  if (parsed.success) return { ok: true, plan: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), code: 'invalid', message: i.message })) };
}

export class PlanInvalidError extends DbError {
  constructor(readonly issues: FieldIssue[]) {
    super('invalid', issues.map((i) => `${i.path}: ${i.message}`).join('; '));
    this.name = 'PlanInvalidError';
  }
}

export async function getPlan(month: string): Promise<MonthlyPlan | null> {
  return (await guard(() => getDb().plans.get(month))) ?? null;
}

/** Stores the month's plan (one row per month, id `YYYY-MM`), replacing the previous version. */
export async function savePlan(plan: MonthlyPlan, now: number): Promise<MonthlyPlan> {
  const v = validatePlan({ ...plan, updatedAt: now });
  if (!v.ok) throw new PlanInvalidError(v.issues);
  const db = getDb();
  await guard(() => db.transaction('rw', db.plans, () => db.plans.put(v.plan)));
  return v.plan;
}

/** Starts a month from another month's plan (goals and KPI targets included, to be edited). */
export async function copyPlan(from: string, to: string, now: number): Promise<MonthlyPlan | null> {
  const db = getDb();
  return guard(() =>
    db.transaction('rw', db.plans, async () => {
      const source = await db.plans.get(from);
      if (!source) return null;
      const copy: MonthlyPlan = { ...structuredClone(source), id: to, updatedAt: now };
      await db.plans.put(copy);
      return copy;
    }),
  );
}

/** Sum of the pillars' target shares, and whether it is off 100 (rounding to 0.1 tolerated). */
export function mixTotal(pillars: readonly Pick<Pillar, 'targetShare'>[]): { total: number; off: boolean } {
  const total = pillars.reduce((n, p) => n + (Number.isFinite(p.targetShare) ? p.targetShare : 0), 0);
  return { total, off: pillars.length > 0 && Math.abs(total - 100) > 0.05 };
}

/** Planned mix against the posts of the month, or null without a plan. */
export async function planMix(month: string, timeZone: string): Promise<PillarMix | null> {
  const plan = await getPlan(month);
  if (!plan) return null;
  const { start, end } = monthBounds(month, timeZone);
  const posts = await guard(() => getDb().posts.where('scheduledAt').between(start, end, true, false).toArray());
  return pillarMix(plan, posts, month, timeZone);
}

const DAY_NAMES: Record<string, number> = {
  sun: 0, sunday: 0, min: 0, minggu: 0, ahad: 0,
  mon: 1, monday: 1, sen: 1, senin: 1,
  tue: 2, tues: 2, tuesday: 2, sel: 2, selasa: 2,
  wed: 3, wednesday: 3, rab: 3, rabu: 3,
  thu: 4, thur: 4, thurs: 4, thursday: 4, kam: 4, kamis: 4,
  fri: 5, friday: 5, jum: 5, jumat: 5, "jum'at": 5,
  sat: 6, saturday: 6, sab: 6, sabtu: 6,
};

const ORDER_FROM_MONDAY = [1, 2, 3, 4, 5, 6, 0];

function dayIndex(token: string): number | null {
  return DAY_NAMES[token.toLowerCase()] ?? null;
}

/**
 * Reads a slot written as "IG Mon/Wed/Fri 19:00", "tiktok Sen-Jum 12.00" or "x daily 09:00".
 * Returns null when the platform, days or time cannot be read.
 */
export function parseSlotText(text: string): ScheduleSlot | null {
  const m = /^\s*(\S+)\s+(.+?)\s+(\d{1,2})[:.](\d{2})\s*$/.exec(text);
  if (!m) return null;
  const platform: Platform | null = parsePlatform(m[1] ?? '');
  const hour = Number(m[3]);
  const minute = Number(m[4]);
  if (!platform || hour > 23 || minute > 59) return null;
  const daysText = (m[2] ?? '').trim().toLowerCase();
  let weekdays: number[] = [];
  if (/^(daily|every ?day|setiap hari|tiap hari|harian)$/.test(daysText)) weekdays = [0, 1, 2, 3, 4, 5, 6];
  else {
    for (const part of daysText.split(/[/,\s]+|\s*&\s*/).filter(Boolean)) {
      const range = /^([a-z']+)-([a-z']+)$/.exec(part);
      if (range) {
        const a = dayIndex(range[1] ?? '');
        const b = dayIndex(range[2] ?? '');
        if (a === null || b === null) return null;
        const from = ORDER_FROM_MONDAY.indexOf(a);
        const to = ORDER_FROM_MONDAY.indexOf(b);
        if (from > to) return null;
        weekdays.push(...ORDER_FROM_MONDAY.slice(from, to + 1));
        continue;
      }
      const d = dayIndex(part);
      if (d === null) return null;
      weekdays.push(d);
    }
  }
  weekdays = [...new Set(weekdays)].sort((a, b) => a - b);
  if (weekdays.length === 0) return null;
  return { platform, weekdays, time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` };
}

const SHORT_DAYS: Record<Lang, string[]> = {
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  id: ['Min', 'Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab'],
};

const SLOT_PLATFORM: Record<Platform, string> = {
  x: 'X', facebook: 'FB', instagram: 'IG', linkedin: 'LinkedIn', youtube: 'YouTube', tiktok: 'TikTok', threads: 'Threads',
};

/** "IG Mon/Wed/Fri 19:00" (English) or "IG Sen/Rab/Jum 19:00" (Indonesian); the week starts on Monday. */
export function formatSlot(slot: ScheduleSlot, lang: Lang): string {
  const days = ORDER_FROM_MONDAY.filter((d) => slot.weekdays.includes(d)).map((d) => SHORT_DAYS[lang][d]);
  return `${SLOT_PLATFORM[slot.platform]} ${days.join('/')} ${slot.time}`;
}

export function weekdayShort(day: number, lang: Lang): string {
  return SHORT_DAYS[lang][day] ?? '';
}

export { ORDER_FROM_MONDAY };
