import { z } from 'zod';
import { Amount, Platform, ShortText, TimeOfDay, Timestamp } from './common';

export const Persona = z.strictObject({
  name: z.string().trim().min(1).max(100),
  ageMin: z.number().int().min(0).max(120).nullable(),
  ageMax: z.number().int().min(0).max(120).nullable(),
  interests: z.array(z.string().max(60)).max(30),
  platforms: z.array(Platform).max(7),
  pains: z.array(z.string().max(200)).max(30),
});
export type Persona = z.infer<typeof Persona>;

export const Pillar = z.strictObject({
  name: z.string().trim().min(1).max(60),
  /** Target share of the month's posts, 0–100. */
  targetShare: z.number().min(0).max(100),
  color: z.string().regex(/^#[0-9a-f]{6}$/i).optional(),
});
export type Pillar = z.infer<typeof Pillar>;

/** A recurring posting slot: "IG Mon/Wed/Fri 19:00". */
export const ScheduleSlot = z.strictObject({
  platform: Platform,
  weekdays: z.array(z.number().int().min(0).max(6)).min(1).max(7),
  time: TimeOfDay,
});
export type ScheduleSlot = z.infer<typeof ScheduleSlot>;

/** The strategist's plan for one month, keyed `YYYY-MM`. */
export const MonthlyPlan = z.strictObject({
  id: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  goals: z.array(z.string().trim().min(1).max(300)).max(20),
  personas: z.array(Persona).max(20),
  pillars: z.array(Pillar).max(20),
  platformContent: z.array(z.strictObject({ platform: Platform, contentTypes: z.array(ShortText).max(20) })).max(7),
  slots: z.array(ScheduleSlot).max(100),
  kpiTargets: z.strictObject({
    followers: Amount.optional(),
    reach: Amount.optional(),
    engagementRate: Amount.optional(),
    responseMinutes: Amount.optional(),
    leads: Amount.optional(),
    posts: Amount.optional(),
  }),
  timeZone: z.string().min(1).max(64),
  updatedAt: Timestamp,
});
export type MonthlyPlan = z.infer<typeof MonthlyPlan>;
