import { z } from 'zod';
import { Currency, DateKey, Id, ItemKind, Platform, TimeOfDay, Timestamp } from './common';

export const UiLanguage = z.enum(['auto', 'id', 'en']);
export type UiLanguage = z.infer<typeof UiLanguage>;

export const BusinessHours = z.strictObject({
  timeZone: z.string().min(1).max(64),
  /** Opening hours per weekday, 0 = Sunday … 6 = Saturday; an empty list means closed. */
  week: z.array(z.array(z.strictObject({ start: TimeOfDay, end: TimeOfDay })).max(4)).length(7),
  /** Days off (public holidays), `YYYY-MM-DD` in the business time zone. */
  daysOff: z.array(DateKey).max(400),
});
export type BusinessHours = z.infer<typeof BusinessHours>;

export const SlaSettings = z.strictObject({
  /** Minutes to first response per item kind. */
  targets: z.record(ItemKind, z.number().int().min(1).max(60 * 24 * 30)),
  /** Optional per-platform overrides (minutes per kind). */
  platformTargets: z.partialRecord(Platform, z.partialRecord(ItemKind, z.number().int().min(1).max(60 * 24 * 30))),
  /** Share of the target after which an item turns `warning`. */
  warningRatio: z.number().min(0.1).max(0.99),
  businessHours: BusinessHours.nullable(),
});
export type SlaSettings = z.infer<typeof SlaSettings>;

export const ChecklistItem = z.strictObject({
  id: Id,
  title: z.string().trim().min(1).max(200),
  recurrence: z.enum(['daily', 'weekly']),
  /** For weekly items: 0 = Sunday … 6 = Saturday. */
  weekday: z.number().int().min(0).max(6).nullable(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const Settings = z.strictObject({
  id: z.literal('settings'),
  language: UiLanguage,
  brand: z.string().max(100),
  agentName: z.string().max(100),
  timeZone: z.string().min(1).max(64),
  currency: Currency,
  abbreviationPrefix: z.string().min(1).max(3).regex(/^[^\p{L}\p{N}\s]+$/u),
  erFormula: z.enum(['reach', 'impressions', 'followers']),
  sla: SlaSettings,
  quietNotifications: z.boolean(),
  checklist: z.array(ChecklistItem).max(50),
  lastBackupAt: Timestamp.nullable(),
  updatedAt: Timestamp,
});
export type Settings = z.infer<typeof Settings>;
