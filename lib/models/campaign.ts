import { z } from 'zod';
import { Amount, Currency, DateKey, Id, LongText, Platform, Timestamp } from './common';

export const Objective = z.enum(['awareness', 'traffic', 'leads', 'sales', 'launch', 'event']);
export type Objective = z.infer<typeof Objective>;

export const KpiTargets = z.strictObject({
  reach: Amount.optional(),
  clicks: Amount.optional(),
  ctr: Amount.optional(),
  leads: Amount.optional(),
  cpl: Amount.optional(),
  conversions: Amount.optional(),
  revenue: Amount.optional(),
  roi: z.number().finite().optional(),
});
export type KpiTargets = z.infer<typeof KpiTargets>;

/** Dated spend and results, entered by hand or imported from an ads export. */
export const CampaignEntry = z.strictObject({
  id: Id,
  date: DateKey,
  spend: Amount,
  impressions: Amount.optional(),
  reach: Amount.optional(),
  clicks: Amount.optional(),
  leads: Amount.optional(),
  conversions: Amount.optional(),
  revenue: Amount.optional(),
  source: z.enum(['manual', 'meta-csv']),
  note: z.string().max(500).optional(),
});
export type CampaignEntry = z.infer<typeof CampaignEntry>;

export const Campaign = z
  .strictObject({
    id: Id,
    name: z.string().trim().min(1).max(200),
    objective: Objective,
    platforms: z.array(Platform).max(7),
    startDate: DateKey,
    endDate: DateKey,
    budget: Amount,
    currency: Currency,
    targets: KpiTargets,
    entries: z.array(CampaignEntry).max(5000),
    notes: LongText,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .refine((c) => c.startDate <= c.endDate, { message: 'endDate is before startDate', path: ['endDate'] });
export type Campaign = z.infer<typeof Campaign>;
