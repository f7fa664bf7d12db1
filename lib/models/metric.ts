import { z } from 'zod';
import { Amount, DateKey, Id, Platform, Timestamp } from './common';

export const METRIC_FIELDS = [
  'followers', 'following', 'posts', 'reach', 'impressions', 'engagements', 'likes', 'comments',
  'shares', 'saves', 'views', 'clicks', 'leads', 'conversions', 'revenue', 'spend',
] as const;
export type MetricField = (typeof METRIC_FIELDS)[number];

/** Figures for one account on one day. Absent fields are unknown, never zero. */
export const MetricSnapshot = z.strictObject({
  id: Id,
  accountId: Id,
  platform: Platform,
  date: DateKey,
  followers: Amount.optional(),
  following: Amount.optional(),
  posts: Amount.optional(),
  reach: Amount.optional(),
  impressions: Amount.optional(),
  engagements: Amount.optional(),
  likes: Amount.optional(),
  comments: Amount.optional(),
  shares: Amount.optional(),
  saves: Amount.optional(),
  views: Amount.optional(),
  clicks: Amount.optional(),
  leads: Amount.optional(),
  conversions: Amount.optional(),
  revenue: Amount.optional(),
  spend: Amount.optional(),
  source: z.enum(['capture', 'manual', 'csv']),
  capturedAt: Timestamp,
});
export type MetricSnapshot = z.infer<typeof MetricSnapshot>;
