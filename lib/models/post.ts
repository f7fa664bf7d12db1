import { z } from 'zod';
import { Id, LongText, Platform, ShortText, Timestamp, Url } from './common';

export const PostStatus = z.enum(['idea', 'draft', 'scheduled', 'published', 'missed']);
export type PostStatus = z.infer<typeof PostStatus>;

export const Utm = z.strictObject({
  source: z.string().max(100),
  medium: z.string().max(100),
  campaign: z.string().max(200),
  term: z.string().max(200).optional(),
  content: z.string().max(200).optional(),
});
export type Utm = z.infer<typeof Utm>;

/** A post in the content calendar. Unscheduled posts (`scheduledAt` null) are ideas. */
export const Post = z.strictObject({
  id: Id,
  platforms: z.array(Platform).max(7),
  accountId: Id.nullable(),
  scheduledAt: Timestamp.nullable(),
  /** IANA zone the user planned in, e.g. `Asia/Jakarta`. */
  timeZone: z.string().min(1).max(64),
  caption: LongText,
  pillar: ShortText.nullable(),
  contentType: ShortText.nullable(),
  assetLinks: z.array(Url).max(20),
  link: Url.nullable(),
  utm: Utm.nullable(),
  status: PostStatus,
  campaignId: Id.nullable(),
  notes: LongText,
  /** Where a curated idea came from. */
  source: z
    .strictObject({ url: Url, author: ShortText, excerpt: z.string().max(1000) })
    .nullable(),
  publishedAt: Timestamp.nullable(),
  remindedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Post = z.infer<typeof Post>;
