import { z } from 'zod';
import { Amount, Id, Intent, Platform, Sentiment, Timestamp, Url } from './common';

export const TermGroup = z.enum(['own', 'competitor', 'industry']);
export type TermGroup = z.infer<typeof TermGroup>;

/** A brand name, handle, hashtag or product word to listen for. */
export const TrackedTerm = z.strictObject({
  id: Id,
  term: z.string().trim().min(2).max(100),
  group: TermGroup,
  /** Other spellings or the other language's word. */
  variants: z.array(z.string().trim().min(2).max(100)).max(20),
  /** Posts containing any of these are not mentions of the term. */
  exclude: z.array(z.string().trim().min(1).max(100)).max(20),
  createdAt: Timestamp,
});
export type TrackedTerm = z.infer<typeof TrackedTerm>;

export const Mention = z.strictObject({
  /** `<platform>:<item id>`, one row per item however often it is seen. */
  id: Id,
  platform: Platform,
  author: z.string().max(200),
  excerpt: z.string().max(500),
  link: Url.nullable(),
  postedAt: Timestamp.nullable(),
  seenAt: Timestamp,
  terms: z.array(Id).max(50),
  groups: z.array(TermGroup).max(3),
  sentiment: Sentiment.nullable(),
  intents: z.array(Intent).max(5),
});
export type Mention = z.infer<typeof Mention>;

export const Influencer = z.strictObject({
  id: Id,
  name: z.string().trim().min(1).max(200),
  handles: z.partialRecord(Platform, z.string().max(100)),
  niche: z.string().max(200),
  rateCard: z.string().max(2000),
  contact: z.string().max(500),
  notes: z.string().max(5000),
  campaignIds: z.array(Id).max(100),
  deliverables: z
    .array(
      z.strictObject({
        id: Id,
        campaignId: Id.nullable(),
        title: z.string().max(300),
        dueDate: z.string().max(10),
        postId: Id.nullable(),
        done: z.boolean(),
      }),
    )
    .max(500),
  results: z
    .array(
      z.strictObject({
        campaignId: Id.nullable(),
        cost: Amount,
        clicks: Amount.optional(),
        engagements: Amount.optional(),
        conversions: Amount.optional(),
        revenue: Amount.optional(),
      }),
    )
    .max(500),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Influencer = z.infer<typeof Influencer>;
